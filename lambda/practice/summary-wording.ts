/**
 * What Steady says about a user's practice. Plain sentences only: the speech renderer escapes them
 * and adds any SSML.
 */
import type { PracticeSummary } from './practice-summary';
import { PRACTICE_KIND_NAMES } from '../guidance/practice-kind-names';
import type { PracticeKind } from './practice-kind';

export const NO_HISTORY_SPEECH = "You haven't practised with me yet. Say 'help me breathe' to start your first session.";

export const STORE_UNAVAILABLE_APOLOGY =
  "I'm sorry, I can't reach your practice history right now. Your sessions still work, and I'll have your streak next time.";

/** "1 day", "2 days". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

function timesPractised(sessions: number): string {
  if (sessions === 1) return 'once';
  if (sessions === 2) return 'twice';
  return `${sessions} times`;
}

function streakSentence(summary: PracticeSummary): string {
  const { currentStreak, longestStreak } = summary;
  if (currentStreak >= 2) {
    return currentStreak >= longestStreak
      ? `You're on a ${currentStreak}-day streak, your longest yet.`
      : `You're on a ${currentStreak}-day streak, and your longest is ${countOf(longestStreak, 'day')}.`;
  }
  const longest = longestStreak >= 2 ? `, and your longest streak is ${countOf(longestStreak, 'day')}` : '';
  if (currentStreak === 1) {
    return `${summary.practisedToday ? "You've started a new streak today" : 'You practised yesterday'}${longest}.`;
  }
  const since = `last practice was ${countOf(summary.daysSinceLastPractice ?? 0, 'day')} ago${longest}.`;
  return (summary.daysSinceLastPractice ?? 0) >= LAPSE_DAYS ? `Welcome back! Your ${since}` : `Your ${since}`;
}

/** After a lapse of a few days, a welcome comes before any number. */
export const LAPSE_DAYS = 3;

/** The favourite, named by the kind of practice alone. */
function favouriteSentence(favourite: PracticeKind): string {
  return `Your favourite practice is ${PRACTICE_KIND_NAMES[favourite]}.`;
}

function totalsSentence(summary: PracticeSummary): string {
  const minutes = Math.round(summary.minutes);
  const parts = [`You've practised ${timesPractised(summary.sessions)}`];
  if (minutes > 0) parts.push(`${countOf(minutes, 'minute')} in all`);
  if (summary.daysInLastSeven === 7) parts.push('on every one of the last 7 days');
  else if (summary.daysInLastSeven > 0) parts.push(`on ${summary.daysInLastSeven} of the last 7 days`);
  return `${parts.join(', ')}.`;
}

/** The spoken practice summary: two or three sentences. */
export function summarySpeech(summary: PracticeSummary): string {
  if (summary.sessions === 0 || summary.daysSinceLastPractice === undefined) return NO_HISTORY_SPEECH;
  const sentences = [streakSentence(summary), totalsSentence(summary)];
  if (summary.favouritePractice !== undefined) {
    sentences.push(favouriteSentence(summary.favouritePractice));
  }
  return sentences.join(' ');
}

/**
 * A few words for Launch: the streak when it is two days or more, a plain welcome back after a
 * lapse (no count of the days missed); otherwise nothing.
 */
export function launchGreetingSpeech(summary: PracticeSummary): string | undefined {
  if (summary.currentStreak >= 2) return `Welcome back. You're on a ${summary.currentStreak}-day streak.`;
  if (summary.sessions > 0 && (summary.daysSinceLastPractice ?? 0) >= LAPSE_DAYS) return "Welcome back. It's good to hear from you.";
  return undefined;
}

const MILESTONE_WORDS: Readonly<Record<number, string>> = {
  3: "That's three days in a row.",
  7: "That's seven days in a row, a whole week.",
  14: "That's fourteen days in a row, two whole weeks.",
  30: "That's thirty days in a row.",
  50: "That's fifty days in a row.",
  100: "That's one hundred days in a row.",
  365: "That's a whole year of practice, every single day.",
};

/** Said once, at the end of the session that reaches a milestone. */
export function milestoneCelebration(days: number): string {
  const reached = MILESTONE_WORDS[days] ?? `That's ${countOf(days, 'day')} in a row.`;
  return `${reached} You keep showing up for yourself.`;
}
