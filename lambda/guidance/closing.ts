import { pickForDay } from './day-index';

/** Warm, short closes for guided sessions, one chosen per day so they do not feel canned. */
const CLOSES: readonly string[] = [
  'Well done. You can come back to this breath whenever you need it.',
  'Nicely done. Notice how you feel now, and take a little of this calm with you.',
  "That's it. Your breath is always here, whenever you need it.",
];

export function closeFor(localDay: string): string {
  return pickForDay(CLOSES, localDay);
}

/** Asked after a session only when the user opened Steady to choose. */
export const WHAT_NEXT = 'Would you like another round, or something different?';
export const WHAT_NEXT_REPROMPT = 'You can say another round, box breathing, or stop.';
