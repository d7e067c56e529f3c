/**
 * What Steady says in the session for an anxious thought, in English: the steps of the session in
 * versions that turn day by day, and for each theme of attachment worry (and for none) the words
 * that name the feeling, the balanced reframes and the small kind actions. Plain sentences: the
 * renderer escapes them.
 */

export const anxiousThought = {
  /**
   * Noticing the thought as a thought, one version a day. Each says out loud that nothing has to
   * be said out loud (true whether or not the person named a thought), and the words to put
   * before the thought end on the thought itself, so the line never sounds cut off.
   */
  noticeTheThought: [
    "There's no need to say anything out loud. Just notice the thought, and in your mind, put a few words before it: I'm having the thought that, and then the thought itself.",
    "Nothing needs to be said out loud. Notice the thought, and quietly begin it with: I'm noticing the thought that, followed by the thought.",
    'You can keep it all to yourself; nothing needs saying out loud. Let the thought come, and frame it in your mind as: my mind is telling me that, and then the thought.',
    "There's no need to put it into words out loud. Just notice the thought, and give it a label in your mind: I'm having the thought that, and then let the thought finish.",
  ],
  thoughtAsEvent: [
    "A thought is something happening in your mind, like a car going past. It isn't a fact, and you don't have to follow it.",
    'A thought is an event in your mind, like a cloud crossing the sky. It can pass without you chasing it.',
    'Thoughts come and go, like voices in the next room. You can hear one without doing what it says.',
    "A thought is a bit like weather: it arrives, and it moves on. It isn't the same as what's true.",
    "Your mind makes thoughts all day, like a radio left on. You don't have to turn up the volume on this one.",
  ],
  breathIntroductions: [
    'Now, one slow breath together: in for 4, hold for 4, and out for 6.',
    'Let’s take one slow breath together: in for 4, hold for 4, out for 6.',
    'One slow breath with me: in for 4, hold for 4, and a long 6 out.',
  ],
  /** The cues of the one 4-4-6 breath. */
  breath: { inhale: 'Breathe in', hold: 'Hold', exhale: 'And out, slowly' },
  /** What leads into the kinder answer and into its echo, one pair a day. */
  reframeLeads: [
    { lead: 'Here is a kinder way to answer that thought.', echo: 'Say it again in your mind, slowly.' },
    { lead: 'Try answering the thought this way.', echo: 'Let those words sound again, slowly, in your mind.' },
    { lead: 'Here is another way to see it.', echo: 'Say it to yourself once more, gently.' },
    { lead: 'A kinder answer might be this.', echo: 'Let it settle, and say it again in your mind.' },
    { lead: 'You could answer the thought like this.', echo: 'Repeat it quietly, in your own time.' },
    { lead: 'Here are some steadier words.', echo: 'Say them once more, slowly, to yourself.' },
  ],
  smallAction: (action: string) => `And one small, kind thing you could do next: ${action}.`,
  /** The session's own last words, one a day; the first is the longest, which budgets are planned on. */
  closes: [
    'You noticed a thought, breathed with it, and answered it kindly. That is real work, and it was yours.',
    'You gave that thought some room, and some kindness. That takes practice, and you did it.',
    'Thoughts like this may come back. Now you know a gentle way to meet them.',
    'You slowed down, and answered a worry with care. That counts.',
    'You stayed with a hard thought without letting it lead. Be proud of that.',
  ],
  /**
   * When no theme was named. For it and for each theme, `acknowledge` names the feeling without
   * asking for the thought to be said, and each action finishes `smallAction`'s sentence.
   */
  general: {
    acknowledge:
      "An anxious thought has come up, and it has brought a wave of worry with it. Let's call it what it is: anxiety. It's uncomfortable, and it makes sense that it's here.",
    reframes: [
      'I can tolerate discomfort while I seek supportive connections.',
      'A worried thought is a guess about what might happen, not news about what will.',
      "I've felt this before and come through it. I can come through it again.",
      'I can take this feeling seriously without taking the thought as true.',
    ],
    actions: [
      'send a short, friendly message to someone you trust',
      'make yourself a warm drink and hold the cup in both hands',
      'step outside for one minute and feel the air on your face',
    ],
  },
  /** By the guide's themes of attachment worry (guidance/anxious-thought/themes.ts). */
  themes: {
    left: {
      acknowledge:
        "A fear of being left has come up. That's one of the most painful feelings there is, and it makes sense that it feels so strong. Let's name it gently: fear of being left.",
      reframes: [
        'I can tolerate discomfort while I seek supportive connections.',
        'Feeling afraid of losing someone shows how much I care. It is not a sign that I will be left.',
        'Even when I feel alone, there are people I can reach out to.',
        'If a relationship ever changed, I would still have myself, and I would still be worth caring for.',
      ],
      actions: [
        'send a short, warm message to a friend, about anything at all',
        'make yourself a warm drink and sit with it for a few minutes',
        'put a hand on your chest and say one kind sentence to yourself',
        'step outside for one minute and notice three things around you',
      ],
    },
    rejection: {
      acknowledge:
        "A feeling of rejection has come up. It can hurt like a real wound, and it makes sense that it stings. Let's name it gently: feeling rejected.",
      reframes: [
        "One moment of feeling turned away doesn't decide my worth.",
        "Other people's moods and choices are often about their own day, not about me.",
        'I can feel hurt and still treat myself with respect.',
        'I am worth kindness, including my own.',
      ],
      actions: [
        'write down one thing you did well today',
        'message someone who usually makes you smile',
        'make a warm drink and take the first sip slowly',
      ],
    },
    waiting: {
      acknowledge:
        "Waiting for a reply has stirred up worry. Silence can feel loud when you care about someone. Let's name it gently: the worry of waiting.",
      reframes: [
        'A slow reply usually means someone is busy, not that something is wrong.',
        'My worth does not depend on how quickly anyone replies.',
        "I don't have to solve this silence right now. I can wait and still look after myself.",
        'The story my mind is telling is only one of many possible stories.',
      ],
      actions: [
        'put your phone in another room for ten minutes',
        'step outside for one minute and feel your feet on the ground',
        'do one small task you have been putting off, and let the waiting happen in the background',
      ],
    },
    disagreement: {
      acknowledge:
        "A disagreement has left you unsettled. After conflict, it's natural to feel shaken and to worry about what it means. Let's name it gently: unease after a disagreement.",
      reframes: [
        'Disagreeing is part of being close. It does not mean the relationship is ending.',
        'Two people can see things differently and still care for each other.',
        'I can let this cool down before deciding what it means.',
        'I can repair things calmly, in my own time, when I feel steadier.',
      ],
      actions: [
        'drink a glass of water slowly',
        'take a short walk, even just around the room',
        'note one thing you would like to say, calmly, when you talk again',
      ],
    },
    'not-enough': {
      acknowledge:
        "A feeling of not being good enough has come up. That feeling is heavy, and many people carry it. Let's name it gently: the feeling of not being enough.",
      reframes: [
        'I am doing my best, and my best is enough for today.',
        'I have handled hard moments before. That is a strength, not luck.',
        "My worth doesn't have to be earned again every day.",
        "I don't need anyone's reassurance to know I matter.",
      ],
      actions: [
        'remember one time you got through something hard, and say it to yourself',
        'make yourself a warm drink, the way you would for a friend',
        'send a kind message to someone, and notice that you are someone who is kind',
      ],
    },
  },
};
