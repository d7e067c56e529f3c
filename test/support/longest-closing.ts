import { wordsFor } from '../../lambda/content/words';
import { compassionLineFor, type CompassionKind } from '../../lambda/guidance/compassion';
import { MILESTONES } from '../../lambda/practice/streaks';

const { milestone: milestoneCelebration } = wordsFor('en-US').summary;

const WORDS = wordsFor('en-US').compassion;
const COMPASSION = WORDS.lines;
const longest = (texts: readonly string[]): string => texts.reduce((a, b) => (b.length > a.length ? b : a));

/** The local day whose compassion line of a kind is the longest, so budgets are tested at their worst. */
export function dayOfLongestCompassionLine(kind: CompassionKind = 'everyday'): string {
  const target = longest(COMPASSION[kind]);
  for (let day = 0; day < COMPASSION[kind].length; day += 1) {
    const localDay = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
    if (compassionLineFor(WORDS, kind, localDay).endsWith(target)) return localDay;
  }
  throw new Error('no day gives the longest compassion line');
}

/** The longest closing lines a session can end with: its own close, compassion, a milestone. */
export function longestClosing(...close: string[]): string[] {
  return [...close, compassionLineFor(WORDS, 'everyday', dayOfLongestCompassionLine()), longest(MILESTONES.map(milestoneCelebration))];
}
