import { segmentMs } from '../../speech/timing';
import type { Segment } from '../../timeline';

/** Bernstein and Borkovec's release: 30-40 s of letting go after each tension. */
export const MIN_RELEASE_MS = 30_000;
export const MAX_RELEASE_MS = 40_000;

/**
 * How long each release lasts as a listener lives it: from the end of "and… relax" (when the
 * letting go has been asked for) to the start of whatever is asked next (another group, a
 * caution, the body check). Timed by `msOf` (the one estimate unless told).
 */
export function releaseLengthsMs(segments: readonly Segment[], msOf: (segment: Segment) => number = segmentMs): number[] {
  const lengths: number[] = [];
  let clock = 0;
  let releasedAt: number | undefined;
  for (const segment of segments) {
    const ms = msOf(segment);
    const marked = segment.kind !== 'sound' && segment.mark !== undefined;
    if (marked && releasedAt !== undefined) {
      lengths.push(clock - releasedAt);
      releasedAt = undefined;
    }
    if (segment.kind === 'say' && segment.mark?.phase === 'release') releasedAt = clock + ms;
    clock += ms;
  }
  if (releasedAt !== undefined) lengths.push(clock - releasedAt);
  return lengths;
}
