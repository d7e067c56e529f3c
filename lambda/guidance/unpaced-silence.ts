import { segmentMs } from '../speech/timing';
import type { Segment } from '../timeline';

/**
 * The longest a spoken session may stay silent with nothing to follow: past about twenty seconds
 * a listener thinks Alexa has stopped. A word or a sound ends a silence; breaks chained back to
 * back are one silence, however they are written.
 */
export const MAX_UNPACED_SILENCE_MS = 20_000;

export interface UnpacedSilence {
  readonly ms: number;
  /** When it starts, from the start of the session. */
  readonly startMs: number;
  /** What was last heard before it, empty at the very start. */
  readonly after: string;
}

/** The longest run of silence in a session, timed by `msOf` (the one estimate unless told). */
export function longestUnpacedSilence(segments: readonly Segment[], msOf: (segment: Segment) => number = segmentMs): UnpacedSilence {
  let longest: UnpacedSilence = { ms: 0, startMs: 0, after: '' };
  let clock = 0;
  let runStart = 0;
  let runMs = 0;
  let lastHeard = '';
  for (const segment of segments) {
    const ms = msOf(segment);
    if (segment.kind === 'pause') {
      if (runMs === 0) runStart = clock;
      runMs += ms;
      if (runMs > longest.ms) longest = { ms: runMs, startMs: runStart, after: lastHeard };
    } else {
      runMs = 0;
      lastHeard = segment.kind === 'say' ? segment.text : segment.src;
    }
    clock += ms;
  }
  return longest;
}
