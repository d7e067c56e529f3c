import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { pause, say, type Segment, type Timeline } from '../guidance/timeline';
import { renderSsml } from '../speech/ssml';

export interface SessionState {
  /** The user opened Steady to choose, so a finished session may ask what next. */
  launched?: boolean;
  /** Techniques already introduced in this session. */
  introduced?: string[];
  /** The last question asked, for AMAZON.RepeatIntent. */
  lastPrompt?: { speech: string; reprompt: string };
  /** A question waiting for yes or no. */
  pending?: string;
}

export function sessionState(input: HandlerInput): SessionState {
  return input.attributesManager.getSessionAttributes<SessionState>() ?? {};
}

export function updateSessionState(input: HandlerInput, change: Partial<SessionState>): void {
  input.attributesManager.setSessionAttributes({ ...sessionState(input), ...change });
}

/** A few plain sentences as speech segments, with a short breath between them. */
export function sentences(...texts: string[]): Segment[] {
  return texts.flatMap((text, index) => (index === 0 ? [say(text)] : [pause(300), say(text)]));
}

/** Says something and keeps listening, remembering it for "repeat". */
export function ask(input: HandlerInput, speech: readonly Segment[], reprompt: readonly Segment[]): Response {
  const speechSsml = renderSsml(speech);
  const repromptSsml = renderSsml(reprompt);
  updateSessionState(input, { lastPrompt: { speech: speechSsml, reprompt: repromptSsml } });
  return input.responseBuilder.speak(speechSsml).reprompt(repromptSsml).withShouldEndSession(false).getResponse();
}

/** Says something and ends the session: nothing is left listening. */
export function tell(input: HandlerInput, speech: readonly Segment[]): Response {
  return input.responseBuilder.speak(renderSsml(speech)).withShouldEndSession(true).getResponse();
}

/** Delivers a guided session; it asks what next only when the user opened Steady to choose. */
export function deliver(input: HandlerInput, timeline: Timeline, followUp?: { reprompt: readonly Segment[] }): Response {
  const ssml = renderSsml(timeline.segments);
  if (!followUp) return input.responseBuilder.speak(ssml).withShouldEndSession(true).getResponse();
  const reprompt = renderSsml(followUp.reprompt);
  updateSessionState(input, { lastPrompt: { speech: reprompt, reprompt } });
  return input.responseBuilder.speak(ssml).reprompt(reprompt).withShouldEndSession(false).getResponse();
}
