/** What Steady says in its short guide to an "I" statement, in English. */
export const iStatement = {
  /** What an "I" statement is, one version a day; the first is the guide's own. */
  introductions: [
    "An 'I' statement says what you feel without blame, so the other person can hear it. It has three parts.",
    "An 'I' statement lets you say what you feel without blaming anyone, so it's easier to hear. There are three parts.",
    "Speaking from 'I' keeps blame out of it, so the other person can listen. It comes in three parts.",
  ],
  /** Its three parts. */
  shape: "I feel, then the feeling. When, then what happens. And I'd like, then what would help.",
  /** Examples in the guide's spirit, two a day, the first pair the guide's own; each follows `shape`. */
  examples: [
    "I feel unsettled when we're apart for a long time, and I'd like us to find a way to stay connected that respects both our needs.",
    "I feel hurt when plans change at the last minute, and I'd like a quick message when that happens.",
    "I feel lonely when the evening goes by without us talking, and I'd like ten minutes together before bed.",
    "I feel anxious when I don't know when you'll be home, and I'd like a rough time, even if it changes.",
  ],
  /** The day's first example, introduced as such. */
  firstExample: (example: string) => `For example: ${example}`,
  /** The day's second example. */
  secondExample: (example: string) => `Or: ${example}`,
  tips: [
    'Keep it short, speak about yourself, and leave room for their answer.',
    'Keep it brief, stay with your own feelings, and give them space to reply.',
    'Short is best. Talk about you, not them, and then listen.',
  ],
  breathIntroductions: [
    'Before you talk, one calm breath: in for 4, hold for 4, out for 6.',
    'Before you speak, one steady breath: in for 4, hold for 4, out for 6.',
    'First, one calm breath together: in for 4, hold for 4, out for 6.',
  ],
  /** The cues of the one 4-4-6 breath. */
  breath: { inhale: 'Breathe in', hold: 'Hold', exhale: 'And out, slowly' },
  /** Its own last words, one a day; the first is the longest. */
  closes: [
    "You know what you feel and what you'd like. Go gently, and give yourself credit for speaking up.",
    'Speaking up kindly is a skill, and you just practised it.',
    "Say it in your own words. It doesn't have to be perfect to be heard.",
    'Whatever the answer, saying what you feel is a kindness to you both.',
    'Go gently. You can always take a breath before you begin.',
  ],
};
