/**
 * What Steady says when someone is overwhelmed or panicking, from words.safety.distress. It names
 * the crisis line and the emergency number of the user's locale (in words, as said aloud), and a
 * local crisis line and emergency services where Steady knows none.
 */
import type { Words } from '../../content/words';
import type { BreathStage } from '../grounding/slow-breath';
import { crisisContactsFor, crisisLineFor, emergencyNumberFor } from './crisis-lines';

/** Why the user reached out: panic or overwhelm, or not being able to breathe. */
export type Distress = 'overwhelmed' | 'breathless';

/** Said first, before any breathing, to someone who says they cannot breathe. */
export function emergencyFirst(words: Words, locale: string | undefined): string {
  const { distress } = words.safety;
  const call = crisisContactsFor(words, locale)
    ? distress.callEmergency(emergencyNumberFor(words, locale))
    : distress.callEmergencyServices;
  return distress.emergencyFirst(call);
}

/** A few slow, exhale-weighted breaths; no holding, which can feel hard in a panic. */
export function groundingBreaths(words: Words): BreathStage {
  const { distress } = words.safety;
  return {
    inhaleMs: 4000,
    exhaleMs: 6000,
    breaths: 5,
    firstInhaleCue: distress.firstInhaleCue,
    firstExhaleCue: distress.firstExhaleCue,
    inhaleCue: distress.inhaleCue,
    exhaleCue: distress.exhaleCue,
  };
}

/** After the breaths: where to find more help, by the locale's line and emergency number. */
export function reachOut(words: Words, locale: string | undefined): string {
  const { distress } = words.safety;
  if (!crisisContactsFor(words, locale)) return distress.reachOutAnywhere(distress.reachOut);
  return distress.reachOutTo(distress.reachOut, crisisLineFor(words, locale), emergencyNumberFor(words, locale));
}
