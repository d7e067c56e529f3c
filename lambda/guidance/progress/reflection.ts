/**
 * "How far have I come": a short reflection built only from what Steady knows, the practice
 * summary and the time spent on your own. Nothing is invented: a sentence is said only when its
 * number is there, and days not practised are never praised. It closes by crediting the person.
 * The words are the request's language's (`words.summary.progress`, and time apart's own sentence).
 */
import type { PracticeSummary } from '../../practice/practice-summary';
import type { Words } from '../../content/words';
import { progressSentence } from '../time-apart/wording';
import type { OwnTimeProgress } from '../time-apart/plan';

/** The reflection's sentences, its close last; none when there is nothing yet to look back on. */
export function progressReflection(
  words: Pick<Words, 'summary' | 'timeApart'>,
  summary: PracticeSummary | undefined,
  ownTime: OwnTimeProgress | undefined,
): string[] {
  const said = words.summary.progress;
  const sentences: string[] = [];
  if (summary !== undefined && summary.sessions > 0) {
    const minutes = Math.round(summary.minutes);
    sentences.push(said.practised(summary.sessions, minutes > 0 ? minutes : undefined));
    if (summary.daysInLastSeven > 0) sentences.push(said.madeTime(summary.daysInLastSeven));
    if (summary.longestStreak >= 2) sentences.push(said.longestStreak(summary.longestStreak));
    if (summary.favouritePractice !== undefined && summary.sessions >= 2) sentences.push(said.comeBackTo(summary.favouritePractice));
  }
  const ownTimeSentence = ownTime ? progressSentence(words.timeApart, ownTime) : undefined;
  if (ownTimeSentence) sentences.push(ownTimeSentence);
  else if (ownTime && ownTime.minutesKept > 0) sentences.push(said.ownTimeKept(ownTime.minutesKept));
  if (sentences.length === 0) return [];
  return [...sentences, said.effortClose];
}
