import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Intents } from '../intents';
import { softVoiceNow } from '../practice/night-voice';
import { readPractice } from '../practice/practice-reading';
import type { SkillDependencies } from '../skill-dependencies';
import { ask, sentences } from './respond';
import { isIntent } from './intent-match';

/** Under 15 seconds spoken: the main practices, the toolkit in a breath, and the disclaimer. */
export const HELP_TEXT = [
  'Say: help me breathe, relax, ground me, or help me sleep.',
  "Or: an anxious thought, time on my own, how far I've come, or how I feel.",
  'Not medical advice.',
];
export const HELP_QUESTION = 'What would you like?';

/**
 * Said in the help only while sessions are in the night voice: the help has no room for it by
 * day (15 s), and by night it is what the listener is about to hear.
 */
export const NIGHT_HELP_LINE = 'Sessions are softer now.';

/** The help at this hour: the night line before the disclaimer when sessions are soft now. */
export function helpText(nightVoice: boolean): string[] {
  return nightVoice ? [...HELP_TEXT.slice(0, -1), NIGHT_HELP_LINE, ...HELP_TEXT.slice(-1)] : [...HELP_TEXT];
}

export function helpHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input: HandlerInput) => isIntent(input, Intents.Help),
    async handle(input: HandlerInput) {
      const reading = await readPractice(deps, input);
      const nightVoice = softVoiceNow(reading.preferences, reading.localHour);
      return ask(input, sentences(...helpText(nightVoice), HELP_QUESTION), sentences(HELP_QUESTION), 'help');
    },
  };
}
