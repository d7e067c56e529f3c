import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Intents } from '../intents';
import { forgetHistory } from '../practice/forget-history';
import type { SkillDependencies } from '../skill-dependencies';
import { ask, isAnswerTo, sentences, tell } from './respond';
import { isIntent } from './intent-match';

export const CONFIRM_FORGET = 'That deletes your practice history, your streaks and your saved preferences, for good. Shall I delete them?';
export const CONFIRM_FORGET_REPROMPT = 'Shall I delete your practice history? Please say yes or no.';
export const FORGOTTEN = "Done. I've deleted everything I kept about your practice. You can start fresh any time.";
export const NOT_FORGOTTEN = "I'm sorry, I couldn't delete your history just now. Please try again in a little while.";
export const KEPT = "Okay, I've kept everything as it was.";

/** "Forget my history": asks first; nothing is deleted without a yes. */
export const forgetHistoryHandler: RequestHandler = {
  canHandle: (input: HandlerInput) => isIntent(input, Intents.ForgetHistory),
  handle: (input: HandlerInput) => ask(input, sentences(CONFIRM_FORGET), sentences(CONFIRM_FORGET_REPROMPT), 'forget'),
};

export function confirmForgetHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input: HandlerInput) => isAnswerTo(input, Intents.Yes, 'forget'),
    async handle(input: HandlerInput) {
      const deleted = await forgetHistory(deps, input);
      return tell(input, sentences(deleted ? FORGOTTEN : NOT_FORGOTTEN));
    },
  };
}

export const declineForgetHandler: RequestHandler = {
  canHandle: (input: HandlerInput) => isAnswerTo(input, Intents.No, 'forget'),
  handle(input: HandlerInput) {
    return tell(input, sentences(KEPT));
  },
};
