/**
 * What Steady says during the bedtime wind-down, in English. Each part has several versions, one a
 * night; which night takes which, and the quiet after every line, is decided in
 * lambda/guidance/bedtime. Nothing here asks anything of the listener: it is all said to be let be.
 * Its gentle muscle relaxation says relaxation's words.
 */
export const bedtime = {
  /** Breathe first: the first in-breath comes right after the bell. */
  firstBreath: { inhale: 'Breathe in, slowly', exhale: 'And let it go' },

  settling: [
    ["Let's get ready for sleep. Let the bed hold your weight.", "You don't need to answer me, or do anything at all."],
    ['Time to rest now. Let the pillow take the weight of your head.', 'There is nothing you need to do. Just listen, or drift.'],
    ['The day is done. Let yourself sink into the mattress.', 'No need to follow every word. Let them wash over you.'],
  ],

  breathingIntroductions: [
    'Each breath out can be a little longer than the breath in.',
    'The breath slows now, the breath out growing longer.',
    'Let the breath slow down, with a long, easy breath out.',
  ],

  /**
   * The cues of the lengthening breaths, stage by stage (in 4 out 6, then out 7, then out 8): the
   * first breath of a stage says its rhythm; later breaths say the short cue, or nothing.
   */
  breathStages: [
    { firstInhale: 'Breathe in gently through your nose', firstExhale: 'And out, slowly, for six', inhale: 'In', exhale: 'Out' },
    { firstInhale: 'Breathe in for four', firstExhale: 'And out for seven, a little longer', inhale: 'In' },
    { firstInhale: 'In for four', firstExhale: 'And out for eight, slow and long' },
  ] as readonly { readonly firstInhale: string; readonly firstExhale: string; readonly inhale?: string; readonly exhale?: string }[],

  afterBreathing: [
    'Now the breath can find its own easy rhythm.',
    'Let the breath go its own way now.',
    'The breath can look after itself now.',
  ],

  relaxingIntroduction:
    'Next, a gentle softening of the body. When I say now, tense each part only a little. Never tense anything that is painful or injured; just let it rest.',

  /** A place to rest the mind in: three versions. */
  imagery: [
    [
      'Picture a quiet shore at dusk, if you like.',
      'Small waves come in, and slide back out, as slow as your breath.',
      'The sand is still warm from the day.',
    ],
    [
      'Picture a path through a still forest, if you like.',
      'The light is soft and green, and the air smells of rain.',
      'Each step is slow and easy, with nowhere to get to.',
    ],
    [
      'Picture a wide night sky, if you like.',
      'The stars come out, one by one, in no hurry at all.',
      'The sky is big enough to hold everything.',
    ],
  ],

  /** The body scan's path: up from the feet, down from the head, or out from the breath. */
  bodyScans: [
    [
      'Now let your attention rest on your feet. Notice whatever you find.',
      'Then your legs, resting on the bed.',
      'Your belly, rising and falling.',
      'Your shoulders, your arms, your hands.',
      'And your face, soft and loose.',
    ],
    [
      'Now let your attention rest on your forehead. Notice whatever is there.',
      'Your eyes and your jaw.',
      'Your neck, and your shoulders.',
      'Your chest, and the slow breath in it.',
      'And down through your legs, to your feet.',
    ],
    [
      'Now let your attention rest on the breath, wherever you feel it.',
      'Let it spread out to your arms, and your hands.',
      'Out to your legs, and your feet.',
      'Up to your face, and the top of your head.',
      'Your whole body, resting.',
    ],
  ],

  drifting: [
    ['There is nothing to do now, and nowhere to be.', 'If thoughts come, let them drift by like clouds.'],
    ['Nothing needs your attention now.', 'Thoughts can come and go, like boats on a slow river.'],
    ['Everything can wait until morning.', 'If your mind wanders, that is fine. Let it wander.'],
  ],

  sleepyCloses: ['Let yourself drift, deeper and deeper, into sleep.', 'Let sleep come, in its own time.', 'Sink, slowly, into rest.'],

  goodnights: ['Sleep well.', 'Goodnight.', 'Rest well.'],
};
