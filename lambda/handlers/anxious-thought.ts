/**
 * "Help me with an anxious thought", "I'm worried my partner will leave", "I feel rejected": a
 * hands-free session of about three minutes. It is recorded as the practice `reframe`; the theme
 * chooses the words and is never stored or logged.
 */
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { readSlot } from '../alexa/slots';
import { wordsOf } from '../content/words';
import { anxiousThoughtTimeline, sessionCloseFor, type AnxiousThoughtWords } from '../guidance/anxious-thought/session';
import { isAnxiousTheme, type AnxiousTheme } from '../guidance/anxious-thought/themes';
import { AnxiousThoughtSlots, Intents } from '../intents';
import type { SkillDependencies } from '../skill-dependencies';
import { handsFreeHandler, type HandsFreeSession } from './hands-free';
import { isIntent } from '../conversation/intent-match';

/** The words change with the user's own calendar day, as the session's style carries it. */
function anxiousThoughtSession(
  words: AnxiousThoughtWords,
  theme: AnxiousTheme | undefined,
  acknowledgement: string | undefined,
): HandsFreeSession {
  return {
    close: (localDay) => [sessionCloseFor(words, localDay)],
    timeline: (closing, style) => anxiousThoughtTimeline(words, theme, style.localDay, closing, acknowledgement, style),
    celebrate: false,
    compassion: 'attachment',
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
  const words = wordsOf(input).anxiousThought;
  return Promise.resolve(handsFreeHandler(deps, [], () => anxiousThoughtSession(words, theme, acknowledgement)).handle(input));
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
