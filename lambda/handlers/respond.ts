import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { sessionVisual } from '../renderers/apl/session-visual';
import { pause, say, type Segment } from '../timeline';
import { renderSsml } from '../renderers/ssml/ssml';
import { isIntent } from './intent-match';
import type { SessionSpeech } from './session-speech';

export interface SessionState {
  /** The user opened Steady to choose, so a finished session may ask what next. */
  launched?: boolean;
  /** Techniques already introduced in this session. */
  introduced?: string[];
  /** The last question asked, for AMAZON.RepeatIntent. */
  lastPrompt?: { speech: string; reprompt: string };
  /** A question waiting for yes or no; any other question asked clears it. */
  pending?: PendingQuestion;
  /** The breathing technique of the last session, for "another round". */
  lastTechnique?: string;
  /** The stretch of time on your own a 'time-apart' question suggested. */
  suggestedMinutes?: number;
  /** Breathing sessions guided so far in this conversation, so each round's close is new. */
  rounds?: number;
}

/** The questions Steady asks that a plain yes or no answers. */
export type PendingQuestion = 'forget' | 'practise' | 'another-round' | 'time-apart' | 'crisis-number';

const PENDING_QUESTIONS: ReadonlySet<string> = new Set<PendingQuestion>([
  'forget',
  'practise',
  'another-round',
  'time-apart',
  'crisis-number',
]);
/** The longest stretch of time on your own Steady suggests, and the most rounds one conversation counts. */
const MAX_SUGGESTED_MINUTES = 120;
const MAX_ROUNDS = 1000;

const wholeNumberUpTo = (value: unknown, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;
/** Alexa's limit on one outputSpeech. */
const MAX_PROMPT_CHARACTERS = 8000;
const MAX_INTRODUCED = 32;

const isPrompt = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= MAX_PROMPT_CHARACTERS && value.startsWith('<speak>') && value.endsWith('</speak>');

/**
 * The session's state, checked against its schema as slot values are: a field of the wrong
 * shape is dropped, and so is anything Steady did not put there, so nothing unchecked is spoken
 * back or carried on. Empty for a request that arrives outside a session.
 */
export function sessionState(input: HandlerInput): SessionState {
  if (!input.requestEnvelope.session) return {};
  const stored: Record<string, unknown> = input.attributesManager.getSessionAttributes() ?? {};
  const state: SessionState = {};
  if (typeof stored.launched === 'boolean') state.launched = stored.launched;
  if (Array.isArray(stored.introduced)) {
    state.introduced = stored.introduced.filter((id): id is string => typeof id === 'string' && id.length <= 40).slice(0, MAX_INTRODUCED);
  }
  const prompt = stored.lastPrompt as { speech?: unknown; reprompt?: unknown } | undefined;
  if (typeof prompt === 'object' && prompt !== null && isPrompt(prompt.speech) && isPrompt(prompt.reprompt)) {
    state.lastPrompt = { speech: prompt.speech, reprompt: prompt.reprompt };
  }
  if (typeof stored.pending === 'string' && PENDING_QUESTIONS.has(stored.pending)) state.pending = stored.pending as PendingQuestion;
  if (typeof stored.lastTechnique === 'string' && stored.lastTechnique.length <= 40) state.lastTechnique = stored.lastTechnique;
  if (wholeNumberUpTo(stored.suggestedMinutes, MAX_SUGGESTED_MINUTES) && stored.suggestedMinutes > 0)
    state.suggestedMinutes = stored.suggestedMinutes;
  if (wholeNumberUpTo(stored.rounds, MAX_ROUNDS)) state.rounds = stored.rounds;
  return state;
}

/** Outside a session there is nothing to carry to the next turn, so nothing is kept. */
export function updateSessionState(input: HandlerInput, change: Partial<SessionState>): void {
  if (!input.requestEnvelope.session) return;
  input.attributesManager.setSessionAttributes({ ...sessionState(input), ...change });
}

/** A few plain sentences as speech segments, with a short breath between them. */
export function sentences(...texts: string[]): Segment[] {
  return texts.flatMap((text, index) => (index === 0 ? [say(text)] : [pause(300), say(text)]));
}

/**
 * Says something and keeps listening, remembering it for "repeat". A yes or no will answer
 * `pending`; without one, an earlier yes-or-no question no longer stands.
 */
export function ask(input: HandlerInput, speech: readonly Segment[], reprompt: readonly Segment[], pending?: PendingQuestion): Response {
  const speechSsml = renderSsml(speech);
  const repromptSsml = renderSsml(reprompt);
  updateSessionState(input, { lastPrompt: { speech: speechSsml, reprompt: repromptSsml }, pending });
  return input.responseBuilder.speak(speechSsml).reprompt(repromptSsml).withShouldEndSession(false).getResponse();
}

/** Says something and ends the session: nothing is left listening. */
export function tell(input: HandlerInput, speech: readonly Segment[]): Response {
  return input.responseBuilder.speak(renderSsml(speech)).withShouldEndSession(true).getResponse();
}

/**
 * Delivers a guided session, with its visual on screen devices; it asks what next only when the
 * user opened Steady to choose.
 */
export function deliver(
  input: HandlerInput,
  speech: SessionSpeech,
  followUp?: { reprompt: readonly Segment[]; pending?: PendingQuestion },
): Response {
  for (const directive of sessionVisual(input.requestEnvelope, speech.timeline)) input.responseBuilder.addDirective(directive);
  if (!followUp) return input.responseBuilder.speak(speech.ssml).withShouldEndSession(true).getResponse();
  const reprompt = renderSsml(followUp.reprompt);
  updateSessionState(input, { lastPrompt: { speech: reprompt, reprompt }, pending: followUp.pending });
  return input.responseBuilder.speak(speech.ssml).reprompt(reprompt).withShouldEndSession(false).getResponse();
}

/** Whether this request is a yes (or no) to the question the session is waiting on. */
export function isAnswerTo(input: HandlerInput, intent: string, question: PendingQuestion): boolean {
  return isIntent(input, intent) && sessionState(input).pending === question;
}
