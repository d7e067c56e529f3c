import type { RequestEnvelope } from 'ask-sdk-model';
import type { Words } from '../content/words';
import { parseIsoDuration, parseSlotNumber } from '../alexa/duration';
import { echoableTechniqueName, readSlot, type SlotReading } from '../alexa/slots';
import type { BreathingChoice } from '../guidance/breathing/plan';
import { DEFAULT_TECHNIQUE, isTechniqueId, type TechniqueId } from '../guidance/breathing/techniques';
import { MIN_SESSION_MS, type LengthRequest } from '../guidance/session-length';
import type { PreferenceField, Preferences } from '../practice/preferences';
import { BreatheSlots } from '../intents';
import { techniqueNamesFor } from '../content/heard';
import { techniqueNamed } from '../understanding/technique-names';

/** A breathing session as asked for, and the saved preferences that went into it. */
export interface BreathingRequest {
  readonly choice: BreathingChoice;
  /** The preferences read because the request left them open; none when it named everything. */
  readonly consulted: readonly PreferenceField[];
}

/** The length the request names; undefined when it names none and the saved one decides. */
function namedLength(envelope: RequestEnvelope): LengthRequest | undefined {
  const duration = readSlot(envelope, BreatheSlots.duration).spoken;
  if (duration !== undefined) return { kind: 'minutes', ms: parseIsoDuration(duration) };
  const breaths = readSlot(envelope, BreatheSlots.breaths).spoken;
  if (breaths !== undefined) return { kind: 'breaths', count: parseSlotNumber(breaths) };
  return lengthInWords(readSlot(envelope, BreatheSlots.length).id);
}

/** A longer session when asked for "a longer one". */
const LONGER_SESSION_MS = 10 * 60_000;

/**
 * "Something shorter", "a quick one", "a longer one": the shortest session, or a long one. The
 * usual length ("a normal one") leaves it to the saved preference.
 */
function lengthInWords(id: string | undefined): LengthRequest | undefined {
  if (id === 'quick') return { kind: 'minutes', ms: MIN_SESSION_MS };
  if (id === 'full') return { kind: 'minutes', ms: LONGER_SESSION_MS };
  return undefined;
}

function savedLength(preferences: Preferences): LengthRequest {
  return preferences.minutes !== undefined ? { kind: 'minutes', ms: preferences.minutes * 60_000 } : { kind: 'default' };
}

/** The technique a technique slot asks for: the one entity resolution matched, else the one its words name. */
export function techniqueInSlot(slot: SlotReading, locale: string | undefined): TechniqueId | undefined {
  return isTechniqueId(slot.id) ? slot.id : techniqueNamed(slot.spoken, techniqueNamesFor(locale));
}

/**
 * What a BreatheIntent asks for. Where it names no technique: the one breathed last in this
 * session ("another round"), else the user's saved default, else calm breathing. Where it names
 * no length: the saved one, else the technique's own.
 */
export function breathingRequestFrom(
  words: Words,
  envelope: RequestEnvelope,
  preferences: Preferences,
  introduced: readonly string[],
  lastInSession?: string,
): BreathingRequest {
  const slot = readSlot(envelope, BreatheSlots.technique);
  const asked = techniqueInSlot(slot, envelope.request.locale);
  const consulted: PreferenceField[] = [];
  let technique: TechniqueId;
  if (asked !== undefined) {
    technique = asked;
  } else if (isTechniqueId(lastInSession)) {
    technique = lastInSession;
  } else {
    consulted.push('technique');
    technique = isTechniqueId(preferences.technique) ? preferences.technique : DEFAULT_TECHNIQUE;
  }
  const named = namedLength(envelope);
  if (named === undefined) consulted.push('minutes');
  const unknown = slot.spoken !== undefined && asked === undefined ? slot.spoken : undefined;
  return {
    choice: {
      technique,
      length: named ?? savedLength(preferences),
      introduce: !introduced.includes(technique),
      ...(unknown !== undefined
        ? { unknownTechniqueName: echoableTechniqueName(unknown) ?? words.breathing.notices.unknownTechniqueName }
        : {}),
    },
    consulted,
  };
}
