import type { Segment } from '../timeline';
import { MAX_AUDIO_MS, MAX_AUDIO_TAGS, MAX_SPOKEN_RESPONSE_MS, SESSION_SSML_BUDGET } from '../speech/limits';
import { renderedSsmlLength } from '../renderers/ssml/ssml';
import { spokenMs } from '../speech/timing';

/** Why a session does not fit one reply; empty when it does. */
export type ReplyOverrun = 'too-long-to-speak' | 'too-many-characters' | 'too-many-sounds' | 'too-much-sound';

export interface ReplyFit {
  readonly fits: boolean;
  readonly overruns: readonly ReplyOverrun[];
  readonly spokenMs: number;
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
  const ssmlChars = renderedSsmlLength(segments);
  const overruns: ReplyOverrun[] = [];
  if (total > MAX_SPOKEN_RESPONSE_MS) overruns.push('too-long-to-speak');
  if (ssmlChars > SESSION_SSML_BUDGET) overruns.push('too-many-characters');
  if (sounds.length > MAX_AUDIO_TAGS) overruns.push('too-many-sounds');
  if (audioMs > MAX_AUDIO_MS) overruns.push('too-much-sound');
  return { fits: overruns.length === 0, overruns, spokenMs: total, ssmlChars, audioTags: sounds.length, audioMs };
}

export function fitsOneReply(segments: readonly Segment[]): boolean {
  return replyFit(segments).fits;
}
