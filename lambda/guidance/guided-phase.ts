import { MIN_SILENCE_MS, pacedLine, PacingError } from './paced';
import { marked, pause, say, type Mark, type Said, type Segment, type Voice } from '../timeline';

/** A line said inside a phase, and the silence kept after it before the next line. */
export interface PhaseLine {
  /** The line in its own voice (for example PMR's slower, lower "and… relax"), timed as it was written. */
  readonly said: Said;
  /** Ignored on the last line: its silence is whatever is left of the phase. */
  readonly thenMs: number;
}

/** A line of a phase, then `thenMs` of quiet. */
export const phaseLine = (said: Said, thenMs = 0): PhaseLine => ({ said, thenMs });

/**
 * Several lines inside one marked phase, for example "And release", then a calm phrase a few
 * seconds later. The first line starts the phase; the silence after the last one fills it, so
 * the next phase starts exactly `mark.phaseMs` after this one.
 */
export function phaseWithLines(mark: Mark, lines: readonly PhaseLine[], minRestMs = MIN_SILENCE_MS): Segment[] {
  if (lines.length === 0) return [pause(mark.phaseMs, mark)];
  const segments: Segment[] = [];
  let usedMs = 0;
  lines.forEach((line, i) => {
    segments.push(i === 0 ? marked(line.said, mark) : line.said);
    usedMs += line.said.ms;
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
  const line = say(text, voice);
  return pacedLine(line, { phase, phaseMs: line.ms + Math.max(silenceMs, MIN_SILENCE_MS), index });
}
