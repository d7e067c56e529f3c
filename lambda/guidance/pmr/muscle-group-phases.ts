import { phaseLine, phaseWithLines, spokenPhase, type PhaseLine } from '../guided-phase';
import { pacedCue } from '../paced';
import { say, type Segment, type Voice } from '../../timeline';
import type { Words } from '../../content/words';
import type { MuscleGroup } from './muscle-groups';
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

function releaseLines(words: Words, calmPhrases: number, groupIndex: number, voice: Voice, turn: number): PhaseLine[] {
  const first = (groupIndex - 1) * calmPhrases + turn * CALM_PHRASES_A_DAY;
  const phrases = Array.from({ length: calmPhrases }, (_, i) => pickForTurn(words.relaxation.calmPhrases, first + i));
  const released = releaseVoice(voice);
  return [words.relaxation.releaseCue, ...phrases].map((text) => phaseLine(say(text, released), BETWEEN_CALM_WORDS_MS));
}

/** The instruction as written, or on alternate days with its two ways of saying what is coming swapped. */
function instructionFor(words: Words, group: MuscleGroup, turn: number): string {
  return turn % 2 === 0 ? group.instruction : words.relaxation.instructionOtherDay(group.instruction);
}

/**
 * One muscle group: the instruction, "now" (phase `tense`), then "and… relax" with calm words
 * and silence (phase `release`). Each part is marked, so the windows can be measured. `turn`
 * (the day, and the round) chooses which of the words are said.
 */
export function muscleGroupPhases(
  words: Words,
  group: MuscleGroup,
  index: number,
  pacing: TenseReleasePacing,
  voice: Voice,
  caution = false,
  turn = 0,
): Segment[] {
  const tenseCue = pickForTurn(words.relaxation.tenseCues, index - 1 + turn);
  return [
    ...(caution ? spokenPhase('caution', index, voice, words.relaxation.crampCaution, AFTER_CAUTION_MS) : []),
    ...spokenPhase('instruct', index, voice, instructionFor(words, group, turn), AFTER_INSTRUCTION_MS),
    ...pacedCue(tenseCue, voice, { phase: 'tense', phaseMs: pacing.tenseMs, index }),
    ...phaseWithLines(
      { phase: 'release', phaseMs: pacing.releaseMs, index },
      releaseLines(words, pacing.calmPhrasesPerRelease, index, voice, turn),
    ),
  ];
}

/** Every group in order, numbered from 1; a cramp caution before the first calf or foot. */
export function muscleGroupsPhases(
  words: Words,
  groups: readonly MuscleGroup[],
  pacing: TenseReleasePacing,
  voice: Voice,
  turn = 0,
): Segment[] {
  const firstCrampProne = groups.findIndex((group) => group.crampProne === true);
  return groups.flatMap((group, i) => muscleGroupPhases(words, group, i + 1, pacing, voice, i === firstCrampProne, turn));
}
