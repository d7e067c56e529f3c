import type { Words } from '../content/words';
import { dayIndex, pickForTurn, sessionOffset } from './day-index';

/**
 * Compassionate self-talk that closes a session, in the spirit of the source guide, matched to
 * what the session was for. Each kind has at least fourteen lines (`Words['compassion']`), taken
 * one a day in turn, so a fortnight never repeats; another round in the same conversation takes
 * the next line.
 */
export type CompassionKind = 'everyday' | 'panic' | 'bedtime' | 'attachment';

/** The lines and their introductions, in the request's language. */
export type CompassionWords = Words['compassion'];

/**
 * The line of this kind for a local day (`YYYY-MM-DD`), round of the conversation and session: one
 * a day in turn for each session (a fortnight never repeats), and sessions said the same day take
 * different lines and introductions.
 */
export function compassionLineFor(words: CompassionWords, kind: CompassionKind, localDay: string, round = 0, session = ''): string {
  const turn = dayIndex(localDay) + round + sessionOffset(session);
  return `${pickForTurn(words.introductions[kind], turn)}${pickForTurn(words.lines[kind], turn)}`;
}
