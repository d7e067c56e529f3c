import * as v from 'valibot';
import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { sessionVisual } from '../renderers/apl/session-visual';
import { wordsOf } from '../content/words';
import { line, pause, type Spoken } from '../timeline';
import { renderSsml } from '../renderers/ssml/ssml';
import { isIntent } from './intent-match';
import type { SessionSpeech } from './session-speech';
import { isTechniqueId, type TechniqueId } from '../guidance/breathing/techniques';
import { ASKED, pendingOf, type Asked, type PendingQuestion } from './asked';
import { fieldsOf, keptItems, orAbsent } from '../tolerant-schema';

/** The most rounds one conversation counts. */
const MAX_ROUNDS = 1000;

const TECHNIQUE_ID = v.custom<TechniqueId>(isTechniqueId);

/**
 * The session's state, read back through this schema as slot values are checked: a field of the
 * wrong shape is dropped, and so is anything Steady did not put there. It holds keys and numbers
 * only, never words, so nothing that comes back is spoken as it came.
 */
const SESSION_STATE = v.fallback(
  fieldsOf({
    /** The user opened Steady to choose, so a finished session may ask what next. */
    launched: orAbsent(v.boolean()),
    /** Breathing techniques already introduced in this session. */
    introduced: orAbsent(
      v.pipe(
        keptItems(TECHNIQUE_ID),
        v.transform((ids) => [...new Set(ids)]),
      ),
    ),
    /** What Steady last asked, by key: "repeat" says it again, a yes or no answers it. */
    asked: orAbsent(ASKED),
    /** The breathing technique of the last session, for "another round". */
    lastTechnique: orAbsent(TECHNIQUE_ID),
    /** Breathing sessions guided so far in this conversation, so each round's close is new. */
    rounds: orAbsent(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_ROUNDS))),
  }),
  () => ({}),
);

export type SessionState = v.InferOutput<typeof SESSION_STATE>;

/** The session's state as its schema reads it; empty for a request that arrives outside a session. */
export function sessionState(input: HandlerInput): SessionState {
  if (!input.requestEnvelope.session) return {};
  return v.parse(SESSION_STATE, input.attributesManager.getSessionAttributes() ?? {});
}

/** Outside a session there is nothing to carry to the next turn, so nothing is kept. */
export function updateSessionState(input: HandlerInput, change: Partial<SessionState>): void {
  if (!input.requestEnvelope.session) return;
  input.attributesManager.setSessionAttributes({ ...sessionState(input), ...change });
}

/** A few plain sentences of a reply, with a short breath between them. */
export function sentences(...texts: string[]): Spoken[] {
  return texts.flatMap((text, index) => (index === 0 ? [line(text)] : [pause(300), line(text)]));
}

/** A question asked without parameters may be named by its key alone. */
export type AskedOrKey = Asked | Exclude<Asked, { lastMinutes: number }>['question'];

const askedOf = (asked: AskedOrKey): Asked => (typeof asked === 'string' ? ({ question: asked } as Asked) : asked);

/**
 * Says something and keeps listening, remembering by key what was asked, for "repeat" and for a
 * yes or no; any earlier question no longer stands.
 */
export function ask(input: HandlerInput, speech: readonly Spoken[], reprompt: readonly Spoken[], asked: AskedOrKey): Response {
  updateSessionState(input, { asked: askedOf(asked) });
  return input.responseBuilder.speak(renderSsml(speech)).reprompt(renderSsml(reprompt)).withShouldEndSession(false).getResponse();
}

/** Says something and ends the session: nothing is left listening. */
export function tell(input: HandlerInput, speech: readonly Spoken[]): Response {
  return input.responseBuilder.speak(renderSsml(speech)).withShouldEndSession(true).getResponse();
}

/**
 * Delivers a guided session, with its visual on screen devices; it asks what next only when the
 * user opened Steady to choose.
 */
export function deliver(
  input: HandlerInput,
  speech: SessionSpeech,
  followUp?: { reprompt: readonly Spoken[]; asked: AskedOrKey },
): Response {
  for (const directive of sessionVisual(input.requestEnvelope, speech.timeline, wordsOf(input)))
    input.responseBuilder.addDirective(directive);
  if (!followUp) return input.responseBuilder.speak(speech.ssml).withShouldEndSession(true).getResponse();
  updateSessionState(input, { asked: askedOf(followUp.asked) });
  return input.responseBuilder.speak(speech.ssml).reprompt(renderSsml(followUp.reprompt)).withShouldEndSession(false).getResponse();
}

/** Whether the session is waiting on this question. */
export function isWaitingOn(input: HandlerInput, question: PendingQuestion): boolean {
  return pendingOf(sessionState(input).asked) === question;
}

/** Whether this request is a yes (or no) to the question the session is waiting on. */
export function isAnswerTo(input: HandlerInput, intent: string, question: PendingQuestion): boolean {
  return isIntent(input, intent) && isWaitingOn(input, question);
}
