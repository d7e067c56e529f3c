/**
 * What Steady says about time on your own, in English. Plain sentences: the speech renderer
 * escapes them. Lengths are whole minutes.
 */

/** "1 minute", "25 minutes", "1 hour", "2 hours", "90 minutes". */
function minutesOf(minutes: number): string {
  if (minutes >= 60 && minutes % 60 === 0) return minutes === 60 ? '1 hour' : `${minutes / 60} hours`;
  return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

/** Whether a length is said as a plural ("your 20 minutes are up", "your 1 hour is up"). */
const isPlural = (minutes: number): boolean => minutesOf(minutes) !== '1 minute' && minutesOf(minutes) !== '1 hour';

export const timeApart = {
  minutes: minutesOf,
  /** What the practice is, in two sentences. */
  introduction:
    'Time on your own is a planned stretch apart, like a walk or an errand by yourself, so being apart feels a little safer each time.',
  /** The toolkit practice offered for when worry rises while apart. */
  whenWorryRises: "If worry rises while you're away, breathe in for 4, hold for 4 and breathe out for 6, or ask Steady for grounding.",
  /** The first stretch, when nothing was named and none was done before. */
  firstStretch: (minutes: number) => `Let's begin with ${minutes} minutes.`,
  askingTimerPermission: (minutes: number) =>
    `To tell you when your ${minutesOf(minutes)} ${isPlural(minutes) ? 'are' : 'is'} up, I'll ask Alexa for permission to set a timer.`,
  stretchStarted: (minutes: number) => {
    const plural = isPlural(minutes);
    return `Your ${minutesOf(minutes)} ${plural ? 'start' : 'starts'} now. I'll let you know when ${plural ? "they're" : "it's"} up.`;
  },
  /** After a stretch has begun, with a timer or without one. */
  whenBack: "When you're back, tell Steady whether it felt easy, okay or hard.",
  /** Said in place of a timer, by why there is none; then `keepTimeYourself`. */
  withoutTimer: {
    declined: "That's okay, I won't set a timer.",
    unavailable: "I'm sorry, I couldn't set a timer just now.",
    'no-permission':
      "I still don't have permission to set timers, so I won't set one. You can allow it in the Alexa app, under Steady's permissions.",
  },
  keepTimeYourself: (minutes: number) => `You can still take your ${minutesOf(minutes)}: keep time with a clock or your phone.`,
  /** What the timer announces when the time is up. */
  timerAnnouncement:
    "Your time on your own is up. You gave yourself that time, and that takes courage. When you're ready, tell Steady how it went.",
  /** The timer's label, as Alexa shows it and the user can name it. */
  timerLabel: 'Time for yourself',
  /** The next stretch offered after the last one, the same length again or another. */
  suggestAgain: (lastMinutes: number, nextMinutes: number) =>
    `Last time was ${minutesOf(lastMinutes)}. Would you like to take ${minutesOf(nextMinutes)} again?`,
  suggestOther: (lastMinutes: number, nextMinutes: number) =>
    `Last time was ${minutesOf(lastMinutes)}. Would you like to try ${minutesOf(nextMinutes)}?`,
  suggestNextReprompt: 'Would you like to start that stretch now? Please say yes or no.',
  suggestionDeclined: "That's fine. When you're ready, say, for example, 'tell Steady I'm taking fifteen minutes for myself'.",
  askEase: 'How did your time on your own go: easy, okay or hard?',
  /** Thanks for a report, then what the next length is, by how it felt. */
  thanks: (minutes: number) => `Thank you for telling me. That's ${minutesOf(minutes)} on your own.`,
  next: {
    easy: (nextMinutes: number) => `Next time, you could try ${minutesOf(nextMinutes)}.`,
    okay: (nextMinutes: number) => `Next time, let's keep it at ${minutesOf(nextMinutes)}.`,
    hardShorter: (nextMinutes: number) => `Hard is worth knowing. Next time, let's try a shorter ${minutesOf(nextMinutes)}.`,
    hardSame: (nextMinutes: number) => `Hard is worth knowing. Next time, let's keep it to ${minutesOf(nextMinutes)}.`,
  },
  nothingToReport:
    "I don't have a stretch of time on your own waiting to hear how it went. Say 'help me practise being apart' to start one.",
  /** This week and last, as far as there is a week to speak of. */
  progress: {
    bothWeeks: (lastLongest: number, thisLongest: number) =>
      `Last week your longest stretch was ${minutesOf(lastLongest)}; this week you're up to ${minutesOf(thisLongest)}.`,
    thisWeek: (minutes: number, longest: number) =>
      `This week you've spent ${minutesOf(minutes)} on your own, with a longest stretch of ${minutesOf(longest)}.`,
    lastWeek: (longest: number) => `Last week your longest stretch on your own was ${minutesOf(longest)}.`,
  },
  timerCancelled: "I've cancelled your timer for time on your own. You can start another whenever you like.",
  noTimerToCancel: "There's no Steady timer running, so there's nothing to cancel.",
  timersUnreachable: "I'm sorry, I couldn't reach your timers just now. You can say 'Alexa, cancel my timer' to stop it.",
  ownTimeUnavailable:
    "I'm sorry, I can't reach your time on your own right now, so I couldn't note it. Please try again in a little while.",
};
