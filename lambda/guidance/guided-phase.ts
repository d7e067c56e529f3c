import { estimateSpeechMs } from '../speech/estimate';
import { MIN_SILENCE_MS, pacedCue, PacingError } from './paced';
import { pause, say, type Mark, type Segment, type Voice } from '../timeline';

/** A line said inside a phase, and the silence kept after it before the next line. */
export interface PhaseLine {
  readonly text: string;
  /** Ignored on the last line: its silence is whatever is left of the phase. */
  readonly thenMs: number;
  /** The line's own voice, for example PMR's slower, lower "and… relax"; else the phase's. */
  readonly voice?: Voice;
}

/**
 * Several lines inside one marked phase, for example "And release", then a calm phrase a few
 * seconds later. The first line starts the phase; the silence after the last one fills it, so
 * the next phase starts exactly `mark.phaseMs` after this one.
 */
export function phaseWithLines(mark: Mark, voice: Voice, lines: readonly PhaseLine[], minRestMs = MIN_SILENCE_MS): Segment[] {
  if (lines.length === 0) return [pause(mark.phaseMs, mark)];
  const segments: Segment[] = [];
  let usedMs = 0;
  lines.forEach((line, i) => {
    const lineVoice = line.voice ?? voice;
    segments.push(i === 0 ? say(line.text, lineVoice, mark) : say(line.text, lineVoice));
    usedMs += estimateSpeechMs(line.text, lineVoice.ratePercent);
    if (i < lines.length - 1) {
      segments.push(pause(line.thenMs));
      usedMs += line.thenMs;
    }
  });
  const restMs = mark.phaseMs - usedMs;
  if (restMs < minRestMs) {
    throw new PacingError(`${lines.length} lines take ${usedMs} ms, too long for a ${mark.phaseMs} ms ${mark.phase}`);
  }
  segments.push(pause(restMs));
  return segments;
}

/**
 * Guidance between paced parts (an introduction, a transition, a body check) as a phase of its
 * own: the words, then `silenceMs` of quiet. Marking it keeps every cue of a session measurable.
 */
export function spokenPhase(phase: string, index: number, voice: Voice, text: string, silenceMs: number): Segment[] {
  const phaseMs = estimateSpeechMs(text, voice.ratePercent) + Math.max(silenceMs, MIN_SILENCE_MS);
  return pacedCue(text, voice, { phase, phaseMs, index });
}
