import type { RequestEnvelope } from 'ask-sdk-model';
import { parseIsoDuration, parseSlotNumber } from '../alexa/duration';
import { echoableTechniqueName, readSlot } from '../alexa/slots';
import type { BreathingChoice } from '../guidance/breathing/plan';
import { DEFAULT_TECHNIQUE, isTechniqueId, type TechniqueId } from '../guidance/breathing/techniques';
import type { LengthRequest } from '../guidance/session-length';
import type { Preferences } from '../practice/preferences';
import { BreatheSlots } from '../intents';


function lengthFrom(envelope: RequestEnvelope, preferences: Preferences): LengthRequest {
  const duration = readSlot(envelope, BreatheSlots.duration).spoken;
  if (duration !== undefined) return { kind: 'minutes', ms: parseIsoDuration(duration) };
  const breaths = readSlot(envelope, BreatheSlots.breaths).spoken;
  if (breaths !== undefined) return { kind: 'breaths', count: parseSlotNumber(breaths) };
  if (preferences.minutes !== undefined) return { kind: 'minutes', ms: preferences.minutes * 60_000 };
  return { kind: 'default' };
}

/** Whether a request names both technique and length, so saved defaults cannot matter. */
export function namesEverything(envelope: RequestEnvelope): boolean {
  const named = (slot: string) => readSlot(envelope, slot).spoken !== undefined;
  return named(BreatheSlots.technique) && (named(BreatheSlots.duration) || named(BreatheSlots.breaths));
}

/**
 * What a BreatheIntent asks for. Where it names no technique: the one breathed last in this
 * session ("another round"), else the user's saved default, else calm breathing.
 */
export function breathingChoiceFrom(
  envelope: RequestEnvelope,
  preferences: Preferences,
  introduced: readonly string[],
  lastInSession?: string,
): BreathingChoice {
  const slot = readSlot(envelope, BreatheSlots.technique);
  const preferred: TechniqueId = isTechniqueId(lastInSession)
    ? lastInSession
    : isTechniqueId(preferences.technique)
      ? preferences.technique
      : DEFAULT_TECHNIQUE;
  const technique: TechniqueId = isTechniqueId(slot.id) ? slot.id : preferred;
  const unknown = slot.spoken !== undefined && !isTechniqueId(slot.id) ? slot.spoken : undefined;
  return {
    technique,
    length: lengthFrom(envelope, preferences),
    introduce: !introduced.includes(technique),
    ...(unknown !== undefined ? { unknownTechniqueName: echoableTechniqueName(unknown) ?? 'that one' } : {}),
  };
}
