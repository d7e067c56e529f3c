/**
 * What Steady says when someone is overwhelmed or panicking. Steady runs in several countries, so
 * it names no phone number: it points to a local crisis line or emergency services.
 */
import type { BreathStage } from '../grounding/slow-breath';

/** Why the user reached out: panic or overwhelm, or not being able to breathe. */
export type Distress = 'overwhelmed' | 'breathless';

/** Said first, before any breathing, to someone who says they cannot breathe. */
export const EMERGENCY_FIRST =
  "If you can't get air, have chest pain, or feel faint, please call emergency services now. If this feels like panic, stay with me.";

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

export const FEET_ON_THE_FLOOR =
  'Feel your feet on the floor, and the weight of your body. You are here, and this feeling will pass.';

export const REACH_OUT =
  'If this feels like too much, talking to a professional or a crisis line can help. If you are in danger, please contact a local crisis line or emergency services.';
