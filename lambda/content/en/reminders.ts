/** What Steady says about daily reminders, in English. Plain sentences; the renderer escapes them. */

interface ClockTime {
  readonly hour: number;
  readonly minute: number;
}

/** A time of day as Steady says it: "9 PM", "7:30 AM", "12 PM" (noon), "12 AM" (midnight). */
function clockTime({ hour, minute }: ClockTime): string {
  const clockHour = hour % 12 === 0 ? 12 : hour % 12;
  const half = hour < 12 ? 'AM' : 'PM';
  return minute === 0 ? `${clockHour} ${half}` : `${clockHour}:${String(minute).padStart(2, '0')} ${half}`;
}

export const reminders = {
  clockTime,

  /** What Alexa says when the reminder rings. */
  ringing: 'Time for your Steady practice. Just say: Alexa, ask Steady to help me breathe.',

  noTimeNamed: (time: ClockTime) => `You didn't say a time, so I'll use ${clockTime(time)}.`,
  askingPermission: (time: ClockTime) => `To remind you every day at ${clockTime(time)}, I need your permission to set reminders.`,

  set: (time: ClockTime, replacedEarlier: boolean): string[] => [
    `I'll remind you every day at ${clockTime(time)}.`,
    ...(replacedEarlier ? ['That replaces your earlier Steady reminder.'] : []),
    'To change it, say, for example: remind me at seven in the morning.',
  ],

  permissionDeclined: "That's okay, I won't set a reminder. You can come back and practise whenever you like.",
  stillNoPermission:
    "I still can't set reminders for you. You can allow them for Steady in the Alexa app, under Skills, whenever you like.",
  notSet: "I'm sorry, I couldn't set your reminder just now. Please try again in a little while.",

  cancelled: "Done. I won't remind you any more.",
  noneToCancel: "You don't have a daily reminder from me, so there's nothing to cancel.",
  notCancelled: "I'm sorry, I couldn't reach your reminders just now. Please try again in a little while.",
};
