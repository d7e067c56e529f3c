/**
 * Where to turn in a crisis, by the locale Alexa reports: the national line that locale's users
 * can call, written the way it is said aloud. Steady is not a crisis service; it points to one.
 */
const CRISIS_LINES: Readonly<Record<string, string>> = {
  'en-US': 'call or text nine eight eight, the Suicide and Crisis Lifeline',
  'en-CA': 'call or text nine eight eight, the Suicide Crisis Helpline',
  'en-GB': 'call Samaritans on one one six, one two three',
  'en-AU': 'call Lifeline on thirteen eleven fourteen',
  'en-IN': 'call Tele MANAS on one four four one six',
};

const ANY_LOCALE = 'contact a local crisis line';

/** The crisis line for a locale, or a general pointer where Steady knows none. */
export function crisisLineFor(locale: string | undefined): string {
  return (locale && CRISIS_LINES[locale]) || ANY_LOCALE;
}

/** Said when someone speaks of harming themselves: no exercise, just where help is, kindly. */
export function crisisMessage(locale: string | undefined): string[] {
  return [
    "I'm really glad you told me, and I'm sorry you're hurting this much.",
    "I can't give you the help a person can, and you deserve that help right now.",
    `Please ${crisisLineFor(locale)}, or your local emergency number if you are in danger.`,
    'If you can, reach out to someone you trust and let them know how you feel.',
  ];
}
