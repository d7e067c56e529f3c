import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Intents } from '../intents';
import { ask, sentences } from './respond';
import { isIntent } from './intent-match';

/** Under 15 seconds spoken: the main practices, the toolkit in a breath, and the disclaimer. */
/** Under 15 seconds spoken: the main practices, the toolkit in a breath, and the disclaimer. */
/** Under 15 seconds spoken: the main practices, the toolkit in a breath, and the disclaimer. */
/** Under 15 seconds spoken: the main practices, the toolkit in a breath, and the disclaimer. */
export const HELP_TEXT = [
  'Say: help me breathe, relax, ground me, or help me sleep.',
  "Or: an anxious thought, time on my own, how far I've come, or how I feel.",
  'Not medical advice.',
];
export const HELP_QUESTION = 'What would you like?';

export const helpHandler: RequestHandler = {
  canHandle: (input: HandlerInput) => isIntent(input, Intents.Help),
  handle: (input: HandlerInput) => ask(input, sentences(...HELP_TEXT, HELP_QUESTION), sentences(HELP_QUESTION), 'help'),
};
