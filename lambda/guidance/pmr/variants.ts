import { FOUR_GROUPS, SEVEN_GROUPS, SIXTEEN_GROUPS, type MuscleGroup } from './muscle-groups';

export type RelaxationLength = 'quick' | 'standard' | 'full';

export const DEFAULT_RELAXATION_LENGTH: RelaxationLength = 'standard';

/** How one version of the practice is paced. Durations are in milliseconds. */
export interface PmrVariant {
  readonly length: RelaxationLength;
  readonly groups: readonly MuscleGroup[];
  /** From the "now" cue to "and release": 5-7 s. */
  readonly tenseMs: number;
  /** From "and release" to the next instruction: 20-30 s of calm words and silence. */
  readonly releaseMs: number;
  /**
   * Calm phrases said during each release after "and release". The full version keeps to one so
   * that all sixteen groups fit one response; silence costs almost nothing, words do.
   */
  readonly calmPhrasesPerRelease: number;
}

export const PMR_VARIANTS: Readonly<Record<RelaxationLength, PmrVariant>> = {
  quick: { length: 'quick', groups: FOUR_GROUPS, tenseMs: 6000, releaseMs: 20_000, calmPhrasesPerRelease: 1 },
  standard: { length: 'standard', groups: SEVEN_GROUPS, tenseMs: 6000, releaseMs: 25_000, calmPhrasesPerRelease: 2 },
  full: { length: 'full', groups: SIXTEEN_GROUPS, tenseMs: 6000, releaseMs: 25_000, calmPhrasesPerRelease: 1 },
};

export function isRelaxationLength(value: unknown): value is RelaxationLength {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(PMR_VARIANTS, value);
}
