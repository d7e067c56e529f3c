/** The time of day a daily reminder rings, as AMAZON.TIME gives it and as the permission token carries it. */

export interface TimeOfDay {
  readonly hour: number;
  readonly minute: number;
}

/** When the user names no time: early evening, a calm time to practise. */
export const DEFAULT_REMINDER_TIME: TimeOfDay = { hour: 20, minute: 0 };

/** AMAZON.TIME answers a vague time of day as a code; each gets a sensible hour. */
const TIMES_OF_DAY: Readonly<Record<string, TimeOfDay>> = {
  MO: { hour: 8, minute: 0 },
  AF: { hour: 14, minute: 0 },
  EV: { hour: 19, minute: 0 },
  NI: { hour: 21, minute: 0 },
};

const CLOCK_TIME = /^(\d{1,2}):(\d{2})$/;

/** "21:00", "07:30" or "EV" to a time of day; undefined when the slot holds nothing usable. */
export function parseSlotTime(value: string | undefined): TimeOfDay | undefined {
  if (value === undefined) return undefined;
  const text = value.trim().toUpperCase();
  if (Object.prototype.hasOwnProperty.call(TIMES_OF_DAY, text)) return TIMES_OF_DAY[text];
  const match = CLOCK_TIME.exec(text);
  if (!match) return undefined;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  return hour < 24 && minute < 60 ? { hour, minute } : undefined;
}

const TOKEN_PREFIX = 'daily-reminder@';

/**
 * The token sent with the permission request, so the answer that comes back in a new request
 * still knows what time was asked for.
 */
export function reminderToken({ hour, minute }: TimeOfDay): string {
  return `${TOKEN_PREFIX}${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

export function isReminderToken(token: unknown): token is string {
  return typeof token === 'string' && token.startsWith(TOKEN_PREFIX);
}

export function timeFromToken(token: string): TimeOfDay | undefined {
  return isReminderToken(token) ? parseSlotTime(token.slice(TOKEN_PREFIX.length)) : undefined;
}
