import type { SessionStyle } from '../guidance/session-style';
import type { Timeline } from '../guidance/timeline';
import type { RecordedSession } from '../practice/recorder';
import { renderSsml } from '../speech/ssml';
import { styleFor } from './night-voice';

/** A guided session as it will be said: its Timeline (for the visual) and its SSML. */
export interface SessionSpeech {
  readonly timeline: Timeline;
  readonly ssml: string;
}

/**
 * The speech of one request's session, worked out from what its recording told: the closing
 * words (the day's line, any milestone) and how it is to sound (the night voice, the bells). The
 * recorder asks for it once with the outcome it expects while the table write is on the wire,
 * which takes longer than the speech; when the write returns, the speech is ready unless the
 * outcome differs (a milestone, preferences other than expected), and only then is it worked out
 * again. The Timeline is built in the voice it is said in: nothing is swapped after planning.
 */
export function sessionSpeech<P>(
  closingFor: (recorded: RecordedSession) => readonly string[],
  timelineFor: (plan: P, closing: readonly string[], style: SessionStyle) => Timeline,
  round = 0,
): (plan: P, recorded: RecordedSession) => SessionSpeech {
  let last: { readonly plan: P; readonly key: string; readonly speech: SessionSpeech } | undefined;
  return (plan, recorded) => {
    const closing = closingFor(recorded);
    const style = styleFor(recorded, round);
    const key = [...closing, style.nightVoice, style.bells, style.localDay].join('\n');
    if (last && last.plan === plan && last.key === key) return last.speech;
    const timeline = timelineFor(plan, closing, style);
    last = { plan, key, speech: { timeline, ssml: renderSsml(timeline.segments) } };
    return last.speech;
  };
}
