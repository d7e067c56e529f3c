/** What Steady says back to a named feeling, in English: the feeling first, then what we will do. */
export const feelings = {
  /** How each feeling that gets a session of its own is named before Steady guides. */
  named: {
    panic: 'That sounds really frightening.',
    'cant-breathe': 'Not being able to catch your breath is really frightening.',
    'cant-sleep': "Lying awake like that is exhausting. Let's help your body wind down.",
    stress: "That sounds really stressful. Let's breathe together for a minute.",
    worry: "Worry can take up so much room. Let's breathe together for a minute, slowly.",
    sadness: "I'm sorry you're feeling so low. Let's breathe gently together for a minute.",
    anger: "Anger is a lot to hold. Let's breathe together for a minute, and let some of it settle.",
  },
  /** The attachment feelings, named first; the anxious-thought session for the feeling's theme follows. */
  attachment: {
    lonely: "That sounds really lonely. Let's take a few quiet minutes with that feeling together.",
    rejected: "Feeling rejected really hurts. Let's take a few quiet minutes with that feeling together.",
    abandoned: "Feeling left like that is so painful. Let's take a few quiet minutes with that feeling together.",
    jealous: "Jealousy can feel really uncomfortable. Let's take a few quiet minutes with that feeling together.",
    'partner-worry': "Worrying about someone you love is hard. Let's take a few quiet minutes with that feeling together.",
  },
  /** Said when the words hold nothing Steady can place: short, kind, and never the words back. */
  /** Said first when the words Steady could not place are about the speaker. */
  unknownThanks: 'Thank you for telling me.',
  unknown: "I'm here with you. I can breathe with you, ground you with your senses, or help you wind down.",
  unknownQuestion: 'What would you like?',
};
