import { withSoftVoice, withSoftVoiceTimeline } from '../guidance/soft-voice';
import type { Segment, Timeline } from '../guidance/timeline';
import { softVoiceNow } from '../practice/night-voice';
import type { RecordedSession } from '../practice/practice-service';
import { ssmlLength } from '../speech/budget';
import { SESSION_SSML_BUDGET } from '../speech/limits';

/** Whether the session just recorded is guided in the soft night voice. */
export function wantsNightVoice(recorded: RecordedSession): boolean {
  return softVoiceNow(recorded.preferences, recorded.localHour);
}

/** Measures segments as they will be rendered in the night voice, so sessions are planned to fit. */
export const nightVoiceSsmlLength = (segments: readonly Segment[]): number => ssmlLength(withSoftVoice(segments));

/**
 * A finished session in the night voice. The softer voice costs characters; a session it would
 * push past one response keeps the everyday voice rather than lose any of its words.
 */
export function inNightVoice(timeline: Timeline): Timeline {
  const soft = withSoftVoiceTimeline(timeline);
  return ssmlLength(soft.segments) <= SESSION_SSML_BUDGET ? soft : timeline;
}
