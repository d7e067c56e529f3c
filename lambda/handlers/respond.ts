import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { sessionVisual } from '../alexa/apl/session-visual';
import { pause, say, type Segment } from '../guidance/timeline';
import { renderSsml } from '../speech/ssml';
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

/** The session's state; empty for a request that arrives outside a session. */
export function sessionState(input: HandlerInput): SessionState {
  if (!input.requestEnvelope.session) return {};
  return input.attributesManager.getSessionAttributes<SessionState>() ?? {};
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
export function ask(
  input: HandlerInput,
  speech: readonly Segment[],
  reprompt: readonly Segment[],
  pending?: PendingQuestion,
): Response {
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
