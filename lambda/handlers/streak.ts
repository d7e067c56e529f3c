import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { wordsOf } from '../content/words';
import { Intents } from '../intents';
import { readSummary } from '../practice/summary-reading';
import { summarySpeech } from '../practice/summary-wording';
import { guideBreathing } from './breathe';
import type { SkillDependencies } from '../skill-dependencies';
import { ask, isAnswerTo, sentences, sessionState, tell } from '../conversation/respond';
import { isIntent } from '../conversation/intent-match';

/** "What's my streak": the spoken summary; after Launch, an offer to practise. */
export function streakHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input: HandlerInput) => isIntent(input, Intents.Streak),
    async handle(input: HandlerInput) {
      const words = wordsOf(input).summary;
      const practice = await readSummary(deps, input);
      const summary = practice ? summarySpeech(practice, words) : words.storeUnavailable;
      if (!sessionState(input).launched) return tell(input, sentences(summary));
      return ask(input, sentences(summary, words.practiseNow), sentences(words.practiseNow), 'practise');
    },
  };
}

/** "Yes" to practising now, or to another round: a breathing session (the last one, or the default). */
export function breatheAgainHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input: HandlerInput) => isAnswerTo(input, Intents.Yes, 'practise') || isAnswerTo(input, Intents.Yes, 'another-round'),
    handle: (input: HandlerInput) => guideBreathing(deps, input),
  };
}

export const notNowHandler: RequestHandler = {
  canHandle: (input: HandlerInput) => isAnswerTo(input, Intents.No, 'practise') || isAnswerTo(input, Intents.No, 'another-round'),
  handle: (input: HandlerInput) => tell(input, sentences(wordsOf(input).summary.notNow)),
};
