import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { wordsOf } from '../content/words';
import { Intents } from '../intents';
import { forgetHistory } from '../practice/forget-history';
import type { SkillDependencies } from '../skill-dependencies';
import { ask, isAnswerTo, sentences, tell } from '../conversation/respond';
import { isIntent } from '../conversation/intent-match';

/** "Forget my history": asks first; nothing is deleted without a yes. */
export const forgetHistoryHandler: RequestHandler = {
  canHandle: (input: HandlerInput) => isIntent(input, Intents.ForgetHistory),
  handle(input: HandlerInput) {
    const words = wordsOf(input).summary.forget;
    return ask(input, sentences(words.confirm), sentences(words.confirmReprompt), 'forget');
  },
};

export function confirmForgetHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input: HandlerInput) => isAnswerTo(input, Intents.Yes, 'forget'),
    async handle(input: HandlerInput) {
      const words = wordsOf(input).summary.forget;
      const deleted = await forgetHistory(deps, input);
      return tell(input, sentences(deleted ? words.forgotten : words.notForgotten));
    },
  };
}

export const declineForgetHandler: RequestHandler = {
  canHandle: (input: HandlerInput) => isAnswerTo(input, Intents.No, 'forget'),
  handle(input: HandlerInput) {
    return tell(input, sentences(wordsOf(input).summary.forget.kept));
  },
};
