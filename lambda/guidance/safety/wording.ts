/**
 * What Steady says when someone is overwhelmed or panicking. It names the crisis line and the
 * emergency number of the user's locale (in words, as said aloud), and a local crisis line and
 * emergency services where Steady knows none.
 */
import type { BreathStage } from '../grounding/slow-breath';
import { crisisContactsFor, crisisLineFor, emergencyNumberFor } from './crisis-lines';

/** Why the user reached out: panic or overwhelm, or not being able to breathe. */
export type Distress = 'overwhelmed' | 'breathless';

/** Said first, before any breathing, to someone who says they cannot breathe. */
export function emergencyFirst(locale: string | undefined): string {
  const call = crisisContactsFor(locale) ? `please call ${emergencyNumberFor(locale)} now` : 'please call emergency services now';
  return `If you can't get air, have chest pain, or feel faint, ${call}. If this feels like panic, stay with me.`;
}

/** Said first to someone overwhelmed: the first in-breath follows at once. */
export const STARTING_NOW = "I'm here with you.";

/** After the first breaths, when there is room to say what they are doing. */
export const ONE_BREATH_AT_A_TIME = "That's it. We're slowing things down together, one breath at a time.";

/** A few slow, exhale-weighted breaths; no holding, which can feel hard in a panic. */
export const GROUNDING_BREATHS: BreathStage = {
  inhaleMs: 4000,
  exhaleMs: 6000,
  breaths: 5,
  firstInhaleCue: 'Breathe in through your nose',
  firstExhaleCue: 'And out slowly, through your mouth',
  inhaleCue: 'In',
  exhaleCue: 'Out, slowly',
};

export const FEET_ON_THE_FLOOR = 'Feel your feet on the floor, and the weight of your body. You are here, and this feeling will pass.';

/** After the breaths: where to find more help, by the locale's line and emergency number. */
export function reachOut(locale: string | undefined): string {
  const first = 'If this feels like too much, talking to a professional or a crisis line can help.';
  if (!crisisContactsFor(locale)) return `${first} If you are in danger, please contact a local crisis line or emergency services.`;
  return `${first} You can ${crisisLineFor(locale)}. If you are in danger, call ${emergencyNumberFor(locale)}.`;
}
