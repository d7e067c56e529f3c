import { estimateSpeechMs } from '../speech/estimate';
import { pause, say, type Mark, type Segment, type Voice } from '../timeline';

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
  const spoken = estimateSpeechMs(text, voice.ratePercent);
  if (spoken + MIN_SILENCE_MS > mark.phaseMs) {
    throw new PacingError(`"${text}" takes ${spoken} ms, too long for a ${mark.phaseMs} ms ${mark.phase}`);
  }
  return [say(text, voice, mark), pause(mark.phaseMs - spoken)];
}

/** Whether a text fits a phase, leaving at least `share` of the phase silent. */
export function fitsPhase(text: string, voice: Voice, phaseMs: number, silentShare: number): boolean {
  const spoken = estimateSpeechMs(text, voice.ratePercent);
  return spoken + MIN_SILENCE_MS <= phaseMs && spoken <= phaseMs * (1 - silentShare);
}
