/** "Help me say how I feel", "help me talk to my partner": a short guide to an "I" statement. Nothing is stored. */
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { wordsOf } from '../content/words';
import { iStatementTimeline } from '../guidance/i-statement/session';
import { Intents } from '../intents';
import { readPractice } from '../practice/practice-reading';
import type { SkillDependencies } from '../skill-dependencies';
import { renderSsml } from '../renderers/ssml/ssml';
import { isIntent } from '../conversation/intent-match';
import { styleFor } from '../conversation/night-voice';
import { deliver } from '../conversation/respond';

export function sayHowIFeelHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input: HandlerInput) => isIntent(input, Intents.SayHowIFeel),
    async handle(input: HandlerInput) {
      // Read only for the voice it is said in (the soft voice at night, when asked for).
      const reading = await readPractice(deps, input);
      const timeline = iStatementTimeline(wordsOf(input).iStatement, styleFor(reading));
      return deliver(input, { timeline, ssml: renderSsml(timeline.segments) });
    },
  };
}
