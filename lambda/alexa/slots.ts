import type { Intent, IntentRequest, RequestEnvelope } from 'ask-sdk-model';

export interface SlotReading {
  /** What the user said, as Alexa heard it; undefined when the slot was not filled. */
  readonly spoken: string | undefined;
  /** The custom slot value id when entity resolution matched one. */
  readonly id: string | undefined;
}

/**
 * Characters XML cannot carry (control characters, lone surrogates, U+FFFE, U+FFFF). A typed
 * request can hold them, and Alexa refuses SSML that says them back.
 */
const NOT_XML_CHARACTERS = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Reads a slot defensively: absent slots, empty values and unresolved values all arrive here. */
export function readSlot(envelope: RequestEnvelope, name: string): SlotReading {
  const request = envelope.request as Partial<IntentRequest>;
  return readSlotOf(request.type === 'IntentRequest' ? request.intent : undefined, name);
}

/** The same reading for any request that carries an intent, such as CanFulfillIntentRequest. */
export function readSlotOf(intent: Partial<Intent> | undefined, name: string): SlotReading {
  const slot = intent?.slots?.[name];
  const text = typeof slot?.value === 'string' ? slot.value.replace(NOT_XML_CHARACTERS, ' ').trim() : '';
  const spoken = text !== '' ? text : undefined;
  const authorities = slot?.resolutions?.resolutionsPerAuthority ?? [];
  const match = authorities.find((authority) => authority.status?.code === 'ER_SUCCESS_MATCH');
  const id = match?.values?.[0]?.value?.id;
  return { spoken, id: typeof id === 'string' && id !== '' ? id : undefined };
}

/** Longest slot text Steady will say back; anything longer was not a name. */
const MAX_ECHOED_TEXT = 40;

/**
 * A technique name the user said that Steady does not know, fit to say back ("dragon
 * breathing"), or undefined when what was heard does not sound like a breathing technique.
 */
export function echoableTechniqueName(spoken: string | undefined): string | undefined {
  return spoken !== undefined && spoken.length <= MAX_ECHOED_TEXT && /breath/i.test(spoken) ? spoken : undefined;
}
