import { spokenMs } from '../speech/timing';
import type { Segment, Timeline } from './timeline';

/** A Timeline of these segments, counting for the minutes they take to say (to 0.1 min). */
export function sessionTimeline(practice: string, segments: readonly Segment[]): Timeline {
  return { practice, segments, plannedMinutes: Math.round(spokenMs({ segments }) / 6000) / 10 };
}
