/**
 * What the breathing visual shows for each marked phase of a Timeline: the word under the circle
 * and the size the circle moves to (none: it rests where it is).
 */

/** Circle sizes as a scale of its full size. */
export const CIRCLE_SCALE = { empty: 0.55, full: 1, topped: 1.08 } as const;

export interface PhaseLook {
  readonly word: string;
  readonly scaleTo?: number;
}

export const PHASE_LOOKS: Readonly<Record<string, PhaseLook>> = {
  inhale: { word: 'Breathe in', scaleTo: CIRCLE_SCALE.full },
  topUp: { word: 'A little more', scaleTo: CIRCLE_SCALE.topped },
  hold: { word: 'Hold' },
  exhale: { word: 'Breathe out', scaleTo: CIRCLE_SCALE.empty },
  holdEmpty: { word: 'Rest' },
  settle: { word: 'Settle in' },
  'settle-in': { word: 'Get comfortable' },
  'count-back': { word: 'Come back gently' },
  guide: { word: 'Breathe easy' },
  instruct: { word: 'Get ready' },
  tense: { word: 'Tense gently' },
  release: { word: 'Release' },
  drift: { word: 'Let go' },
  close: { word: 'Drift off' },
  goodnight: { word: 'Goodnight' },
};

/** Any phase without a look of its own. */
export const RESTING_LOOK: PhaseLook = { word: 'Rest' };
/** The words said before the first marked phase. */
export const OPENING_LOOK: PhaseLook = { word: 'Get comfortable' };
/** Whatever is said after the last marked phase: a body check, the closing lines. */
export const CLOSING_LOOK: PhaseLook = { word: 'Notice how you feel' };

export function phaseLook(phase: string): PhaseLook {
  return Object.prototype.hasOwnProperty.call(PHASE_LOOKS, phase) ? PHASE_LOOKS[phase]! : RESTING_LOOK;
}
