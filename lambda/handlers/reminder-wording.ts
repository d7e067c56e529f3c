/** What Steady says about daily reminders. Plain sentences; the renderer escapes them. */
import { spokenTime, type TimeOfDay } from '../alexa/reminder-time';

/** What Alexa says when the reminder rings. */
export const REMINDER_TEXT = 'Time for your Steady practice. Just say: Alexa, ask Steady to help me breathe.';

export function noTimeNamed(time: TimeOfDay): string {
  return `You didn't say a time, so I'll use ${spokenTime(time)}.`;
}

export function askingPermission(time: TimeOfDay): string {
  return `To remind you every day at ${spokenTime(time)}, I need your permission to set reminders.`;
}

export function reminderSet(time: TimeOfDay, replacedEarlier: boolean): string[] {
  return [
    `I'll remind you every day at ${spokenTime(time)}.`,
    ...(replacedEarlier ? ['That replaces your earlier Steady reminder.'] : []),
    'To change it, say, for example: remind me at seven in the morning.',
  ];
}

export const PERMISSION_DECLINED = "That's okay, I won't set a reminder. You can come back and practise whenever you like.";
export const STILL_NO_PERMISSION =
  "I still can't set reminders for you. You can allow them for Steady in the Alexa app, under Skills, whenever you like.";
export const REMINDER_NOT_SET = "I'm sorry, I couldn't set your reminder just now. Please try again in a little while.";

export const REMINDER_CANCELLED = "Done. I won't remind you any more.";
export const NO_REMINDER = "You don't have a daily reminder from me, so there's nothing to cancel.";
export const REMINDER_NOT_CANCELLED = "I'm sorry, I couldn't reach your reminders just now. Please try again in a little while.";
