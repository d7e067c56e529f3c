import type { Words } from '../../content/words';
import { say, type Said } from '../../timeline';
import { phaseLine, type PhaseLine } from '../guided-phase';
import { PacingError } from '../paced';
import { CUE_VOICE, GUIDE_VOICE } from '../voices';
import { LONGEST_LINE_IN_A_BREATH_MS } from './rhythm';
import type { BreathingTechnique } from './techniques';

/** Quiet between a cue and the words folded in after it. */
const AFTER_CUE_MS = 400;
/**
 * Quiet a phase keeps after words folded into it: more than a bare cue leaves, since a sentence
 * said by a real voice runs longer than the estimate more often than a word does.
 */
export const FOLDED_REST_MS = 1000;

/** The phase that carries words: the longest, the later one on a tie (the breath out, the rest). */
function carryingPhase(technique: BreathingTechnique): number {
  let best = 0;
  technique.phases.forEach((phase, i) => {
    if (phase.ms >= technique.phases[best]!.ms) best = i;
  });
  return best;
}

/**
 * One breath's lines with a line of explanation folded in: said in its longest phase right after
 * that phase's cue, so the breath goes on while it is said and the next cue comes on time. The
 * cue is the one the stage chose when both fit, else the phase's one word. A line longer than
 * `LONGEST_LINE_IN_A_BREATH_MS` is refused: however it fits on paper, a real voice would move the
 * next cue by more than the rhythm allows.
 */
export function withFoldedLine(
  words: Words,
  technique: BreathingTechnique,
  lines: readonly (readonly PhaseLine[] | undefined)[],
  line: string,
): (readonly PhaseLine[] | undefined)[] {
  const folded = say(line, GUIDE_VOICE);
  if (folded.ms > LONGEST_LINE_IN_A_BREATH_MS) {
    throw new PacingError(`"${line}" takes ${folded.ms} ms, too long to say inside a breath (${LONGEST_LINE_IN_A_BREATH_MS} ms at most)`);
  }
  const carrying = carryingPhase(technique);
  const phase = technique.phases[carrying]!;
  const fits = (cue: Said) => cue.ms + AFTER_CUE_MS + folded.ms + FOLDED_REST_MS <= phase.ms;
  const chosen = lines[carrying]?.[0]?.said;
  const cue = chosen !== undefined && fits(chosen) ? chosen : [say(words.breathing.cues.oneWord[phase.kind], CUE_VOICE)].find(fits);
  if (cue === undefined) throw new PacingError(`"${line}" does not fit after a cue in a ${phase.ms} ms ${phase.kind}`);
  return lines.map((own, i) => (i === carrying ? [phaseLine(cue, AFTER_CUE_MS), phaseLine(folded)] : own));
}
