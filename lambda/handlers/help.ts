import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Intents } from '../intents';
import { ask, sentences } from './respond';
import { isIntent } from './intent-match';

export const HELP_TEXT = [
  'Steady guides calming practices by voice.',
  'Say help me breathe for calm breathing, or name a kind, like box breathing or four seven eight, and add a length, like for five minutes.',
  'You can also ask for a muscle relaxation, grounding, or help to fall asleep, and ask what\'s my streak.',
  'I can remind you to practise every day, and remember your favourite, like: make box breathing my default.',
  'Steady is not medical advice. If anxiety feels overwhelming, please reach out to a professional.',
];
export const HELP_QUESTION = 'What would you like to try?';

export const helpHandler: RequestHandler = {
  canHandle: (input: HandlerInput) => isIntent(input, Intents.Help),
  handle: (input: HandlerInput) => ask(input, sentences(...HELP_TEXT, HELP_QUESTION), sentences(HELP_QUESTION)),
};
