/** What every session says around its practice, in English: closes, what next, lengths. */
export const sessions = {
  /**
   * Warm, short closes for breathing: one a day, each technique on its own turn of the list (so two
   * techniques the same day seldom close alike), and the next one on each further round.
   */
  closes: [
    'You can come back to this breath whenever you need it.',
    'Nicely done. Notice how you feel now, and take a little of this calm with you.',
    "That's it. Your breath is always here, whenever you need it.",
    'Good. Take a moment before you move on.',
    "Well done. That's a little more calm for your day.",
    'Lovely. Let the rest of your day go at this gentler pace.',
    'Thank you for giving yourself this time.',
  ] as readonly string[],

  /** Asked after a session only when the user opened Steady to choose; it changes round by round. */
  whatNext: [
    'Would you like another round, or something different?',
    'Another round, or something else?',
    'Shall we go again, or try something different?',
  ] as readonly string[],
  whatNextReprompt: 'You can say another round, box breathing, or stop.',

  /** Minutes said as Alexa reads them best: "1 minute", "20 minutes". */
  minutes: (minutes: number): string => (minutes === 1 ? '1 minute' : `${minutes} minutes`),

  /** How each practice is named in speech, by its id. */
  techniqueNames: {
    calm: 'calm breathing',
    box: 'box breathing',
    '478': 'four seven eight breathing',
    resonance: 'resonance breathing',
    sigh: 'the cyclic sigh',
    belly: 'belly breathing',
    pmr: 'muscle relaxation',
    grounding: 'grounding',
    bedtime: 'the bedtime wind-down',
  } as Readonly<Record<string, string>>,
};
