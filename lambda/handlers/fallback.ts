import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Intents } from '../intents';
import { ask, sentences } from './respond';
import { isIntent } from './intent-match';

export const FALLBACK_TEXT =
  "Sorry, I didn't catch that. I can breathe with you, guide a muscle relaxation, ground you, or help you sleep.";
export const FALLBACK_QUESTION = 'Which would you like?';
/**
 * Alexa's fallback carries no words, so whatever was said cannot be read for danger: a person whose
 * words fell through still hears the one phrase that reaches the crisis answer.
 */
export const SAFETY_WAY = "And if you're not safe right now, just say: I'm not safe.";

/** Fallback, and a yes or no when no question is waiting for one. */
const UNEXPECTED_INTENTS: readonly string[] = [Intents.Fallback, Intents.Yes, Intents.No];

export const fallbackHandler: RequestHandler = {
  canHandle: (input: HandlerInput) => isIntent(input, ...UNEXPECTED_INTENTS),
  handle: (input: HandlerInput) =>
    ask(input, sentences(FALLBACK_TEXT, FALLBACK_QUESTION, SAFETY_WAY), sentences(FALLBACK_QUESTION), 'not-understood'),
};
