import type { IntentRequest, RequestEnvelope } from 'ask-sdk-model';

export interface SlotReading {
  /** What the user said, as Alexa heard it; undefined when the slot was not filled. */
  readonly spoken: string | undefined;
  /** The custom slot value id when entity resolution matched one. */
  readonly id: string | undefined;
}

/** Reads a slot defensively: absent slots, empty values and unresolved values all arrive here. */
export function readSlot(envelope: RequestEnvelope, name: string): SlotReading {
  const request = envelope.request as Partial<IntentRequest>;
  const slot = request.type === 'IntentRequest' ? request.intent?.slots?.[name] : undefined;
  const spoken = typeof slot?.value === 'string' && slot.value.trim() !== '' ? slot.value.trim() : undefined;
  const authorities = slot?.resolutions?.resolutionsPerAuthority ?? [];
  const match = authorities.find((authority) => authority.status?.code === 'ER_SUCCESS_MATCH');
  const id = match?.values?.[0]?.value?.id;
  return { spoken, id: typeof id === 'string' && id !== '' ? id : undefined };
}
