import { FOUR_GROUPS, SEVEN_GROUPS, SIXTEEN_GROUPS, type MuscleGroup } from './muscle-groups';

export type RelaxationLength = 'quick' | 'standard' | 'full';

export const DEFAULT_RELAXATION_LENGTH: RelaxationLength = 'standard';

/** How one version of the practice is paced. Durations are in milliseconds. */
export interface PmrVariant {
  readonly length: RelaxationLength;
  readonly groups: readonly MuscleGroup[];
  /** From the "now" cue to "and release": 5-7 s. */
  readonly tenseMs: number;
  /**
   * From the start of "and… relax" to the next instruction; what is left once "and… relax" has
   * been said (even in the slower night voice) is the 30-40 s release (see releases.ts).
   */
  readonly releaseMs: number;
  /** Calm phrases said during each release after "and… relax". */
  readonly calmPhrasesPerRelease: number;
}

export const PMR_VARIANTS: Readonly<Record<RelaxationLength, PmrVariant>> = {
  // Quick PMR uses fewer groups, never shorter releases.
  quick: { length: 'quick', groups: FOUR_GROUPS, tenseMs: 6000, releaseMs: 35_000, calmPhrasesPerRelease: 2 },
  standard: { length: 'standard', groups: SEVEN_GROUPS, tenseMs: 6000, releaseMs: 35_000, calmPhrasesPerRelease: 2 },
  full: { length: 'full', groups: SIXTEEN_GROUPS, tenseMs: 6000, releaseMs: 35_000, calmPhrasesPerRelease: 2 },
};

/** The next shorter version, to fall back on when a version does not fit one reply. */
export const SHORTER: Readonly<Record<RelaxationLength, RelaxationLength | undefined>> = {
  full: 'standard',
  standard: 'quick',
  quick: undefined,
};

export function isRelaxationLength(value: unknown): value is RelaxationLength {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(PMR_VARIANTS, value);
}
