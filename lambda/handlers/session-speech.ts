import type { Timeline } from '../guidance/timeline';
import type { RecordedSession } from '../practice/practice-service';
import { renderSsml } from '../speech/ssml';
import { inNightVoice, wantsNightVoice } from './night-voice';

/** A guided session as it will be said: its Timeline (for the visual) and its SSML. */
export interface SessionSpeech {
  readonly timeline: Timeline;
  readonly ssml: string;
}

/**
 * The speech of a recorded session: its Timeline, planned for the voice it will be said in (the
 * soft night voice when the user asked for it and it is night for them), and the SSML.
 */
export function sessionSpeech(recorded: RecordedSession, timelineFor: (nightVoice: boolean) => Timeline): SessionSpeech {
  const nightVoice = wantsNightVoice(recorded);
  const planned = timelineFor(nightVoice);
  const timeline = nightVoice ? inNightVoice(planned) : planned;
  return { timeline, ssml: renderSsml(timeline.segments) };
}
