import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Intents } from '../intents';
import { speakSummary } from '../practice/summary-reading';
import { guideBreathing } from './breathe';
import type { SkillDependencies } from '../skill-dependencies';
import { ask, isAnswerTo, sentences, sessionState, tell } from './respond';
import { isIntent } from './intent-match';

export const PRACTISE_NOW = 'Would you like to practise now?';

/** "What's my streak": the spoken summary; after Launch, an offer to practise. */
export function streakHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input: HandlerInput) => isIntent(input, Intents.Streak),
    async handle(input: HandlerInput) {
      const summary = await speakSummary(deps, input);
      if (!sessionState(input).launched) return tell(input, sentences(summary));
      return ask(input, sentences(summary, PRACTISE_NOW), sentences(PRACTISE_NOW), 'practise');
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
  handle: (input: HandlerInput) => tell(input, sentences("Okay. I'm here whenever you need me.")),
};
