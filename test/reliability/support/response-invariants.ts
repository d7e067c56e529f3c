import type { ResponseEnvelope } from 'ask-sdk-model';
import { acceptsSpeech } from '../../../lambda/alexa/request-types';
import { Intents } from '../../../lambda/intents';
import { repromptOf, speechOf } from '../../../tools/simulator';
import { expectValidAlexaSsml } from '../../support/ssml';

/** Sessions people follow with their eyes closed: they must never leave the microphone open. */
export const HANDS_FREE_INTENTS: readonly string[] = [
  Intents.Relax,
  Intents.Grounding,
  Intents.Bedtime,
  Intents.Overwhelmed,
  Intents.Breathless,
];

/** Characters XML 1.0 allows; Alexa rejects SSML with any other (a control character, a lone surrogate). */
const NOT_XML_CHARACTER = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Valid for Alexa: the validator passes, under 8,000 characters, and only XML characters. */
export async function expectSpeakableSsml(ssml: string | undefined): Promise<void> {
  await expectValidAlexaSsml(ssml);
  expect(NOT_XML_CHARACTER.test(ssml ?? '')).toBe(false);
}

export interface RequestFacts {
  readonly requestType: string;
  readonly intentName?: string;
}

/**
 * What every response must satisfy, whatever was asked: valid speech where speech is allowed and
 * none where it is not, a reprompt only while the session stays open, and hands-free sessions
 * that close it.
 */
export async function expectAcceptableResponse(response: ResponseEnvelope, request: RequestFacts): Promise<void> {
  const { outputSpeech, reprompt, shouldEndSession } = response.response;
  if (!acceptsSpeech(request.requestType)) {
    expect(outputSpeech).toBeUndefined();
    expect(reprompt).toBeUndefined();
    return;
  }
  if (outputSpeech !== undefined) await expectSpeakableSsml(speechOf(response));
  if (reprompt !== undefined) {
    await expectSpeakableSsml(repromptOf(response));
    expect(shouldEndSession).toBe(false);
  }
  if (request.requestType === 'IntentRequest' && request.intentName && HANDS_FREE_INTENTS.includes(request.intentName)) {
    expect(shouldEndSession).toBe(true);
    expect(reprompt).toBeUndefined();
  }
}
