import type { Words } from '../../content/words';
import { pickForDay } from '../day-index';

/** The relaxation's own last words for a day, after the count back. */
export function pmrCloseFor(words: Words, localDay: string): string {
  return pickForDay(words.relaxation.closes, localDay);
}

/** The close that ends the track: the first and longest, which budgets are planned on. */
export function pmrTrackClose(words: Words): string {
  return words.relaxation.closes[0]!;
}
