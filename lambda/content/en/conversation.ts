/**
 * What Steady says around the practices, in English: the choices at launch, help, what it says
 * when it did not understand, goodbyes and the apology when something fails.
 */
export const conversation = {
  launch: {
    choices:
      'I can breathe with you, relax your muscles, ground you, or help you sleep, and help with an anxious thought or time on your own. What would you like?',
    reprompt: 'You can say: help me breathe, box breathing, or help me sleep.',
  },
  help: {
    /** Under 18 seconds spoken with the way to the crisis answer: the main practices, the toolkit in a breath, and the disclaimer (last). */
    lines: [
      'Say: help me breathe, relax, ground me, or help me sleep.',
      "Or: an anxious thought, time on my own, how far I've come, or how I feel.",
      'Not medical advice.',
    ],
    question: 'What would you like?',
    /**
     * Before the disclaimer: Alexa sends its built-in help for "help me, please" said in panic
     * too, and carries none of the words, so the help keeps the one phrase that reaches the
     * crisis answer, as the fallback does.
     */
    safetyWay: "If you're not safe, say: I'm not safe.",
    /**
     * Said in the help only while sessions are in the night voice: the help has no room for it by
     * day (18 s), and by night it is what the listener is about to hear.
     */
    nightLine: 'Sessions are softer now.',
  },
  /** Said when Steady did not understand, and for a yes or no when nothing was asked. */
  notUnderstood: {
    text: "Sorry, I didn't catch that. I can breathe with you, guide a muscle relaxation, ground you, or help you sleep.",
    question: 'Which would you like?',
    /**
     * Alexa's fallback carries no words, so whatever was said cannot be read for danger: a person
     * whose words fell through still hears the one phrase that reaches the crisis answer.
     */
    safetyWay: "And if you're not safe right now, just say: I'm not safe.",
  },
  /** Stop, cancel, home. */
  goodbye: 'Okay. Take care of yourself.',
  /** Every thrown error: a calm sentence, never the device's error tone. */
  apology: "I'm sorry, something went wrong on my side. Take a slow breath with me, in, and out. Then try asking again.",
};
