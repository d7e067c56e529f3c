/**
 * The one decision between speaking a session and playing it: a session that fits one reply
 * (`replyFit`: nine minutes of speech, the character budget, Alexa's limits on sound) is spoken;
 * one that does not is played as its track where one can play, and otherwise spoken in the
 * shorter version its builder falls back to, with the reason said once.
 */
import type { Segment } from '../timeline';
import { replyFit } from './reply-fit';

/** What the device and the deploy allow: a track plays, none can, or the last one failed. */
export type PlayerOutlook = 'plays' | 'cannot-play' | 'failed-last-time';

/**
 * Why a session too long for one reply is spoken shortened: that limit itself (no track can play
 * here), or the track that failed to play last time.
 */
export type SpokenBecause = 'one-reply' | 'audio-failed';

export type Delivery =
  | { readonly kind: 'spoken' }
  | { readonly kind: 'track'; readonly trackId: string }
  | { readonly kind: 'shortened'; readonly because: SpokenBecause };

/**
 * How to deliver a session, given the whole of it as one reply would have to say it and the
 * track that holds it (undefined when there is none).
 */
export function deliveryFor(whole: readonly Segment[], trackId: string | undefined, outlook: PlayerOutlook): Delivery {
  if (replyFit(whole).fits) return { kind: 'spoken' };
  if (trackId !== undefined && outlook === 'plays') return { kind: 'track', trackId };
  return { kind: 'shortened', because: outlook === 'failed-last-time' && trackId !== undefined ? 'audio-failed' : 'one-reply' };
}
