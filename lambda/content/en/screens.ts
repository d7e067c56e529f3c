/** What Steady shows on screens, in English: the word under the breathing circle, and the crisis numbers in writing. */

export const screens = {
  /** The word under the breathing circle, by the phase the Timeline marks. */
  phaseWords: {
    inhale: 'Breathe in',
    topUp: 'A little more',
    hold: 'Hold',
    exhale: 'Breathe out',
    holdEmpty: 'Rest',
    settle: 'Settle in',
    'settle-in': 'Get comfortable',
    'count-back': 'Come back gently',
    guide: 'Breathe easy',
    instruct: 'Get ready',
    tense: 'Tense gently',
    release: 'Release',
    drift: 'Let go',
    close: 'Drift off',
    goodnight: 'Goodnight',
  },
  /** Any phase without a word of its own. */
  resting: 'Rest',
  /** While the words before the first marked phase are said. */
  opening: 'Get comfortable',
  /** Whatever is said after the last marked phase: a body check, the closing lines. */
  closing: 'Notice how you feel',

  /**
   * The written words around the crisis numbers, on the Alexa app's card and on a screen.
   * `number` is the emergency number's digits, or `anyEmergency` where Steady knows none.
   */
  crisis: {
    title: 'Where to find help now',
    /** Danger now: the first line of the card. */
    emergencyFirst: (number: string) => `If you are in danger now, call ${number}.`,
    /** A crisis: the last line of the card, after the line. */
    emergencyAfter: (number: string) => `If you are in danger, call ${number}.`,
    /** Above the emergency number on a screen. */
    emergencyLabelFirst: 'If you are in danger now, call',
    emergencyLabelAfter: 'If you are in danger, call',
    anyLine: 'Contact a local crisis line.',
    anyEmergency: 'your local emergency number',
  },
};
