/**
 * "How far have I come": a short reflection built only from what Steady knows, the practice
 * summary and the time spent on your own. Nothing is invented: a sentence is said only when its
 * number is there, and days not practised are never praised. It closes by crediting the person.
 */
import type { PracticeSummary } from '../../practice/practice-summary';
import { PRACTICE_KIND_NAMES } from '../practice-kind-names';
import { countOf } from '../../practice/summary-wording';
import type { Words } from '../../content/words';
import { progressSentence } from '../time-apart/wording';
import type { OwnTimeProgress } from '../time-apart/plan';

export const NOTHING_YET =
  "We haven't practised together yet, so there's nothing to look back on. When you're ready, say 'help me breathe', and we'll start.";

export const EFFORT_CLOSE = "That's your own effort. Each time, you chose to look after yourself, and that counts.";

function timesPractised(sessions: number): string {
  if (sessions === 1) return 'once';
  if (sessions === 2) return 'twice';
  return `${sessions} times`;
}

export function progressReflection(words: Words, summary: PracticeSummary | undefined, ownTime: OwnTimeProgress | undefined): string[] {
  const sentences: string[] = [];
  const practised = summary !== undefined && summary.sessions > 0;
  if (practised) {
    const minutes = Math.round(summary.minutes);
    sentences.push(
      `You've practised with Steady ${timesPractised(summary.sessions)}${minutes > 0 ? `, ${countOf(minutes, 'minute')} in all` : ''}.`,
    );
    if (summary.daysInLastSeven > 0) {
      sentences.push(
        summary.daysInLastSeven === 7
          ? 'You made time for it on every one of the last 7 days.'
          : `You made time for it on ${summary.daysInLastSeven} of the last 7 days.`,
      );
    }
    if (summary.longestStreak >= 2) sentences.push(`Your longest streak is ${countOf(summary.longestStreak, 'day')}.`);
    if (summary.favouritePractice !== undefined && summary.sessions >= 2) {
      sentences.push(`The practice you come back to most is ${PRACTICE_KIND_NAMES[summary.favouritePractice]}.`);
    }
  }
  const ownTimeSentence = ownTime ? progressSentence(words.timeApart, ownTime) : undefined;
  if (ownTimeSentence) sentences.push(ownTimeSentence);
  else if (ownTime && ownTime.minutesKept > 0) {
    sentences.push(`In recent weeks you've spent ${words.timeApart.minutes(ownTime.minutesKept)} on your own, on purpose.`);
  }
  if (sentences.length === 0) return [NOTHING_YET];
  return [...sentences, EFFORT_CLOSE];
}
