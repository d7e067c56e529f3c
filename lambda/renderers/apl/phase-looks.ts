/**
 * What the breathing visual shows for each marked phase of a Timeline: the word under the circle
 * (from the words given) and the size the circle moves to (none: it rests where it is).
 */
import type { Words } from '../../content/words';

/** Circle sizes as a scale of its full size. */
export const CIRCLE_SCALE = { empty: 0.55, full: 1, topped: 1.08 } as const;

export interface PhaseLook {
  readonly word: string;
  readonly scaleTo?: number;
}

/** The phases that move the circle, and the size each moves it to. */
const PHASE_SCALES: Readonly<Record<string, number>> = {
  inhale: CIRCLE_SCALE.full,
  topUp: CIRCLE_SCALE.topped,
  exhale: CIRCLE_SCALE.empty,
};

/** A marked phase's look; any phase without a word of its own rests. */
export function phaseLook(phase: string, screens: Words['screens']): PhaseLook {
  const words: Readonly<Record<string, string>> = screens.phaseWords;
  if (!Object.hasOwn(words, phase)) return { word: screens.resting };
  return Object.hasOwn(PHASE_SCALES, phase) ? { word: words[phase]!, scaleTo: PHASE_SCALES[phase]! } : { word: words[phase]! };
}

/** The words said before the first marked phase. */
export function openingLook(screens: Words['screens']): PhaseLook {
  return { word: screens.opening };
}

/** Whatever is said after the last marked phase: a body check, the closing lines. */
export function closingLook(screens: Words['screens']): PhaseLook {
  return { word: screens.closing };
}
