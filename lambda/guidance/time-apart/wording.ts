/**
 * What Steady says about time on your own. Plain sentences: the speech renderer escapes them.
 * Lengths are whole minutes.
 */
import type { OwnTimeProgress } from './plan';

/** "1 minute", "25 minutes", "1 hour", "2 hours", "90 minutes". */
export function minutesOf(minutes: number): string {
  if (minutes >= 60 && minutes % 60 === 0) return minutes === 60 ? '1 hour' : `${minutes / 60} hours`;
  return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

/** What the practice is, in two sentences. */
export const TIME_APART_INTRODUCTION =
  'Time on your own is a planned stretch apart, like a walk or an errand by yourself, so being apart feels a little safer each time.';

/** The toolkit practice offered for when worry rises while apart. */
export const WHEN_WORRY_RISES =
  "If worry rises while you're away, breathe in for 4, hold for 4 and breathe out for 6, or ask Steady for grounding.";

export function askingTimerPermission(minutes: number): string {
  const plural = minutesOf(minutes) !== '1 minute' && minutesOf(minutes) !== '1 hour';
  return `To tell you when your ${minutesOf(minutes)} ${plural ? 'are' : 'is'} up, I'll ask Alexa for permission to set a timer.`;
}

export function stretchStarted(minutes: number): string[] {
  const plural = minutesOf(minutes) !== '1 minute' && minutesOf(minutes) !== '1 hour';
  return [
    `Your ${minutesOf(minutes)} ${plural ? 'start' : 'starts'} now. I'll let you know when ${plural ? "they're" : "it's"} up.`,
    "When you're back, tell Steady whether it felt easy, okay or hard.",
  ];
}

/** Said in place of a timer: what the person can do without one. */
export function withoutTimer(minutes: number, reason: 'declined' | 'unavailable' | 'no-permission'): string[] {
  const opening = {
    declined: "That's okay, I won't set a timer.",
    unavailable: "I'm sorry, I couldn't set a timer just now.",
    'no-permission':
      "I still don't have permission to set timers, so I won't set one. You can allow it in the Alexa app, under Steady's permissions.",
  }[reason];
  return [
    opening,
    `You can still take your ${minutesOf(minutes)}: keep time with a clock or your phone.`,
    "When you're back, tell Steady whether it felt easy, okay or hard.",
  ];
}

/** What the timer announces when the time is up. */
export const TIMER_ANNOUNCEMENT =
  "Your time on your own is up. You gave yourself that time, and that takes courage. When you're ready, tell Steady how it went.";

/** The timer's label, as Alexa shows it and the user can name it. */
export const TIMER_LABEL = 'Time for yourself';

export function suggestNext(lastMinutes: number, nextMinutes: number): string {
  return nextMinutes === lastMinutes
    ? `Last time was ${minutesOf(lastMinutes)}. Would you like to take ${minutesOf(nextMinutes)} again?`
    : `Last time was ${minutesOf(lastMinutes)}. Would you like to try ${minutesOf(nextMinutes)}?`;
}
export const SUGGEST_NEXT_REPROMPT = 'Would you like to start that stretch now? Please say yes or no.';
export const SUGGESTION_DECLINED = "That's fine. When you're ready, say, for example, 'tell Steady I'm taking fifteen minutes for myself'.";

export function feedbackThanks(minutes: number, nextMinutes: number, ease: 'easy' | 'okay' | 'hard'): string[] {
  const next = {
    easy: `Next time, you could try ${minutesOf(nextMinutes)}.`,
    okay: `Next time, let's keep it at ${minutesOf(nextMinutes)}.`,
    hard:
      nextMinutes < minutes
        ? `Hard is worth knowing. Next time, let's try a shorter ${minutesOf(nextMinutes)}.`
        : `Hard is worth knowing. Next time, let's keep it to ${minutesOf(nextMinutes)}.`,
  }[ease];
  return [`Thank you for telling me. That's ${minutesOf(minutes)} on your own.`, next];
}

export const NOTHING_TO_REPORT =
  "I don't have a stretch of time on your own waiting to hear how it went. Say 'help me practise being apart' to start one.";

/** "Last week 10 minutes, this week up to 25." Nothing when there is no week to speak of. */
export function progressSentence(progress: OwnTimeProgress): string | undefined {
  const { thisWeek, lastWeek } = progress;
  if (thisWeek && lastWeek) {
    return `Last week your longest stretch was ${minutesOf(lastWeek.longest)}; this week you're up to ${minutesOf(thisWeek.longest)}.`;
  }
  if (thisWeek)
    return `This week you've spent ${minutesOf(thisWeek.minutes)} on your own, with a longest stretch of ${minutesOf(thisWeek.longest)}.`;
  if (lastWeek) return `Last week your longest stretch on your own was ${minutesOf(lastWeek.longest)}.`;
  return undefined;
}

export const TIMER_CANCELLED = "I've cancelled your timer for time on your own. You can start another whenever you like.";
export const NO_TIMER_TO_CANCEL = "There's no Steady timer running, so there's nothing to cancel.";
export const TIMERS_UNREACHABLE = "I'm sorry, I couldn't reach your timers just now. You can say 'Alexa, cancel my timer' to stop it.";
export const OWN_TIME_UNAVAILABLE =
  "I'm sorry, I can't reach your time on your own right now, so I couldn't note it. Please try again in a little while.";
