import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { wordsOf, type Words } from '../content/words';
import { Intents } from '../intents';
import { softVoiceNow } from '../practice/night-voice';
import { readPractice } from '../practice/practice-reading';
import type { SkillDependencies } from '../skill-dependencies';
import { ask, sentences } from '../conversation/respond';
import { isIntent } from '../conversation/intent-match';

/**
 * The help at this hour: the main practices, the toolkit in a breath, the way to the crisis answer
 * and the disclaimer (under 18 s spoken); with the night line before them when sessions are soft
 * now. The help has no room for that line by day, and by night it is what the listener is about to hear.
 */
export function helpText(words: Words, nightVoice: boolean): string[] {
  const { lines, nightLine, safetyWay } = words.conversation.help;
  return [...lines.slice(0, -1), ...(nightVoice ? [nightLine] : []), safetyWay, ...lines.slice(-1)];
}

export function helpHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input: HandlerInput) => isIntent(input, Intents.Help),
    async handle(input: HandlerInput) {
      const words = wordsOf(input);
      const reading = await readPractice(deps, input);
      const nightVoice = softVoiceNow(reading.preferences, reading.localHour);
      const { question } = words.conversation.help;
      return ask(input, sentences(...helpText(words, nightVoice), question), sentences(question), 'help');
    },
  };
}
