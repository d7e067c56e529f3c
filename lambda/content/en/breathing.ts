/** What Steady says about breathing, in English. */

/** The parts of a breath a cue can start. */
type Phase = 'inhale' | 'topUp' | 'hold' | 'exhale' | 'holdEmpty';

interface TechniqueWords {
  /**
   * Short sentences said the first time the technique is used in a conversation, one on each
   * breath after the first, inside the breath's longest phase right after its cue; each must fit
   * that phase after its one-word cue and take at most 1.8 s to say (a few words: a longer line
   * would move the next cue by more than a voice's own pace can be trusted with). The first is
   * the same every day (it names the technique or its first step); the second is one a day, none
   * longer to say than the first of its list.
   */
  readonly introduction: { readonly first: string; readonly second: readonly string[] };
  /** This technique's own full wordings of a cue, one a day, in place of the general ones. */
  readonly cues?: Partial<Record<Phase, readonly string[]>>;
}

const techniques: Readonly<Record<'calm' | 'box' | '478' | 'resonance' | 'sigh' | 'belly', TechniqueWords>> = {
  calm: {
    introduction: {
      first: "That's calm breathing.",
      second: [
        'Out slowly calms you.',
        'Longer out than in.',
        'Breathe out slowly.',
        'Slow breaths soothe.',
        'Slow out, slow down.',
        'Let it out slowly.',
        'Ease out slowly.',
      ],
    },
  },
  box: {
    introduction: {
      first: 'That is box breathing.',
      second: [
        'Four even sides.',
        'All sides equal.',
        'Like a square.',
        'Trace a square.',
        'Square and even.',
        'Each side equal.',
        'Even all round.',
      ],
    },
  },
  '478': {
    introduction: {
      first: "That's four seven eight.",
      second: [
        'Never force the hold.',
        'Short holds are fine.',
        'No need to strain.',
        'Hold without strain.',
        'Keep the hold easy.',
        'Gentle is fine.',
        'Ease off if needed.',
      ],
    },
    cues: {
      exhale: [
        'Out through your mouth, slowly',
        'Out through your mouth',
        'Slowly out through your mouth',
        'Breathe out through your mouth',
        'Whoosh out through your mouth',
        'Out through your mouth, gently',
        'Empty out through your mouth',
      ],
    },
  },
  resonance: {
    introduction: {
      first: 'Resonance breathing.',
      second: [
        'Smooth, never pausing.',
        'Like a slow wave.',
        'Smooth and even.',
        'Slow and steady.',
        'One breath flows on.',
        'No holding.',
        'Like the tide.',
      ],
    },
  },
  sigh: {
    introduction: {
      first: "That's the cyclic sigh.",
      second: [
        'Sip more, then sigh.',
        'Top up, then sigh.',
        'Two sips, one sigh.',
        'Fill up, then sigh.',
        'Sip in, sigh out.',
        'A long sigh out.',
        'Sigh it all out.',
      ],
    },
  },
  belly: {
    introduction: {
      first: 'Hand on your belly.',
      second: [
        'Breathe into your hand.',
        'Let your belly fill.',
        'Feel your hand rise.',
        'Your belly rises.',
        'Your hand lifts.',
        'Let your chest rest.',
        'Let your belly swell.',
      ],
    },
    cues: {
      inhale: [
        'Breathe in, belly rising',
        'In to your belly',
        'Breathe in, belly full',
        'In, your belly lifting',
        'Breathe in low and slow',
        'In, belly filling',
        'In, belly rising',
      ],
      exhale: [
        'Breathe out, belly falling',
        'Out, belly softening',
        'Breathe out, belly soft',
        'Out, your belly falling',
        'Breathe out, let it sink',
        'And out, belly empty',
        'Out, belly settling',
      ],
    },
  },
};

const cues = {
  /**
   * The fullest wording of each action, one a day: said on the second breath and the last, where
   * it leaves 40% of the phase quiet. Whether it fits is judged on the first, and no day's wording
   * is longer to say, so every day steps down to the plain cue alike. Every one names its action,
   * and an in-breath always begins with "Breathe in" or "In".
   */
  full: {
    inhale: [
      'Breathe in through your nose',
      'In through your nose',
      'Breathe in softly',
      'Breathe in nice and slow',
      'In, smooth and slow',
      'Breathe in calmly',
      'In, filling up',
    ],
    topUp: ['And a little more', 'A little more', 'Just a bit more', 'A sip more', 'And a bit more', 'One sip more', 'A touch more'],
    hold: ['Hold, gently', 'Hold there', 'Hold softly', 'And hold', 'Hold here', 'Hold, easy', 'Now hold'],
    exhale: [
      'And breathe out slowly',
      'Out through your mouth',
      'Out, long and slow',
      'Breathe it all out',
      'Breathe out softly',
      'Out, all the way',
      'Slowly let it out',
    ],
    holdEmpty: ['Rest, empty', 'Rest here', 'And rest', 'Rest, quiet', 'Rest now', 'Rest, still', 'Now rest'],
  } as Readonly<Record<Phase, readonly string[]>>,
  /**
   * The plain wording, the same every day: where the full one would not fit, as the voice comes
   * back for the last breaths, and first in a counted phase ("Breathe in, two, three, four").
   */
  plain: {
    inhale: 'Breathe in',
    topUp: 'More',
    hold: 'Hold',
    exhale: 'Breathe out',
    holdEmpty: 'Rest',
  } as Readonly<Record<Phase, string>>,
  /** One word for each action: what the short and in-breath stages say. */
  oneWord: {
    inhale: 'In',
    topUp: 'More',
    hold: 'Hold',
    exhale: 'Out',
    holdEmpty: 'Rest',
  } as Readonly<Record<Phase, string>>,
  /** The numbers counted aloud through a phase, one a second; the first is the action instead. */
  numbers: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'] as readonly string[],
  /**
   * Comfort phrases, said a moment after "out" on a long breath out: never instead of it. They
   * turn by breath and by day.
   */
  comfort: [
    'Let your shoulders drop.',
    'Soften your jaw.',
    'Let it all go.',
    'Nice and slow.',
    'Let your hands go soft.',
    'Loosen your neck.',
    'Let your face soften.',
  ] as readonly string[],
  /**
   * A gentle word in a quiet stretch, on the in-breath: a session says the day's and the next in
   * turn; every one names the action.
   */
  checkIns: [
    "That's it. Breathe in",
    'Gently. Breathe in',
    'Stay with it. Breathe in',
    'Good. Breathe in',
    'Easy. Breathe in',
    'Softly. Breathe in',
    'Keep going. Breathe in',
  ] as readonly string[],
  /** The breath out after a check-in, one a day. */
  checkInOuts: ['And out', 'Then out', 'Out again', 'Now out', 'And out, slowly', 'Out, easy', 'Out, softly'] as readonly string[],
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
