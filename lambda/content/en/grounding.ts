/**
 * What Steady says during grounding with the five senses (5-4-3-2-1), in English. Which version is
 * said on which day, and every pause, is decided in lambda/guidance/grounding.
 */
export const grounding = {
  /** Breathe first: one slow breath before anything is explained. */
  firstBreath: { inhale: 'Breathe in, slowly', exhale: 'And out' },

  introductions: [
    "Now let's come back to the here and now, through your senses. Take your time with each one. There's no need to say anything out loud.",
    "Let's use your senses to come back to this moment, one at a time. Nothing needs to be said out loud.",
    'Now let your senses bring you back to where you are. Go slowly, and keep your answers to yourself.',
    "Let's arrive in this moment through your senses. There's no hurry, and no need to speak.",
  ],

  /** Each sense's ways of asking, one a day: each names the sense and how many things. */
  senses: {
    see: [
      'Look around, and notice five things you can see.',
      'Let your eyes wander, and find five things you can see.',
      'Notice five things you can see around you, one at a time.',
    ],
    feel: [
      'Now notice four things you can feel, like your feet on the floor, or the air on your skin.',
      'Next, four things you can feel: the chair under you, your clothes, the temperature of the air.',
      'Find four things you can feel, like your hands resting, or your back against something.',
    ],
    hear: [
      'Listen for three things you can hear, near or far.',
      'Now listen for three things you can hear, loud or quiet.',
      'Find three things you can hear, close by or in the distance.',
    ],
    smell: [
      "Notice two things you can smell. If nothing comes, that's fine, just breathe in gently.",
      "Find two things you can smell, even faintly. If there's nothing, just notice the air.",
      "See if there are two things you can smell. If none come, that's fine, just breathe gently.",
    ],
    taste: ['And one thing you can taste.', 'And one thing you can taste, even just your mouth.', 'Last, one thing you can taste.'],
  },

  /**
   * Said softly as each next thing is due, from the second on: a count to follow without words, so
   * the quiet for noticing five things is never 25 s of nothing.
   */
  itemCounts: ['Two', 'Three', 'Four', 'Five'],

  finalBreathIntroductions: [
    'To finish, one slow breath together.',
    'And to close, one slow breath with me.',
    'One last slow breath, together.',
  ],

  finalBreath: { inhale: 'Breathe in slowly through your nose', exhale: 'And breathe out, long and slow' },

  /** Grounding's own last words, one a day; the first is the longest, which budgets are planned on. */
  closes: [
    "You're here, right now, and you can come back to your senses whenever you need to.",
    'Your senses are always here to bring you back to this moment.',
    "You've arrived in the here and now. You can come back to it any time.",
    'Whenever your mind races, the things around you can bring you back.',
    'Notice how it feels to be right here, in this room.',
  ],
};
