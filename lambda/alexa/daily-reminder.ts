import type { ReminderRequest } from './reminders';
import type { TimeOfDay } from './reminder-time';
import type { WallClock } from '../practice/local-time';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** A wall-clock time as the Reminders API writes it: local, with no zone. */
function localDateTime(clock: WallClock): string {
  const time = [clock.hour, clock.minute, clock.second].map((n) => pad(n)).join(':');
  return `${[clock.day, time].join('T')}.000`;
}

export interface DailyReminderOptions {
  readonly time: TimeOfDay;
  /** What Alexa says when the reminder rings, already in the locale's spelling. */
  readonly text: string;
  readonly locale: string;
  /** The user's zone; without it Alexa uses the device's own. */
  readonly timeZone?: string;
  /** The moment of the request, on the user's wall clock. */
  readonly now: WallClock;
}

/**
 * A reminder that rings every day at one time, in the Reminders API's current form: an absolute
 * trigger with an RFC 5545 rule, starting now.
 */
export function dailyReminder(options: DailyReminderOptions): ReminderRequest {
  const { time, text, locale, timeZone, now } = options;
  const rule = `FREQ=DAILY;BYHOUR=${time.hour};BYMINUTE=${time.minute};BYSECOND=0;INTERVAL=1;`;
  return {
    requestTime: localDateTime(now),
    trigger: {
      type: 'SCHEDULED_ABSOLUTE',
      ...(timeZone ? { timeZoneId: timeZone } : {}),
      recurrence: { ...(timeZone ? { startDateTime: localDateTime(now) } : {}), recurrenceRules: [rule] },
    },
    alertInfo: { spokenInfo: { content: [{ locale, text }] } },
    pushNotification: { status: 'ENABLED' },
  };
}
