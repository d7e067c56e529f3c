/**
 * The zone to count a day in when neither the device's settings nor the user's record say one:
 * the zone most of a locale's users live in. A guess, better than UTC, where an evening practice
 * in North America falls on the next day and makes a phantom day of a streak. It is never kept
 * as the user's zone.
 */
const MOST_USERS_ZONE: Readonly<Record<string, string>> = {
  'en-US': 'America/New_York',
  'en-CA': 'America/Toronto',
  'en-GB': 'Europe/London',
  'en-AU': 'Australia/Sydney',
  'en-IN': 'Asia/Kolkata',
  'es-US': 'America/New_York',
  'es-MX': 'America/Mexico_City',
  'es-ES': 'Europe/Madrid',
};

export function guessedTimeZone(locale: string | undefined): string {
  return (locale !== undefined && Object.hasOwn(MOST_USERS_ZONE, locale) ? MOST_USERS_ZONE[locale] : undefined) ?? 'UTC';
}
