/**
 * What Steady says about safety, in English: where to turn in a crisis (each English locale's
 * crisis line and emergency number, said aloud and written down), the crisis and danger answers,
 * and the short grounding breath for someone overwhelmed or who cannot breathe. Steady is not a
 * crisis service; it points to one. Which locale gets which line is decided in code
 * (lambda/guidance/safety); the words are here.
 */

/** How one locale's crisis line and emergency number are said aloud. */
interface SpokenCrisisContacts {
  /** How to reach the line, said as a sentence's middle: "call or text nine eight eight, the …". */
  readonly line: string;
  /** The number alone, said slowly, for "say the number again". */
  readonly lineNumber: string;
  /** The emergency number, as said: "nine one one". */
  readonly emergency: string;
}

/**
 * The same lines written down, for the card in the Alexa app and the large numbers on a screen:
 * digits grouped as each country writes them, so a person can read them later and dial. Numbers
 * from docs/safety-sources.md; check them against the official pages before each release. Alexa
 * cannot place these calls, so nothing here says Steady will.
 */
interface WrittenCrisisContacts {
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

/** Each locale's crisis line and emergency number, as said aloud. */
const spokenContacts: Readonly<Record<string, SpokenCrisisContacts>> = {
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

/** Each locale's crisis line and emergency number, as written. */
const writtenContacts: Readonly<Record<string, WrittenCrisisContacts>> = {
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

export const safety = {
  /** Where to turn, as said aloud, by the locale Alexa reports. */
  spokenContacts,
  /** Said where Steady knows no line for the locale, in a sentence's middle. */
  anyLine: 'contact a local crisis line',
  /** Said where Steady knows no emergency number for the locale. */
  anyEmergency: 'your local emergency number',
  /** The line and the emergency number in one phrase, for the calming sessions and the goodbye. */
  whereHelpIs: (line: string, emergency: string) => `please ${line}, or call ${emergency}`,

  /** The crisis answer: kind words, then the line and the emergency number, slowly, twice. */
  crisis: {
    opening: "I'm really glad you told me, and I'm sorry you're hurting this much.",
    /**
     * Said second, before the line: a person in danger now whose words Steady cannot tell apart
     * from thoughts of suicide still hears the emergency number first.
     */
    dangerCheck: (emergency: string) => `If you are in danger right now, please call ${emergency}.`,
    person: "I can't give you the help a person can, and you deserve that help right now.",
    trusted: 'If you can, reach out to someone you trust and let them know how you feel.',
    /** The offer to say the numbers again, which keeps the session open. */
    offer: 'Would you like me to say the number again? You can say: repeat.',
    reprompt: 'Say repeat, and I will say the number again.',
    /** The line and the emergency number, where Steady knows them. */
    numbers: (line: string, emergency: string) =>
      `Please ${line}. If you are in danger, call ${emergency}, or your local emergency number.`,
    /** The same, where Steady knows neither: the general words. */
    numbersAnywhere: (line: string, emergency: string) => `Please ${line}, or call ${emergency} if you are in danger.`,
    /** The numbers again, alone, after a pause to write them down. */
    again: (lineNumber: string, emergency: string) => `Once more: ${lineNumber}. And in an emergency, ${emergency}.`,
    againAnywhere: (line: string, emergency: string) => `Once more: ${line}, or call ${emergency}.`,
    /** "No", "stop" to the offer: where help is once more, kindly. */
    whenReady: (whereHelpIs: string) => `Okay. When you are ready, ${whereHelpIs}.`,
    notAlone: 'You deserve support, and you do not have to go through this alone.',
  },

  /** The answer to danger now: the emergency number in the first sentence. */
  danger: {
    callNow: (emergency: string) => `Please call ${emergency} now, or ask someone near you to call for you.`,
    takenSomething: (emergency: string) => `If you have taken something or you are hurt, call ${emergency} now, even if you feel okay.`,
    stay: "Your life matters, and I'm so glad you told me. Please put some distance between you and anything you could hurt yourself with.",
  },

  /** Where to turn, as written for the card and the screen, by the locale Alexa reports. */
  writtenContacts,

  /**
   * The short grounding breath for someone overwhelmed, panicking or who cannot breathe. The gentle
   * lines around the breath (startingNow, oneBreathAtATime, feetOnTheFloor, keepGoing) are seven
   * each, one a day, so a week never repeats them; the cues and every emergency and crisis word
   * are the same every day.
   */
  distress: {
    /** Said first, before any breathing, to someone who says they cannot breathe. */
    emergencyFirst: (call: string) =>
      `If you can't get air, have chest pain, or feel faint, ${call}. If this feels like panic, stay with me.`,
    callEmergency: (emergency: string) => `please call ${emergency} now`,
    callEmergencyServices: 'please call emergency services now',
    /** Said first to someone overwhelmed: the first in-breath follows at once. Turned by day and round. */
    startingNow: [
      "I'm here with you.",
      "I'm right here.",
      "I'm with you.",
      "You're not alone. I'm here.",
      "Let's breathe together.",
      "I'm here. We'll go slowly.",
      "I'm here. Follow my voice.",
    ],
    /**
     * After the first breaths, what they are doing, short enough to fit before the next in-breath
     * without breaking the rhythm.
     */
    oneBreathAtATime: [
      "That's it. One breath at a time.",
      "Good. We're slowing it down together.",
      "That's it. Slow and steady.",
      "You're doing it. One breath at a time.",
      'Good. Each breath a little slower.',
      'Good. Take your time on the way out.',
      "You're doing well. Just keep breathing.",
    ],
    /** The breathing cues: the first breath's in full, then short. */
    firstInhaleCue: 'Breathe in through your nose',
    firstExhaleCue: 'And out slowly, through your mouth',
    inhaleCue: 'In',
    exhaleCue: 'Out, slowly',
    feetOnTheFloor: [
      'Feel your feet on the floor, and the weight of your body. You are here, and this feeling will pass.',
      'Notice the ground under you, holding you up. This feeling is strong, and it will pass.',
      'Feel where your body rests against the chair or the bed. Stay with that. This wave will pass.',
      'Let your shoulders drop a little, and feel your hands. Panic rises, and it always falls again.',
      'Press your feet gently into the floor. Notice how solid it is. You are here, right now.',
      'Find one thing you can see, and let your eyes rest on it. This will pass.',
      'Feel the air on your skin, and your hands resting where they are. This moment is passing.',
    ],
    /** After the breaths: where to find more help. */
    reachOut: 'If this feels like too much, talking to a professional or a crisis line can help.',
    reachOutAnywhere: (reachOut: string) => `${reachOut} If you are in danger, please contact a local crisis line or emergency services.`,
    reachOutTo: (reachOut: string, line: string, emergency: string) =>
      `${reachOut} You can ${line}. If you are in danger, call ${emergency}.`,
    /** The last words: there is more if they want it, without keeping them listening. */
    keepGoing: [
      'If you want to keep going, just say: Alexa, ask Steady to breathe with me.',
      "When you're ready for more, say: Alexa, ask Steady to breathe with me.",
      'You can keep breathing like this on your own, or say: Alexa, ask Steady to breathe with me.',
      'To breathe a while longer, say: Alexa, ask Steady to breathe with me.',
      'Any time you want more, say: Alexa, ask Steady to breathe with me.',
      'Stay here as long as you like. For more, say: Alexa, ask Steady to breathe with me.',
      'Whenever you need me, say: Alexa, ask Steady to breathe with me.',
    ],
  },
};
