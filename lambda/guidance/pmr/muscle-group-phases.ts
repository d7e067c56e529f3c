import { phaseWithLines, spokenPhase, type PhaseLine } from '../guided-phase';
import { pacedCue } from '../paced';
import type { Segment, Voice } from '../../timeline';
import type { MuscleGroup } from './muscle-groups';
import { CALM_PHRASES, CRAMP_CAUTION, RELEASE_CUE, TENSE_CUES } from './wording';

export interface TenseReleasePacing {
  readonly tenseMs: number;
  /** From "and… relax" to the next instruction: 30-40 s after Bernstein and Borkovec. */
  readonly releaseMs: number;
  readonly calmPhrasesPerRelease: number;
}

/** Quiet after an instruction, so the user finds the muscles before "now". */
const AFTER_INSTRUCTION_MS = 1500;
/** Quiet after "and… relax" and between calm phrases. */
const BETWEEN_CALM_WORDS_MS = 6000;
const AFTER_CAUTION_MS = 1000;

/** The whole release, "and… relax" and its calm words, slower and lower than the voice that said "hold it". */
export function releaseVoice(voice: Voice): Voice {
  return { ...voice, ratePercent: Math.round(voice.ratePercent * 0.85), pitch: 'low' };
}

function releaseLines(calmPhrases: number, groupIndex: number, voice: Voice): PhaseLine[] {
  const phrases = Array.from({ length: calmPhrases }, (_, i) => CALM_PHRASES[((groupIndex - 1) * calmPhrases + i) % CALM_PHRASES.length]!);
  return [
    { text: RELEASE_CUE, thenMs: BETWEEN_CALM_WORDS_MS, voice: releaseVoice(voice) },
    ...phrases.map((text) => ({ text, thenMs: BETWEEN_CALM_WORDS_MS, voice: releaseVoice(voice) })),
  ];
}

/**
 * One muscle group: the instruction, "now" (phase `tense`), then "and… relax" with calm words
 * and silence (phase `release`). Each part is marked, so the windows can be measured.
 */
export function muscleGroupPhases(group: MuscleGroup, index: number, pacing: TenseReleasePacing, voice: Voice, caution = false): Segment[] {
  const tenseCue = TENSE_CUES[(index - 1) % TENSE_CUES.length]!;
  return [
    ...(caution ? spokenPhase('caution', index, voice, CRAMP_CAUTION, AFTER_CAUTION_MS) : []),
    ...spokenPhase('instruct', index, voice, group.instruction, AFTER_INSTRUCTION_MS),
    ...pacedCue(tenseCue, voice, { phase: 'tense', phaseMs: pacing.tenseMs, index }),
    ...phaseWithLines(
      { phase: 'release', phaseMs: pacing.releaseMs, index },
      voice,
      releaseLines(pacing.calmPhrasesPerRelease, index, voice),
    ),
  ];
}

/** Every group in order, numbered from 1; a cramp caution before the first calf or foot. */
export function muscleGroupsPhases(groups: readonly MuscleGroup[], pacing: TenseReleasePacing, voice: Voice): Segment[] {
  const firstCrampProne = groups.findIndex((group) => group.crampProne === true);
  return groups.flatMap((group, i) => muscleGroupPhases(group, i + 1, pacing, voice, i === firstCrampProne));
}
