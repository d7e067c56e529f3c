import { phaseWithLines, spokenPhase, type PhaseLine } from '../guided-phase';
import { pacedCue } from '../paced';
import type { Segment, Voice } from '../timeline';
import type { MuscleGroup } from './muscle-groups';
import { CALM_PHRASES, RELEASE_CUE, TENSE_CUES } from './wording';

export interface TenseReleasePacing {
  readonly tenseMs: number;
  readonly releaseMs: number;
  readonly calmPhrasesPerRelease: number;
}

/** Quiet after an instruction, so the user finds the muscles before "now". */
const AFTER_INSTRUCTION_MS = 1500;
/** Quiet after "and release" and between calm phrases. */
const BETWEEN_CALM_WORDS_MS = 4000;

function releaseLines(calmPhrases: number, groupIndex: number): PhaseLine[] {
  const phrases = Array.from(
    { length: calmPhrases },
    (_, i) => CALM_PHRASES[((groupIndex - 1) * calmPhrases + i) % CALM_PHRASES.length]!,
  );
  return [RELEASE_CUE, ...phrases].map((text) => ({ text, thenMs: BETWEEN_CALM_WORDS_MS }));
}

/**
 * One muscle group: the instruction, "now" (phase `tense`), then "and release" with calm words
 * and silence (phase `release`). Each part is marked, so the windows can be measured.
 */
export function muscleGroupPhases(group: MuscleGroup, index: number, pacing: TenseReleasePacing, voice: Voice): Segment[] {
  const tenseCue = TENSE_CUES[(index - 1) % TENSE_CUES.length]!;
  return [
    ...spokenPhase('instruct', index, voice, group.instruction, AFTER_INSTRUCTION_MS),
    ...pacedCue(tenseCue, voice, { phase: 'tense', phaseMs: pacing.tenseMs, index }),
    ...phaseWithLines(
      { phase: 'release', phaseMs: pacing.releaseMs, index },
      voice,
      releaseLines(pacing.calmPhrasesPerRelease, index),
    ),
  ];
}

/** Every group in order, numbered from 1. */
export function muscleGroupsPhases(groups: readonly MuscleGroup[], pacing: TenseReleasePacing, voice: Voice): Segment[] {
  return groups.flatMap((group, i) => muscleGroupPhases(group, i + 1, pacing, voice));
}
