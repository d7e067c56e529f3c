/** Compassionate self-talk that closes a session, in English, by what the session was for. */
export const compassion = {
  /**
   * Lines for each kind of session (guidance/compassion.ts), at least fourteen each, taken one a
   * day in turn, so a fortnight never repeats.
   */
  lines: {
    everyday: [
      'I can feel uneasy and still be okay.',
      'This feeling is hard, and it will pass.',
      'I can be kind to myself while this passes.',
      'It makes sense that I feel this way.',
      "I'm doing my best, and that's enough for today.",
      'I can take this one breath at a time.',
      "I don't have to fix everything right now.",
      "I've got through hard days before.",
      'I can rest, even with things left undone.',
      "I'm allowed to go slowly.",
      "My feelings are real, and they don't get to decide everything.",
      'I can be a steady place for myself.',
      'Small steps still count.',
      'I can ask for help when I need it.',
      "Right now, in this moment, I'm okay.",
      "I can give myself the care I'd give a friend.",
    ],
    panic: [
      "Panic is frightening, and it passes. It's already passing.",
      "Your body was trying to protect you. It's safe to slow down now.",
      'You got through that moment. That took courage.',
      'Feelings rise and fall like waves. This one is falling.',
      "You don't have to make the feeling go away. Breathing was enough.",
      "It's okay to feel shaky for a while. Go easy on yourself.",
      'Reaching out was the right thing to do.',
      "This feeling has eased before, and it's easing now.",
      'You can be gentle with yourself for the rest of today.',
      'Your heart will settle in its own time.',
      "You stayed with your breath. That's a real skill.",
      'Nothing more is needed from you right now.',
      'Hard moments end. This one is ending.',
      "Lots of people feel this, and it passes for them too. You're not alone in it.",
    ],
    bedtime: [
      "You've done enough for today.",
      'Whatever happened today, you can set it down now.',
      'Tomorrow can wait until tomorrow.',
      "You're safe to rest now.",
      "There's nothing left to do tonight.",
      "You did your best today, and that's enough.",
      "Sleep comes in its own time, and that's fine.",
      'The day is over, and you can let it go.',
      'Your body knows how to rest.',
      'You can be gentle with yourself tonight.',
      'Lying here quietly is rest, even before sleep comes.',
      'Any worries can wait for the morning.',
      "You're allowed to rest, just as you are.",
      'Let tonight be easy.',
    ],
    attachment: [
      "My worth doesn't depend on how quickly anyone replies.",
      "I can feel close to people even when we're apart.",
      'I can wait for an answer and still be okay.',
      "A quiet phone doesn't mean I'm not cared for.",
      "I'm allowed to need people, and I'm allowed to rest.",
      'I can look after myself while I wait.',
      'Time apart can be safe, for both of us.',
      'I can feel unsettled and still trust the people I love.',
      'I deserve kindness, from others and from me.',
      'I can ask for what I need, calmly and clearly.',
      'I can stay with this feeling without acting on it.',
      "Being apart doesn't mean being left.",
      "I'm worth caring about, just as I am.",
      'I can be a steady place for myself while I wait to hear back.',
    ],
  },
  /**
   * What introduces the line as the user's own words, changing with the line; panic and bedtime
   * lines ask for nothing. No introduction is longer than the first, which the reply budgets are
   * planned on. Each ends where the line begins.
   */
  introductions: {
    everyday: [
      'If it helps, say to yourself: ',
      'You could tell yourself: ',
      'Some words to keep: ',
      'Try saying, quietly: ',
      'You might remind yourself: ',
    ],
    attachment: [
      'If it helps, say to yourself: ',
      'You could tell yourself: ',
      'Some words to keep: ',
      'Try saying, quietly: ',
      'You might remind yourself: ',
    ],
    panic: [''],
    bedtime: [''],
  },
};
