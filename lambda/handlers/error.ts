import type { ErrorHandler, HandlerInput } from 'ask-sdk-core';
import { getRequestType } from 'ask-sdk-core';
import type { SkillDependencies } from '../skill-dependencies';
import { sentences, tell } from './respond';

export const CALM_APOLOGY = "I'm sorry, something went wrong on my side. Take a slow breath with me, in, and out. Then try asking again.";

/** Every thrown error ends here: a calm sentence, never the device's error tone. */
export function errorHandler(deps: SkillDependencies): ErrorHandler {
  return {
    canHandle: () => true,
    handle(input: HandlerInput, error: Error) {
      deps.logger.error('request failed', { requestType: safeRequestType(input), error });
      return tell(input, sentences(CALM_APOLOGY));
    },
  };
}

function safeRequestType(input: HandlerInput): string | undefined {
  try {
    return getRequestType(input.requestEnvelope);
  } catch {
    return undefined;
  }
}
