/**
 * "Help me with an anxious thought", "I'm worried my partner will leave", "I feel rejected": a
 * hands-free session of about three minutes. It is recorded as the practice `reframe`; the theme
 * chooses the words and is never stored or logged.
 */
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { RequestEnvelope, Response } from 'ask-sdk-model';
import { requestInstant } from '../alexa/request-instant';
import { readSlot } from '../alexa/slots';
import { anxiousThoughtTimeline, SESSION_CLOSE } from '../guidance/anxious-thought/session';
import { isAnxiousTheme, type AnxiousTheme } from '../guidance/anxious-thought/themes';
import { AnxiousThoughtSlots, Intents } from '../intents';
import type { SkillDependencies } from '../skill-dependencies';
import { handsFreeHandler, type HandsFreeSession } from './hands-free';
import { isIntent } from './intent-match';

/** The words change once a day; the UTC day of the request is close enough for that. */
function dayOf(envelope: RequestEnvelope): string {
  return requestInstant(envelope).toISOString().slice(0, 10);
}

function anxiousThoughtSession(
  theme: AnxiousTheme | undefined,
  envelope: RequestEnvelope,
  acknowledgement: string | undefined,
): HandsFreeSession {
  const day = dayOf(envelope);
  return {
    close: [SESSION_CLOSE],
    timeline: (closing) => anxiousThoughtTimeline(theme, day, closing, acknowledgement),
    celebrate: false,
  };
}

/**
 * The anxious-thought session for a theme (undefined: general words), as the response to this
 * request. For other handlers too, for example one that recognises an attachment feeling.
 */
export function anxiousThoughtResponse(
  deps: SkillDependencies,
  input: HandlerInput,
  theme: AnxiousTheme | undefined,
  acknowledgement?: string,
): Promise<Response> {
  return Promise.resolve(
    handsFreeHandler(deps, [], () => anxiousThoughtSession(theme, input.requestEnvelope, acknowledgement)).handle(input),
  );
}

export function anxiousThoughtHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input: HandlerInput) => isIntent(input, Intents.AnxiousThought),
    handle(input: HandlerInput) {
      const { id } = readSlot(input.requestEnvelope, AnxiousThoughtSlots.theme);
      return anxiousThoughtResponse(deps, input, isAnxiousTheme(id) ? id : undefined);
    },
  };
}
