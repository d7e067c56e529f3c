import type { Words } from '../../content/words';
import { muscleGroups, type GroupVersion, type MuscleGroup } from './muscle-groups';

export type RelaxationLength = 'quick' | 'standard' | 'full';

export const DEFAULT_RELAXATION_LENGTH: RelaxationLength = 'standard';

/** How one version of the practice is paced, and which groups it works. Durations are in milliseconds. */
export interface PmrPacing {
  readonly length: RelaxationLength;
  readonly groupVersion: GroupVersion;
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

/** A version with its groups in words. */
export interface PmrVariant extends PmrPacing {
  readonly groups: readonly MuscleGroup[];
}

export const PMR_VARIANTS: Readonly<Record<RelaxationLength, PmrPacing>> = {
  // Quick PMR uses fewer groups, never shorter releases.
  quick: { length: 'quick', groupVersion: 'four', tenseMs: 6000, releaseMs: 35_000, calmPhrasesPerRelease: 2 },
  standard: { length: 'standard', groupVersion: 'seven', tenseMs: 6000, releaseMs: 35_000, calmPhrasesPerRelease: 2 },
  full: { length: 'full', groupVersion: 'sixteen', tenseMs: 6000, releaseMs: 35_000, calmPhrasesPerRelease: 2 },
};

/** One version, its groups in the words given. */
export function pmrVariant(words: Words, length: RelaxationLength): PmrVariant {
  const pacing = PMR_VARIANTS[length];
  return { ...pacing, groups: muscleGroups(words, pacing.groupVersion) };
}

/** The next shorter version, to fall back on when a version does not fit one reply. */
export const SHORTER: Readonly<Record<RelaxationLength, RelaxationLength | undefined>> = {
  full: 'standard',
  standard: 'quick',
  quick: undefined,
};

export function isRelaxationLength(value: unknown): value is RelaxationLength {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(PMR_VARIANTS, value);
}
