import type { Segment, Timeline } from '../timeline';

export interface TimedSegment {
  readonly segment: Segment;
  readonly startMs: number;
  readonly endMs: number;
}

/** How long a segment lasts: a pause or a sound as written, a line as estimated where it was written. */
export function segmentMs(segment: Segment): number {
  return segment.ms;
}

/** Places every segment on the clock, from the first word at 0 ms. */
export function timeSegments(segments: readonly Segment[]): TimedSegment[] {
  let clock = 0;
  return segments.map((segment) => {
    const startMs = clock;
    clock += segmentMs(segment);
    return { segment, startMs, endMs: clock };
  });
}

export function spokenMs(timeline: Pick<Timeline, 'segments'>): number {
  return timeline.segments.reduce((sum, segment) => sum + segment.ms, 0);
}
