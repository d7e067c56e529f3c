/**
 * The bedtime wind-down's words and rhythms, as data. Durations are in milliseconds. Each part
 * has several versions; `nightPlan` chooses one of each so that no two nights of a week sound
 * the same. Nothing here asks anything of the listener: it is all said to be let be.
 */
import type { BreathStage } from '../grounding/slow-breath';

/** A line and the quiet after it. */
export interface QuietLine {
  readonly text: string;
  readonly thenMs: number;
}

/** Breathe first: the first in-breath comes right after the bell. */
export const FIRST_BREATH: BreathStage = {
  inhaleMs: 4000,
  exhaleMs: 6000,
  breaths: 1,
  firstInhaleCue: 'Breathe in, slowly',
  firstExhaleCue: 'And let it go',
};

export const SETTLING: readonly (readonly QuietLine[])[] = [
  [
    { text: "Let's get ready for sleep. Let the bed hold your weight.", thenMs: 3000 },
    { text: "You don't need to answer me, or do anything at all.", thenMs: 3000 },
  ],
  [
    { text: 'Time to rest now. Let the pillow take the weight of your head.', thenMs: 3000 },
    { text: 'There is nothing you need to do. Just listen, or drift.', thenMs: 3000 },
  ],
  [
    { text: 'The day is done. Let yourself sink into the mattress.', thenMs: 3000 },
    { text: 'No need to follow every word. Let them wash over you.', thenMs: 3000 },
  ],
];

export const BREATHING_INTRODUCTIONS: readonly string[] = [
  'Each breath out can be a little longer than the breath in.',
  'The breath slows now, the breath out growing longer.',
  'Let the breath slow down, with a long, easy breath out.',
];

/** Exhale-weighted breathing that lengthens: in 4 out 6, then out 7, then out 8. */
export const BREATH_STAGES: readonly BreathStage[] = [
  {
    inhaleMs: 4000,
    exhaleMs: 6000,
    breaths: 3,
    firstInhaleCue: 'Breathe in gently through your nose',
    firstExhaleCue: 'And out, slowly, for six',
    inhaleCue: 'In',
    exhaleCue: 'Out',
  },
  {
    inhaleMs: 4000,
    exhaleMs: 7000,
    breaths: 3,
    firstInhaleCue: 'Breathe in for four',
    firstExhaleCue: 'And out for seven, a little longer',
    inhaleCue: 'In',
  },
  {
    inhaleMs: 4000,
    exhaleMs: 8000,
    breaths: 2,
    firstInhaleCue: 'In for four',
    firstExhaleCue: 'And out for eight, slow and long',
  },
];

export const AFTER_BREATHING: readonly string[] = [
  'Now the breath can find its own easy rhythm.',
  'Let the breath go its own way now.',
  'The breath can look after itself now.',
];

export const RELAXING_INTRODUCTION =
  'Next, a gentle softening of the body. When I say now, tense each part only a little. Never tense anything that is painful or injured; just let it rest.';

/**
 * Releases of 30-40 s after Bernstein and Borkovec, heard after "and… relax"; two calm phrases
 * each, so no quiet in them reaches 20 s. The imagery and body scan pauses gave up a second a
 * line for them, the drifting lines two, so the wind-down still fits one reply.
 */
export const RELAXING_PACING = { tenseMs: 6000, releaseMs: 35_000, calmPhrasesPerRelease: 2 } as const;

/** A place to rest the mind in: three versions. */
export const IMAGERY: readonly (readonly QuietLine[])[] = [
  [
    { text: 'Picture a quiet shore at dusk, if you like.', thenMs: 6000 },
    { text: 'Small waves come in, and slide back out, as slow as your breath.', thenMs: 8000 },
    { text: 'The sand is still warm from the day.', thenMs: 8000 },
  ],
  [
    { text: 'Picture a path through a still forest, if you like.', thenMs: 6000 },
    { text: 'The light is soft and green, and the air smells of rain.', thenMs: 8000 },
    { text: 'Each step is slow and easy, with nowhere to get to.', thenMs: 8000 },
  ],
  [
    { text: 'Picture a wide night sky, if you like.', thenMs: 6000 },
    { text: 'The stars come out, one by one, in no hurry at all.', thenMs: 8000 },
    { text: 'The sky is big enough to hold everything.', thenMs: 8000 },
  ],
];

/** The body scan's path: up from the feet, down from the head, or out from the breath. */
export const BODY_SCANS: readonly (readonly QuietLine[])[] = [
  [
    { text: 'Now let your attention rest on your feet. Notice whatever you find.', thenMs: 8000 },
    { text: 'Then your legs, resting on the bed.', thenMs: 8000 },
    { text: 'Your belly, rising and falling.', thenMs: 8000 },
    { text: 'Your shoulders, your arms, your hands.', thenMs: 8000 },
    { text: 'And your face, soft and loose.', thenMs: 12_000 },
  ],
  [
    { text: 'Now let your attention rest on your forehead. Notice whatever is there.', thenMs: 8000 },
    { text: 'Your eyes and your jaw.', thenMs: 8000 },
    { text: 'Your neck, and your shoulders.', thenMs: 8000 },
    { text: 'Your chest, and the slow breath in it.', thenMs: 8000 },
    { text: 'And down through your legs, to your feet.', thenMs: 12_000 },
  ],
  [
    { text: 'Now let your attention rest on the breath, wherever you feel it.', thenMs: 8000 },
    { text: 'Let it spread out to your arms, and your hands.', thenMs: 8000 },
    { text: 'Out to your legs, and your feet.', thenMs: 8000 },
    { text: 'Up to your face, and the top of your head.', thenMs: 8000 },
    { text: 'Your whole body, resting.', thenMs: 12_000 },
  ],
];

export const DRIFTING: readonly (readonly QuietLine[])[] = [
  [
    { text: 'There is nothing to do now, and nowhere to be.', thenMs: 14_000 },
    { text: 'If thoughts come, let them drift by like clouds.', thenMs: 13_000 },
  ],
  [
    { text: 'Nothing needs your attention now.', thenMs: 14_000 },
    { text: 'Thoughts can come and go, like boats on a slow river.', thenMs: 13_000 },
  ],
  [
    { text: 'Everything can wait until morning.', thenMs: 14_000 },
    { text: 'If your mind wanders, that is fine. Let it wander.', thenMs: 13_000 },
  ],
];

export const SLEEPY_CLOSES: readonly string[] = [
  'Let yourself drift, deeper and deeper, into sleep.',
  'Let sleep come, in its own time.',
  'Sink, slowly, into rest.',
];

export const GOODNIGHTS: readonly string[] = ['Sleep well.', 'Goodnight.', 'Rest well.'];

/** The session ends in silence rather than with a last word. */
export const TRAILING_SILENCE_MS = 12_000;

/** Which version of each part a night uses. */
export interface NightPlan {
  readonly settling: number;
  readonly breathing: number;
  readonly imagery: number;
  readonly bodyScan: number;
  readonly drifting: number;
  readonly close: number;
}

/**
 * The versions for a night: the day number modulo a week, n, picks a row of three-version parts
 * in which any two rows of the same week differ in at least two parts, so seven nights in a row
 * never sound the same, and the week after turns differently again.
 */
export function nightPlan(dayNumber: number): NightPlan {
  const n = ((dayNumber % 7) + 7) % 7;
  const week = Math.floor(dayNumber / 7);
  const f = Math.floor(n / 3);
  return {
    settling: n % 3,
    imagery: (n + f) % 3,
    bodyScan: (n + 2 * f) % 3,
    drifting: f % 3,
    breathing: (n + week) % 3,
    close: (n + 2 * week) % 3,
  };
}
