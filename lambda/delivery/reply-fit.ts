import type { Segment, Timeline } from '../timeline';
import { MAX_AUDIO_MS, MAX_AUDIO_TAGS, MAX_SPOKEN_RESPONSE_MS, SESSION_SSML_BUDGET } from '../speech/limits';
import { renderSsml } from '../renderers/ssml/ssml';
import { spokenMs } from '../speech/timing';

/** Why a session does not fit one reply; empty when it does. */
export type ReplyOverrun = 'too-long-to-speak' | 'too-many-characters' | 'too-many-sounds' | 'too-much-sound';

export interface ReplyFit {
  readonly fits: boolean;
  readonly overruns: readonly ReplyOverrun[];
  readonly spokenMs: number;
  /** The session's SSML, rendered once to count it: what the reply says when it fits. */
  readonly ssml: string;
  readonly ssmlChars: number;
  readonly audioTags: number;
  readonly audioMs: number;
}

/**
 * The one place that decides whether a session can be said as one reply: at most nine minutes of
 * speech, within the character budget and Alexa's limits on sound. Whatever does not fit is
 * delivered some other way (a shorter version said kindly, or paced audio where it exists).
 */
export function replyFit(segments: readonly Segment[]): ReplyFit {
  const sounds = segments.filter((segment) => segment.kind === 'sound');
  const audioMs = sounds.reduce((sum, sound) => sum + sound.ms, 0);
  const total = spokenMs({ segments });
  const ssml = renderSsml(segments);
  const ssmlChars = ssml.length;
  const overruns: ReplyOverrun[] = [];
  if (total > MAX_SPOKEN_RESPONSE_MS) overruns.push('too-long-to-speak');
  if (ssmlChars > SESSION_SSML_BUDGET) overruns.push('too-many-characters');
  if (sounds.length > MAX_AUDIO_TAGS) overruns.push('too-many-sounds');
  if (audioMs > MAX_AUDIO_MS) overruns.push('too-much-sound');
  return { fits: overruns.length === 0, overruns, spokenMs: total, ssml, ssmlChars, audioTags: sounds.length, audioMs };
}

/** A session as one reply says it: its Timeline (for the visual) and its SSML, rendered once. */
export interface OneReply {
  readonly timeline: Timeline;
  readonly ssml: string;
}

export function fitsOneReply(segments: readonly Segment[]): boolean {
  return replyFit(segments).fits;
}
