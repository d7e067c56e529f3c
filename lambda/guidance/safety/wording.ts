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

/** Said first to someone overwhelmed: the first in-breath follows at once. Turned by day and round. */
export const STARTING_NOW: readonly string[] = ["I'm here with you.", "I'm right here.", "I'm with you.", "You're not alone. I'm here."];

/**
 * After the first breaths, what they are doing, short enough to fit before the next in-breath
 * without breaking the rhythm.
 */
export const ONE_BREATH_AT_A_TIME: readonly string[] = [
  "That's it. One breath at a time.",
  "Good. We're slowing it down together.",
  "That's it. Slow and steady.",
  "You're doing it. One breath at a time.",
];

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

export const FEET_ON_THE_FLOOR: readonly string[] = [
  'Feel your feet on the floor, and the weight of your body. You are here, and this feeling will pass.',
  'Notice the ground under you, holding you up. This feeling is strong, and it will pass.',
  'Feel where your body rests against the chair or the bed. Stay with that. This wave will pass.',
  'Let your shoulders drop a little, and feel your hands. Panic rises, and it always falls again.',
];

/** The last words: there is more if they want it, without keeping them listening. */
export const KEEP_GOING: readonly string[] = [
  'If you want to keep going, just say: Alexa, ask Steady to breathe with me.',
  "When you're ready for more, say: Alexa, ask Steady to breathe with me.",
  'You can keep breathing like this on your own, or say: Alexa, ask Steady to breathe with me.',
];

/** After the breaths: where to find more help, by the locale's line and emergency number. */
export function reachOut(locale: string | undefined): string {
  const first = 'If this feels like too much, talking to a professional or a crisis line can help.';
  if (!crisisContactsFor(locale)) return `${first} If you are in danger, please contact a local crisis line or emergency services.`;
  return `${first} You can ${crisisLineFor(locale)}. If you are in danger, call ${emergencyNumberFor(locale)}.`;
}
