import { getIntentName, getRequestType, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import { Intents } from '../intents';
import { speakSummary } from '../practice/recorder';
import { guideBreathing } from './breathe';
import type { SkillDependencies } from '../skill-dependencies';
import { ask, sentences, sessionState, tell, updateSessionState } from './respond';

export const PRACTISE_NOW = 'Would you like to practise now?';

/** "What's my streak": the spoken summary; after Launch, an offer to practise. */
export function streakHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input: HandlerInput) =>
      getRequestType(input.requestEnvelope) === 'IntentRequest' && getIntentName(input.requestEnvelope) === Intents.Streak,
    async handle(input: HandlerInput) {
      const summary = await speakSummary(deps, input.requestEnvelope);
      if (!sessionState(input).launched) return tell(input, sentences(summary));
      updateSessionState(input, { pending: 'practise' });
      return ask(input, sentences(summary, PRACTISE_NOW), sentences(PRACTISE_NOW));
    },
  };
}

function answering(input: HandlerInput, intent: string): boolean {
  return (
    getRequestType(input.requestEnvelope) === 'IntentRequest' &&
    getIntentName(input.requestEnvelope) === intent &&
    sessionState(input).pending === 'practise'
  );
}

/** "Yes" to practising now: the default breathing session (or the user's saved one). */
export function practiseNowHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input: HandlerInput) => answering(input, Intents.Yes),
    handle: (input: HandlerInput) => guideBreathing(deps, input),
  };
}

export const notNowHandler: RequestHandler = {
  canHandle: (input: HandlerInput) => answering(input, Intents.No),
  handle(input: HandlerInput) {
    updateSessionState(input, { pending: undefined });
    return tell(input, sentences("Okay. I'm here whenever you need me."));
  },
};
