/**
 * Which words Steady says about time on your own, once the plan has decided: the words themselves
 * are the content's (`Words['timeApart']`). Lengths are whole minutes.
 */
import type { Words } from '../../content/words';
import type { OwnTimeProgress, StretchEase } from './plan';

/** The words about time on your own, in the request's language. */
export type TimeApartWords = Words['timeApart'];

/** Why a stretch goes without a timer. */
export type WithoutTimerReason = keyof TimeApartWords['withoutTimer'];

/** The stretch has begun with a timer: when it ends, and what to say when back. */
export function stretchStarted(words: TimeApartWords, minutes: number): string[] {
  return [words.stretchStarted(minutes), words.whenBack];
}

/** Said in place of a timer: what the person can do without one. */
export function withoutTimer(words: TimeApartWords, minutes: number, reason: WithoutTimerReason): string[] {
  return [words.withoutTimer[reason], words.keepTimeYourself(minutes), words.whenBack];
}

/** The question offering the next stretch after the last. */
export function suggestNext(words: TimeApartWords, lastMinutes: number, nextMinutes: number): string {
  return nextMinutes === lastMinutes ? words.suggestAgain(lastMinutes, nextMinutes) : words.suggestOther(lastMinutes, nextMinutes);
}

export function feedbackThanks(words: TimeApartWords, minutes: number, nextMinutes: number, ease: StretchEase): string[] {
  const next = {
    easy: () => words.next.easy(nextMinutes),
    okay: () => words.next.okay(nextMinutes),
    hard: () => (nextMinutes < minutes ? words.next.hardShorter(nextMinutes) : words.next.hardSame(nextMinutes)),
  }[ease]();
  return [words.thanks(minutes), next];
}

/** "Last week 10 minutes, this week up to 25." Nothing when there is no week to speak of. */
export function progressSentence(words: TimeApartWords, progress: OwnTimeProgress): string | undefined {
  const { thisWeek, lastWeek } = progress;
  if (thisWeek && lastWeek) return words.progress.bothWeeks(lastWeek.longest, thisWeek.longest);
  if (thisWeek) return words.progress.thisWeek(thisWeek.minutes, thisWeek.longest);
  if (lastWeek) return words.progress.lastWeek(lastWeek.longest);
  return undefined;
}
