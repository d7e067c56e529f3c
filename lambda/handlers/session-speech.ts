import type { Timeline } from '../guidance/timeline';
import type { RecordedSession } from '../practice/recorder';
import { renderSsml } from '../speech/ssml';
import { inNightVoice, wantsNightVoice } from './night-voice';

/** A guided session as it will be said: its Timeline (for the visual) and its SSML. */
export interface SessionSpeech {
  readonly timeline: Timeline;
  readonly ssml: string;
}

/**
 * The speech of one request's session, worked out from what its recording told: the closing
 * words (the day's line, any milestone) and whether the night voice is wanted. The recorder asks
 * for it once with the outcome it expects while the table write is on the wire, which takes
 * longer than the speech; when the write returns, the speech is ready unless the outcome differs
 * (a milestone, preferences other than expected), and only then is it worked out again.
 */
export function sessionSpeech<P>(
  closingFor: (recorded: RecordedSession) => readonly string[],
  timelineFor: (plan: P, closing: readonly string[], nightVoice: boolean) => Timeline,
): (plan: P, recorded: RecordedSession) => SessionSpeech {
  let last: { readonly plan: P; readonly closing: string; readonly nightVoice: boolean; readonly speech: SessionSpeech } | undefined;
  return (plan, recorded) => {
    const closing = closingFor(recorded);
    const nightVoice = wantsNightVoice(recorded);
    const key = closing.join('\n');
    if (last && last.plan === plan && last.closing === key && last.nightVoice === nightVoice) return last.speech;
    const planned = timelineFor(plan, closing, nightVoice);
    const timeline = nightVoice ? inNightVoice(planned) : planned;
    last = { plan, closing: key, nightVoice, speech: { timeline, ssml: renderSsml(timeline.segments) } };
    return last.speech;
  };
}
