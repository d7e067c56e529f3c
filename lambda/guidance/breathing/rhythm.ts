import { segmentMs } from '../../speech/timing';
import type { Segment } from '../../timeline';

/** The stretch at the start of a session where the rhythm must hold from breath to breath. */
export const RHYTHM_WINDOW_MS = 2 * 60_000;
/** How far one breath's cue may land from one cycle after the last one's. */
export const RHYTHM_TOLERANCE_MS = 500;
/**
 * The longest line a breath says besides its plain cues (a line of the introduction, a comfort
 * phrase, the hand-over to a track, a fuller in-breath as the voice returns), as estimated in the
 * everyday voice (the night voice says the same words a tenth slower). The pauses are cut to the
 * estimate, so a voice that says the line a quarter faster or slower than that (voices differ by
 * about that much on the same sentence) moves the next cue by a quarter of its length: at most
 * 0.45 s here, inside `RHYTHM_TOLERANCE_MS`. Anything longer is no line to say while someone
 * breathes; a breath says one at most.
 */
export const LONGEST_LINE_IN_A_BREATH_MS = 1800;

/**
 * When each spoken in-breath cue starts within the first `windowMs`, and how long after the
 * previous one: the rhythm a listener follows. Timed by `msOf` (the one estimate unless told).
 */
export function inBreathCueGapsMs(
  segments: readonly Segment[],
  msOf: (segment: Segment) => number = segmentMs,
  windowMs: number = RHYTHM_WINDOW_MS,
): number[] {
  const starts: number[] = [];
  let clock = 0;
  for (const segment of segments) {
    if (clock > windowMs) break;
    if (segment.kind === 'say' && segment.mark?.phase === 'inhale') starts.push(clock);
    clock += msOf(segment);
  }
  return starts.slice(1).map((start, i) => start - starts[i]!);
}
