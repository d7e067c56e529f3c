import { estimateSpeechMs } from '../speech/estimate';
import { marked, pause, say, type Mark, type Said, type Segment, type Voice } from '../timeline';

/** Silence a cue must leave in its phase, so a phase is never only talk. */
export const MIN_SILENCE_MS = 600;

export class PacingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PacingError';
  }
}

/**
 * Honest pacing: a cue starts its phase, and the silence after it is the phase length minus the
 * time the cue takes to say, so the next cue starts exactly one phase later.
 */
export function pacedCue(text: string, voice: Voice, mark: Mark): Segment[] {
  return pacedLine(say(text, voice), mark);
}

/** A line already written, paced as its phase's cue (`pacedCue`). */
export function pacedLine(line: Said, mark: Mark): Segment[] {
  if (line.ms + MIN_SILENCE_MS > mark.phaseMs) {
    throw new PacingError(`"${line.text}" takes ${line.ms} ms, too long for a ${mark.phaseMs} ms ${mark.phase}`);
  }
  return [marked(line, mark), pause(mark.phaseMs - line.ms)];
}

/** Whether a text fits a phase, leaving at least `share` of the phase silent. */
export function fitsPhase(text: string, voice: Voice, phaseMs: number, silentShare: number): boolean {
  const spoken = estimateSpeechMs(text, voice.ratePercent);
  return spoken + MIN_SILENCE_MS <= phaseMs && spoken <= phaseMs * (1 - silentShare);
}
