import { spokenMs } from '../speech/timing';
import type { SessionStyle } from './session-style';
import { withSoftVoice } from './soft-voice';
import type { Segment, Timeline } from '../timeline';

/** Milliseconds as the minutes a session counts for, to a tenth of a minute. */
export function countedMinutes(ms: number): number {
  return Math.round(ms / 6000) / 10;
}

/** A Timeline of these segments, counting for the minutes they take to say. */
export function sessionTimeline(practice: string, segments: readonly Segment[]): Timeline {
  return { practice, segments, plannedMinutes: countedMinutes(spokenMs({ segments })) };
}

/** The session as it will be said: in the night voice when the style asks for it. */
export function styledTimeline(practice: string, segments: readonly Segment[], style: Pick<SessionStyle, 'nightVoice'>): Timeline {
  return sessionTimeline(practice, style.nightVoice ? withSoftVoice(segments) : segments);
}
