import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { wordsOf } from '../content/words';
import { Intents } from '../intents';
import { sentences, tell } from '../conversation/respond';
import { isIntent } from '../conversation/intent-match';

const LEAVING_INTENTS: readonly string[] = [Intents.Stop, Intents.Cancel, Intents.NavigateHome];

export const stopHandler: RequestHandler = {
  canHandle: (input: HandlerInput) => isIntent(input, ...LEAVING_INTENTS),
  handle: (input: HandlerInput) => tell(input, sentences(wordsOf(input).conversation.goodbye)),
};
