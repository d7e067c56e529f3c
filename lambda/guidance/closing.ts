import { dayIndex, pickForTurn, sessionOffset } from './day-index';

/**
 * Warm, short closes for breathing: one a day, each technique on its own turn of the list (so two
 * techniques the same day seldom close alike), and the next one on each further round.
 */
const CLOSES: readonly string[] = [
  'You can come back to this breath whenever you need it.',
  'Nicely done. Notice how you feel now, and take a little of this calm with you.',
  "That's it. Your breath is always here, whenever you need it.",
  'Good. Take a moment before you move on.',
  "Well done. That's a little more calm for your day.",
  'Lovely. Let the rest of your day go at this gentler pace.',
  'Thank you for giving yourself this time.',
];

export function closeFor(localDay: string, round = 0, session = ''): string {
  return pickForTurn(CLOSES, dayIndex(localDay) + round + sessionOffset(session));
}

/** Asked after a session only when the user opened Steady to choose; it changes round by round. */
const WHAT_NEXT_QUESTIONS: readonly string[] = [
  'Would you like another round, or something different?',
  'Another round, or something else?',
  'Shall we go again, or try something different?',
];
export const WHAT_NEXT = WHAT_NEXT_QUESTIONS[0]!;

export function whatNextFor(round: number): string {
  return pickForTurn(WHAT_NEXT_QUESTIONS, round);
}
export const WHAT_NEXT_REPROMPT = 'You can say another round, box breathing, or stop.';
