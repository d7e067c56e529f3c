/**
 * Where to turn in a crisis, by the locale Alexa reports: the national line that locale's users
 * can call and the emergency number, written the way they are said aloud. Steady is not a crisis
 * service; it points to one.
 */
import { pause, say, type Segment, type Voice } from '../../timeline';

export interface CrisisContacts {
  /** How to reach the line, said as a sentence's middle: "call or text nine eight eight, the …". */
  readonly line: string;
  /** The number alone, said slowly, for "say the number again". */
  readonly lineNumber: string;
  /** The emergency number, as said: "nine one one". */
  readonly emergency: string;
}

const CRISIS_CONTACTS: Readonly<Record<string, CrisisContacts>> = {
  'en-US': {
    line: 'call or text nine eight eight, the Suicide and Crisis Lifeline',
    lineNumber: 'nine, eight, eight',
    emergency: 'nine one one',
  },
  'en-CA': {
    line: 'call or text nine eight eight, the Suicide Crisis Helpline',
    lineNumber: 'nine, eight, eight',
    emergency: 'nine one one',
  },
  'en-GB': {
    line: 'call Samaritans on one one six, one two three',
    lineNumber: 'one one six, one two three',
    emergency: 'nine nine nine',
  },
  'en-AU': {
    line: 'call Lifeline on thirteen eleven fourteen',
    lineNumber: 'thirteen, eleven, fourteen',
    emergency: 'triple zero',
  },
  'en-IN': {
    line: 'call Tele MANAS on one four four one six',
    lineNumber: 'one four four, one six',
    emergency: 'one one two',
  },
};

const ANY_LOCALE = 'contact a local crisis line';
const ANY_EMERGENCY = 'your local emergency number';

/** The locale's contacts, or undefined where Steady knows none. */
export function crisisContactsFor(locale: string | undefined): CrisisContacts | undefined {
  return typeof locale === 'string' && Object.hasOwn(CRISIS_CONTACTS, locale) ? CRISIS_CONTACTS[locale] : undefined;
}

/** The crisis line for a locale, or a general pointer where Steady knows none. */
export function crisisLineFor(locale: string | undefined): string {
  return crisisContactsFor(locale)?.line ?? ANY_LOCALE;
}

/** "nine one one", or "your local emergency number" where Steady knows none. */
export function emergencyNumberFor(locale: string | undefined): string {
  return crisisContactsFor(locale)?.emergency ?? ANY_EMERGENCY;
}

/** One sentence naming the locale's line and emergency number, for the calming sessions. */
export function whereHelpIs(locale: string | undefined): string {
  const contacts = crisisContactsFor(locale);
  if (!contacts) return `please ${ANY_LOCALE}, or call ${ANY_EMERGENCY}`;
  return `please ${contacts.line}, or call ${contacts.emergency}`;
}

/** Slow and clear: numbers someone may be writing down with shaking hands. */
export const CRISIS_NUMBER_VOICE: Voice = { ratePercent: 80, volume: 'medium', whispered: false };

const OPENING = "I'm really glad you told me, and I'm sorry you're hurting this much.";

/**
 * Said second, before the line: a person in danger now whose words Steady cannot tell apart from
 * thoughts of suicide (the crisis intent carries no words) still hears the emergency number first.
 */
function dangerCheck(locale: string | undefined): string {
  return `If you are in danger right now, please call ${emergencyNumberFor(locale)}.`;
}
const PERSON = "I can't give you the help a person can, and you deserve that help right now.";
const TRUSTED = 'If you can, reach out to someone you trust and let them know how you feel.';
export const CRISIS_OFFER = 'Would you like me to say the number again? You can say: repeat.';

function numbersSentence(locale: string | undefined): string {
  const contacts = crisisContactsFor(locale);
  if (!contacts) return `Please ${ANY_LOCALE}, or call ${ANY_EMERGENCY} if you are in danger.`;
  return `Please ${contacts.line}. If you are in danger, call ${contacts.emergency}, or your local emergency number.`;
}

function againSentence(locale: string | undefined): string {
  const contacts = crisisContactsFor(locale);
  if (!contacts) return `Once more: ${ANY_LOCALE}, or call ${ANY_EMERGENCY}.`;
  return `Once more: ${contacts.lineNumber}. And in an emergency, ${contacts.emergency}.`;
}

/**
 * The crisis answer as speech: kind words, then the line and the emergency number said slowly,
 * twice, with room to write them down, and an offer to say them again.
 */
export function crisisSpeech(locale: string | undefined): Segment[] {
  return [
    say(OPENING),
    pause(400),
    say(dangerCheck(locale), CRISIS_NUMBER_VOICE),
    pause(600),
    say(PERSON),
    pause(600),
    say(numbersSentence(locale), CRISIS_NUMBER_VOICE),
    pause(1500),
    say(againSentence(locale), CRISIS_NUMBER_VOICE),
    pause(1000),
    say(TRUSTED),
    pause(600),
    say(CRISIS_OFFER),
  ];
}

/** Only the numbers, slowly, twice: the answer to "say the number again". */
export function crisisNumbersAgain(locale: string | undefined): Segment[] {
  return [
    say(numbersSentence(locale), CRISIS_NUMBER_VOICE),
    pause(1500),
    say(againSentence(locale), CRISIS_NUMBER_VOICE),
    pause(800),
    say(CRISIS_OFFER),
  ];
}

export const CRISIS_REPROMPT = 'Say repeat, and I will say the number again.';

/**
 * The same lines written down, for the card in the Alexa app and the large numbers on a screen:
 * digits grouped as each country writes them, so a person can read them later and dial. Numbers
 * from docs/safety-sources.md; check them against the official pages before each release. Alexa
 * cannot place these calls, so nothing here says Steady will.
 */
export interface WrittenCrisisContacts {
  /** The line's name, as its service writes it. */
  readonly lineName: string;
  /** The line's number as written in its country: "116 123". */
  readonly lineDigits: string;
  /** How to reach the line on that number, and when: shown under its name on a screen. */
  readonly lineHow: string;
  /** The line in one sentence, for the card. */
  readonly lineSentence: string;
  /** A separate text service, where the country has one, as a sentence. */
  readonly textOption?: string;
  /** The emergency number as written: "911". */
  readonly emergencyDigits: string;
}

const WRITTEN_CRISIS_CONTACTS: Readonly<Record<string, WrittenCrisisContacts>> = {
  'en-US': {
    lineName: '988 Suicide and Crisis Lifeline',
    lineDigits: '988',
    lineHow: 'Call or text. Free, confidential, 24/7.',
    lineSentence: 'Call or text 988, the 988 Suicide and Crisis Lifeline. Free, confidential, 24/7.',
    emergencyDigits: '911',
  },
  'en-CA': {
    lineName: '9-8-8: Suicide Crisis Helpline',
    lineDigits: '988',
    lineHow: 'Call or text. Free, 24/7, in English and French.',
    lineSentence: 'Call or text 988, the 9-8-8 Suicide Crisis Helpline. Free, 24/7, in English and French.',
    emergencyDigits: '911',
  },
  'en-GB': {
    lineName: 'Samaritans',
    lineDigits: '116 123',
    lineHow: 'Call. Free, 24/7.',
    lineSentence: 'Call Samaritans on 116 123. Free, 24/7.',
    textOption: 'Or text SHOUT to 85258 (Shout, free, 24/7).',
    emergencyDigits: '999',
  },
  'en-AU': {
    lineName: 'Lifeline',
    lineDigits: '13 11 14',
    lineHow: 'Call. 24/7.',
    lineSentence: 'Call Lifeline on 13 11 14. 24/7.',
    textOption: 'Or text Lifeline on 0477 13 11 14 (24/7).',
    emergencyDigits: '000',
  },
  'en-IN': {
    lineName: 'Tele MANAS',
    lineDigits: '14416',
    lineHow: 'Call. Toll-free, 24/7. A counsellor may call you back.',
    lineSentence: 'Call Tele MANAS on 14416. Toll-free, 24/7. A counsellor may call you back.',
    emergencyDigits: '112',
  },
};

/** The locale's written contacts, or undefined where Steady knows none. */
export function writtenCrisisContactsFor(locale: string | undefined): WrittenCrisisContacts | undefined {
  return typeof locale === 'string' && Object.hasOwn(WRITTEN_CRISIS_CONTACTS, locale) ? WRITTEN_CRISIS_CONTACTS[locale] : undefined;
}

/**
 * The written words around the numbers. `{number}` stands for the emergency number's digits, or
 * for `anyEmergency` where Steady knows none.
 */
export const WRITTEN_CRISIS_WORDING = {
  title: 'Where to find help now',
  /** Danger now: the first line of the card. */
  emergencyFirst: 'If you are in danger now, call {number}.',
  /** A crisis: the last line of the card, after the line. */
  emergencyAfter: 'If you are in danger, call {number}.',
  /** Above the emergency number on a screen. */
  emergencyLabelFirst: 'If you are in danger now, call',
  emergencyLabelAfter: 'If you are in danger, call',
  anyLine: 'Contact a local crisis line.',
  anyEmergency: 'your local emergency number',
} as const;
