/**
 * How different the words of two sessions are, and which stock phrases close them: the measures
 * behind "no two days sound alike" and "no phrase closes most sessions".
 */
import type { Timeline } from '../../lambda/timeline';

/** Every word said, in order, lower case, without punctuation. */
export function wordsOf(timeline: Timeline): string[] {
  return timeline.segments
    .flatMap((segment) => (segment.kind === 'say' ? [segment.text] : []))
    .join(' ')
    .toLowerCase()
    .replace(/[^a-z0-9' ]+/g, ' ')
    .split(/\s+/)
    .filter((word) => word !== '');
}

/** The longest run of words the two share in order (what a listener hears as the same). */
function commonWords(a: readonly string[], b: readonly string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j]!;
      row[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1]!);
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The share of words that differ (0: the same words in the same order; 1: nothing shared). */
export function wordDifference(a: readonly string[], b: readonly string[]): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 0 : 1 - commonWords(a, b) / longer;
}

/** The smallest difference between any two of the sessions. */
export function leastDifference(sessions: readonly (readonly string[])[]): number {
  let least = 1;
  for (let i = 0; i < sessions.length; i += 1) {
    for (let j = i + 1; j < sessions.length; j += 1) least = Math.min(least, wordDifference(sessions[i]!, sessions[j]!));
  }
  return least;
}

/**
 * The phrases of closing lines a listener would notice repeated: each sentence, and an
 * introduction before a colon ("If it helps, say to yourself"), lower case.
 */
export function closingPhrases(lines: readonly string[]): Set<string> {
  const phrases = lines
    .join(' ')
    .split(/(?<=[.!?:])\s+/)
    .map((phrase) =>
      phrase
        .trim()
        .toLowerCase()
        .replace(/[.!?:]+$/, ''),
    )
    .filter((phrase) => phrase !== '');
  return new Set(phrases);
}

/** Any two of seven days of the same request differ in at least this share of their words. */
export const LEAST_DAILY_DIFFERENCE = 0.2;
