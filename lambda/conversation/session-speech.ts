import type { OneReply } from '../delivery/reply-fit';
import type { SessionStyle } from '../guidance/session-style';
import type { Timeline } from '../timeline';
import type { RecordedSession } from '../practice/record-practice';
import { renderSsml } from '../renderers/ssml/ssml';
import { styleFor } from './night-voice';

/** A guided session as it will be said: its Timeline (for the visual) and its SSML. */
export type SessionSpeech = OneReply;

/**
 * The speech of a recorded session: its Timeline, built in the style it is said in (the night
 * voice, the bells, the night's words, the round of the conversation), and the SSML. Nothing is
 * swapped after planning: the voice promised is the voice used.
 */
export function sessionSpeech(recorded: RecordedSession, timelineFor: (style: SessionStyle) => Timeline, round = 0): SessionSpeech {
  const timeline = timelineFor(styleFor(recorded, round));
  return { timeline, ssml: renderSsml(timeline.segments) };
}
