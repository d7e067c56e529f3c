import { phaseWithLines, spokenPhase, type PhaseLine } from '../guided-phase';
import { pacedCue } from '../paced';
import type { Segment, Voice } from '../../timeline';
import type { MuscleGroup } from './muscle-groups';
import { CALM_PHRASES, CRAMP_CAUTION, RELEASE_CUE, TENSE_CUES } from './wording';
import { pickForTurn } from '../day-index';

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

/**
 * How far the calm phrases move on from one day to the next: five of twelve, so no two days of a
 * week say them in the same places.
 */
const CALM_PHRASES_A_DAY = 5;

function releaseLines(calmPhrases: number, groupIndex: number, voice: Voice, turn: number): PhaseLine[] {
  const first = (groupIndex - 1) * calmPhrases + turn * CALM_PHRASES_A_DAY;
  const phrases = Array.from({ length: calmPhrases }, (_, i) => pickForTurn(CALM_PHRASES, first + i));
  return [
    { text: RELEASE_CUE, thenMs: BETWEEN_CALM_WORDS_MS, voice: releaseVoice(voice) },
    ...phrases.map((text) => ({ text, thenMs: BETWEEN_CALM_WORDS_MS, voice: releaseVoice(voice) })),
  ];
}

const GET_READY = 'Get ready to ';
const IN_A_MOMENT = "In a moment, you'll ";

/** The instruction as written, or on alternate days with its two ways of saying what is coming swapped. */
function instructionFor(group: MuscleGroup, turn: number): string {
  if (turn % 2 === 0) return group.instruction;
  if (group.instruction.includes(GET_READY)) return group.instruction.replace(GET_READY, IN_A_MOMENT);
  return group.instruction.replace(IN_A_MOMENT, GET_READY);
}

/**
 * One muscle group: the instruction, "now" (phase `tense`), then "and… relax" with calm words
 * and silence (phase `release`). Each part is marked, so the windows can be measured. `turn`
 * (the day, and the round) chooses which of the words are said.
 */
export function muscleGroupPhases(
  group: MuscleGroup,
  index: number,
  pacing: TenseReleasePacing,
  voice: Voice,
  caution = false,
  turn = 0,
): Segment[] {
  const tenseCue = pickForTurn(TENSE_CUES, index - 1 + turn);
  return [
    ...(caution ? spokenPhase('caution', index, voice, CRAMP_CAUTION, AFTER_CAUTION_MS) : []),
    ...spokenPhase('instruct', index, voice, instructionFor(group, turn), AFTER_INSTRUCTION_MS),
    ...pacedCue(tenseCue, voice, { phase: 'tense', phaseMs: pacing.tenseMs, index }),
    ...phaseWithLines(
      { phase: 'release', phaseMs: pacing.releaseMs, index },
      voice,
      releaseLines(pacing.calmPhrasesPerRelease, index, voice, turn),
    ),
  ];
}

/** Every group in order, numbered from 1; a cramp caution before the first calf or foot. */
export function muscleGroupsPhases(groups: readonly MuscleGroup[], pacing: TenseReleasePacing, voice: Voice, turn = 0): Segment[] {
  const firstCrampProne = groups.findIndex((group) => group.crampProne === true);
  return groups.flatMap((group, i) => muscleGroupPhases(group, i + 1, pacing, voice, i === firstCrampProne, turn));
}
