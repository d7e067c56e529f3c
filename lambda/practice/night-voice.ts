import type { Preferences } from './preferences';

/** "At night" for the soft voice the user asked for: from 8 PM until 6 AM, the user's local time. */
export const NIGHT_FROM_HOUR = 20;
export const NIGHT_UNTIL_HOUR = 6;

/**
 * "Late in the evening": from 10 PM until 6 AM, the user's local time, the voice softens by
 * itself, with nothing asked for. Later than the night the user can ask for, so an evening
 * session is not hushed unasked.
 */
export const LATE_FROM_HOUR = 22;

export function isNight(localHour: number): boolean {
  return localHour >= NIGHT_FROM_HOUR || localHour < NIGHT_UNTIL_HOUR;
}

export function isLate(localHour: number): boolean {
  return localHour >= LATE_FROM_HOUR || localHour < NIGHT_UNTIL_HOUR;
}

/**
 * Whether this session is guided in the softer, slower night voice: at night when the user asked
 * for it, late in the evening when they said nothing, never once they asked for the normal voice.
 */
export function softVoiceNow(preferences: Preferences | undefined, localHour: number): boolean {
  const asked = preferences?.softVoiceAtNight;
  if (asked === false) return false;
  return asked === true ? isNight(localHour) : isLate(localHour);
}

/** Whether the soft voice comes by itself now, unasked: what the launch tells the user about. */
export function softVoiceUnasked(preferences: Preferences | undefined, localHour: number): boolean {
  return preferences?.softVoiceAtNight === undefined && isLate(localHour);
}
