import type { Preferences } from './preferences';

/** "At night" for the soft voice: from 8 PM until 6 AM, the user's local time. */
export const NIGHT_FROM_HOUR = 20;
export const NIGHT_UNTIL_HOUR = 6;

export function isNight(localHour: number): boolean {
  return localHour >= NIGHT_FROM_HOUR || localHour < NIGHT_UNTIL_HOUR;
}

/** Whether this session is guided in the softer, slower voice the user asked for at night. */
export function softVoiceNow(preferences: Preferences | undefined, localHour: number): boolean {
  return preferences?.softVoiceAtNight === true && isNight(localHour);
}
