/** What Steady says about breathing, in English. */

/** The parts of a breath a cue can start. */
type Phase = 'inhale' | 'topUp' | 'hold' | 'exhale' | 'holdEmpty';

interface TechniqueWords {
  /**
   * Short sentences said the first time the technique is used in a conversation, one on each
   * breath after the first, inside the breath's longest phase right after its cue. Each must fit
   * that phase after its one-word cue.
   */
  readonly introduction: readonly string[];
  /** Cue wording particular to this technique, richest first; the general cues follow. */
  readonly cues?: Partial<Record<Phase, readonly string[]>>;
}

const techniques: Readonly<Record<'calm' | 'box' | '478' | 'resonance' | 'sigh' | 'belly', TechniqueWords>> = {
  calm: {
    introduction: ["That's the rhythm: in four, hold four, out six.", "A long breath out tells your body it's safe."],
  },
  box: {
    introduction: ['That is box breathing.', 'Four sides, like a square.'],
  },
  '478': {
    introduction: [
      "That's four seven eight: in through your nose, out through your mouth.",
      'If the hold feels like too much, just breathe gently.',
    ],
    cues: { exhale: ['Out through your mouth, slowly', 'Breathe out', 'Out'] },
  },
  resonance: {
    introduction: ["That's resonance breathing.", 'A smooth, even wave, no holding.'],
  },
  sigh: {
    introduction: ["That's the cyclic sigh.", 'In, a little sip more, then a long breath out.'],
    cues: { inhale: ['Breathe in through your nose', 'Breathe in', 'In'] },
  },
  belly: {
    introduction: ['If you like, rest a hand on your belly.', 'Feel it rise and fall with your breath.'],
    cues: {
      inhale: ['Breathe in, belly rising', 'Breathe in'],
      exhale: ['Breathe out, belly falling', 'Breathe out'],
    },
  },
};

const cues = {
  /** The richest wording first; the general cues where a technique has none of its own. */
  general: {
    inhale: ['Breathe in through your nose', 'Breathe in'],
    topUp: ['And a little more', 'More'],
    hold: ['Hold, gently', 'Hold'],
    exhale: ['And breathe out slowly', 'Breathe out'],
    holdEmpty: ['Rest, empty', 'Rest'],
  } as Readonly<Record<Phase, readonly string[]>>,
  /** One word for each action: what the short and in-breath stages say. */
  oneWord: {
    inhale: 'In',
    topUp: 'More',
    hold: 'Hold',
    exhale: 'Out',
    holdEmpty: 'Rest',
  } as Readonly<Record<Phase, string>>,
  /** What the first word of a counted phase is: the action, then the numbers. */
  countLead: {
    inhale: 'Breathe in',
    topUp: 'More',
    hold: 'Hold',
    exhale: 'Breathe out',
    holdEmpty: 'Rest',
  } as Readonly<Record<Phase, string>>,
  /** The numbers counted aloud through a phase, one a second; the first is the action instead. */
  numbers: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'] as readonly string[],
  /** Comfort phrases, said a moment after "out" on a long breath out: never instead of it. */
  comfort: [
    'Let your shoulders drop.',
    'Soften your jaw.',
    'Let it all go.',
    'Nice and slow.',
    'Let your hands go soft.',
  ] as readonly string[],
  /** A gentle word in a quiet stretch, on the in-breath; every one names the action. */
  checkIns: ["That's it. Breathe in", 'Gently. Breathe in', 'Stay with it. Breathe in'] as readonly string[],
  /** The breath out after a check-in. */
  checkInOut: 'And out',
};

/**
 * The body check after calm and belly breathing, one version a day; none is longer than the
 * first, which the session's length is planned on, and every one turns to "your body".
 */
const bodyChecks: readonly string[] = [
  'Now let your breath find its own pace, and check in with your body. Notice your shoulders, your jaw, your hands. Wherever you find tension, let it soften a little.',
  'Let your breath go its own way, and notice your body. Your forehead, your neck, your belly. Where something is tight, let it loosen.',
  'Breathe however feels easy, and take a look through your body. Your face, your chest, your hands. Let any tightness ease.',
  'Let the breath settle by itself, and notice how your body is sitting. Your feet, your back, your shoulders. Let them be heavy.',
  'Stop counting, and simply breathe. Notice where your body touches the chair or the floor, and let it be held.',
  'Breathe at your own pace, and check your body. Is there tension in your hands, your brow, your stomach? Let it melt a little.',
  'Let each breath find its own length. Scan your body from head to toe, and soften whatever is holding on.',
];

/** Said before the first breath: what was asked for that Steady does differently, and why. */
const notices = {
  /** A technique Steady does not know, said back, and the one it guides instead. */
  unknownTechnique: (spoken: string, instead: string): string => `I don't know ${spoken} yet, so let's do ${instead}.`,
  /** Said back in place of a technique's name that cannot be echoed. */
  unknownTechniqueName: 'that one',
  /** A long session spoken by voice because its audio failed last time, for about this long. */
  audioFailed: (about: string): string => `The audio didn't play last time, so I'll guide this one by voice, for about ${about}.`,
  /** A long session shortened to what one reply can speak. */
  oneReply: (about: string): string => `That's longer than I can speak in one go, so we'll breathe for about ${about}.`,
  breathsNotCaught: (breaths: number): string => `I didn't catch how many breaths, so we'll do ${breaths}.`,
  atLeastOneBreath: "Let's do at least one breath together.",
  /** A technique kept to its own ceiling of breaths; `name` starts the sentence. */
  bestKeptTo: (name: string, breaths: string, ceiling: number): string => `${name} is best kept to ${breaths}, so we'll do ${ceiling}.`,
  tooManyBreaths: (ceiling: number): string => `That's more breaths than I can guide in one go, so we'll do ${ceiling}.`,
  lengthNotCaught: (breaths: string): string => `I didn't catch how long, so we'll do ${breaths}.`,
  shortest: (length: string): string => `The shortest session I guide is ${length}, so we'll do that.`,
};

export const breathing = {
  techniques,
  cues,
  bodyChecks,
  notices,
  /** A number of breaths as said in a sentence: "one breath", "6 breaths". */
  breaths: (n: number): string => (n === 1 ? 'one breath' : `${n} breaths`),
};
