import type { Words } from '../content/words';
import { dayIndex, pickForTurn, sessionOffset } from './day-index';

/**
 * A warm, short close for breathing: one a day, each technique on its own turn of the list (so two
 * techniques the same day seldom close alike), and the next one on each further round.
 */
export function closeFor(words: Words, localDay: string, round = 0, session = ''): string {
  return pickForTurn(words.sessions.closes, dayIndex(localDay) + round + sessionOffset(session));
}

/** Asked after a session only when the user opened Steady to choose; it changes round by round. */
export function whatNextFor(words: Words, round: number): string {
  return pickForTurn(words.sessions.whatNext, round);
}
