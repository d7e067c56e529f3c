/**
 * The bedtime wind-down's rhythms, as data; its words are `bedtime`'s. Durations are in
 * milliseconds. Each part has several versions; `nightPlan` chooses one of each so that no two
 * nights of a week sound the same.
 */
import type { Words } from '../../content/words';
import type { BreathStage } from '../grounding/slow-breath';

/** A line and the quiet after it. */
export interface QuietLine {
  readonly text: string;
  readonly thenMs: number;
}

/**
 * The quiet after each line of a part, by line; a version with more lines than listed takes the
 * last quiet for the rest.
 */
export const QUIET_AFTER_MS = {
  settling: [3000, 3000],
  imagery: [6000, 8000, 8000],
  bodyScan: [8000, 8000, 8000, 8000, 12_000],
  drifting: [14_000, 13_000],
} as const satisfies Record<string, readonly number[]>;

/** A part's lines, each with the quiet after it. */
export function withQuiet(lines: readonly string[], quietMs: readonly number[]): QuietLine[] {
  return lines.map((text, i) => ({ text, thenMs: quietMs[Math.min(i, quietMs.length - 1)]! }));
}

/** Breathe first: the first in-breath comes right after the bell. */
export function firstBreath(words: Words): BreathStage {
  const { inhale, exhale } = words.bedtime.firstBreath;
  return { inhaleMs: 4000, exhaleMs: 6000, breaths: 1, firstInhaleCue: inhale, firstExhaleCue: exhale };
}

/** Exhale-weighted breathing that lengthens: in 4 out 6, then out 7, then out 8. */
const BREATH_RHYTHMS: readonly Pick<BreathStage, 'inhaleMs' | 'exhaleMs' | 'breaths'>[] = [
  { inhaleMs: 4000, exhaleMs: 6000, breaths: 3 },
  { inhaleMs: 4000, exhaleMs: 7000, breaths: 3 },
  { inhaleMs: 4000, exhaleMs: 8000, breaths: 2 },
];

/** The lengthening breaths, stage by stage, cued in the words given. */
export function breathStages(words: Words): BreathStage[] {
  return BREATH_RHYTHMS.map((rhythm, i) => {
    const cues = words.bedtime.breathStages[i]!;
    return {
      ...rhythm,
      firstInhaleCue: cues.firstInhale,
      firstExhaleCue: cues.firstExhale,
      ...(cues.inhale === undefined ? {} : { inhaleCue: cues.inhale }),
      ...(cues.exhale === undefined ? {} : { exhaleCue: cues.exhale }),
    };
  });
}

/**
 * Releases of 30-40 s after Bernstein and Borkovec, heard after "and… relax"; two calm phrases
 * each, so no quiet in them reaches 20 s. The imagery and body scan pauses gave up a second a
 * line for them, the drifting lines two, so the wind-down still fits one reply.
 */
export const RELAXING_PACING = { tenseMs: 6000, releaseMs: 35_000, calmPhrasesPerRelease: 2 } as const;

/** The session ends in silence rather than with a last word. */
export const TRAILING_SILENCE_MS = 12_000;

/** Which version of each part a night uses. */
export interface NightPlan {
  readonly settling: number;
  readonly breathing: number;
  readonly imagery: number;
  readonly bodyScan: number;
  readonly drifting: number;
  readonly close: number;
}

/**
 * The versions for a night: the day number modulo a week, n, picks a row of three-version parts
 * in which any two rows of the same week differ in at least two parts, so seven nights in a row
 * never sound the same, and the week after turns differently again.
 */
export function nightPlan(dayNumber: number): NightPlan {
  const n = ((dayNumber % 7) + 7) % 7;
  const week = Math.floor(dayNumber / 7);
  const f = Math.floor(n / 3);
  return {
    settling: n % 3,
    imagery: (n + f) % 3,
    bodyScan: (n + 2 * f) % 3,
    drifting: f % 3,
    breathing: (n + week) % 3,
    close: (n + 2 * week) % 3,
  };
}
