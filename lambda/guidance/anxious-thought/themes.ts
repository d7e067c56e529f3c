/**
 * An anxious thought, by the guide's themes of attachment worry. Each theme names the feeling
 * without asking the person to say the thought, and offers several balanced reframes and small
 * kind actions, so the session changes from day to day. Plain sentences: the renderer escapes them.
 */

export const ANXIOUS_THEMES = ['left', 'rejection', 'waiting', 'disagreement', 'not-enough'] as const;
export type AnxiousTheme = (typeof ANXIOUS_THEMES)[number];

export function isAnxiousTheme(value: unknown): value is AnxiousTheme {
  return typeof value === 'string' && (ANXIOUS_THEMES as readonly string[]).includes(value);
}

export interface ThemeContent {
  /** Acknowledges the feeling and gives it a name. */
  readonly acknowledge: string;
  readonly reframes: readonly string[];
  readonly actions: readonly string[];
}

/** When no theme was named: the same shape, in general words. */
export const GENERAL_CONTENT: ThemeContent = {
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
};

export const THEME_CONTENT: Readonly<Record<AnxiousTheme, ThemeContent>> = {
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
};
