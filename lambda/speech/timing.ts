import type { Segment, Timeline } from '../timeline';
import { estimateSpeechMs } from './estimate';

export interface TimedSegment {
  readonly segment: Segment;
  readonly startMs: number;
  readonly endMs: number;
}

export function segmentMs(segment: Segment): number {
  switch (segment.kind) {
    case 'say':
      return estimateSpeechMs(segment.text, segment.voice.ratePercent);
    case 'pause':
      return segment.ms;
    case 'sound':
      return segment.ms;
  }
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
  return timeline.segments.reduce((sum, segment) => sum + segmentMs(segment), 0);
}
