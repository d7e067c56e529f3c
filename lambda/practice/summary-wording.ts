/**
 * Which sentences Steady says about a user's practice, decided from the numbers alone; the words
 * are the request's language's (`words.summary`, lambda/content/<lang>/summary.ts).
 */
import type { Words } from '../content/words';
import type { PracticeSummary } from './practice-summary';

/** The words this module speaks with. */
export type SummaryWords = Words['summary'];

/** After a lapse of a few days, a welcome comes before any number. */
export const LAPSE_DAYS = 3;

/** A longest streak is worth saying from two days. */
const worthSaying = (longest: number): number | undefined => (longest >= 2 ? longest : undefined);

function streakSentence(summary: PracticeSummary, words: SummaryWords): string {
  const { currentStreak, longestStreak } = summary;
  if (currentStreak >= 2) {
    return currentStreak >= longestStreak ? words.streak.longestYet(currentStreak) : words.streak.withLongest(currentStreak, longestStreak);
  }
  const longest = worthSaying(longestStreak);
  if (currentStreak === 1) return summary.practisedToday ? words.streak.startedToday(longest) : words.streak.practisedYesterday(longest);
  const daysAgo = summary.daysSinceLastPractice ?? 0;
  return daysAgo >= LAPSE_DAYS ? words.streak.welcomeBack(daysAgo, longest) : words.streak.lastPractice(daysAgo, longest);
}

function totalsSentence(summary: PracticeSummary, words: SummaryWords): string {
  const minutes = Math.round(summary.minutes);
  return words.totals(
    summary.sessions,
    minutes > 0 ? minutes : undefined,
    summary.daysInLastSeven > 0 ? summary.daysInLastSeven : undefined,
  );
}

/** The spoken practice summary: two or three sentences. */
export function summarySpeech(summary: PracticeSummary, words: SummaryWords): string {
  if (summary.sessions === 0 || summary.daysSinceLastPractice === undefined) return words.noHistory;
  const sentences = [streakSentence(summary, words), totalsSentence(summary, words)];
  if (summary.favouritePractice !== undefined) sentences.push(words.favourite(summary.favouritePractice));
  return sentences.join(' ');
}

/**
 * A few words for Launch: the streak when it is two days or more, a plain welcome back after a
 * lapse (no count of the days missed); otherwise nothing.
 */
export function launchGreetingSpeech(summary: PracticeSummary, words: SummaryWords): string | undefined {
  if (summary.currentStreak >= 2) return words.launch.streak(summary.currentStreak);
  if (summary.sessions > 0 && (summary.daysSinceLastPractice ?? 0) >= LAPSE_DAYS) return words.launch.lapse;
  return undefined;
}
