/** The bedtime wind-down's words and rhythms, as data. Durations are in milliseconds. */
import type { BreathStage } from '../grounding/slow-breath';

export const SETTLING_LINES: readonly string[] = [
  "Let's get ready for sleep. Lie down in a comfortable position, and let the bed hold your weight.",
  "You don't need to answer me, or do anything at all. Just listen, and let go.",
];

export const BREATHING_INTRODUCTION = "Let's slow the breath. Each breath out will be a little longer than the breath in.";

/** Exhale-weighted breathing that lengthens: in 4 out 6, then out 7, then out 8. */
export const BREATH_STAGES: readonly BreathStage[] = [
  {
    inhaleMs: 4000,
    exhaleMs: 6000,
    breaths: 5,
    firstInhaleCue: 'Breathe in gently through your nose',
    firstExhaleCue: 'And breathe out slowly, for six',
    inhaleCue: 'In',
    exhaleCue: 'Out',
  },
  {
    inhaleMs: 4000,
    exhaleMs: 7000,
    breaths: 5,
    firstInhaleCue: 'Breathe in for four',
    firstExhaleCue: 'And out for seven, a little longer',
    inhaleCue: 'In',
    exhaleCue: 'Out',
  },
  {
    inhaleMs: 4000,
    exhaleMs: 8000,
    breaths: 5,
    firstInhaleCue: 'In for four',
    firstExhaleCue: 'And out for eight, slow and long',
    inhaleCue: 'In',
  },
];

export const AFTER_BREATHING = 'Now let your breath find its own easy rhythm.';

export const RELAXING_INTRODUCTION =
  "Now let's soften your body. Tense each part only gently, when I say now. Never tense anything that is painful or injured; just let it rest.";

export const RELAXING_PACING = { tenseMs: 6000, releaseMs: 30_000, calmPhrasesPerRelease: 2 } as const;

/** The body scan that follows, each line with the quiet after it. */
export const DRIFTING_LINES: readonly { readonly text: string; readonly thenMs: number }[] = [
  { text: 'Now let your whole body grow heavy, and sink into the bed.', thenMs: 15_000 },
  { text: 'Your arms are heavy and warm.', thenMs: 12_000 },
  { text: 'Your legs are heavy and warm.', thenMs: 12_000 },
  { text: 'Your face is soft, your jaw is loose.', thenMs: 15_000 },
  { text: 'Your breath is slow and easy, all by itself.', thenMs: 20_000 },
  { text: 'There is nothing to do now, and nowhere to be.', thenMs: 20_000 },
  { text: 'If thoughts come, let them drift by like clouds, and come back to your breath.', thenMs: 25_000 },
];

export const SLEEPY_CLOSE = 'Let yourself drift, deeper and deeper, into sleep.';
export const GOODNIGHT = 'Sleep well.';
/** The session ends in silence rather than with a last word. */
export const TRAILING_SILENCE_MS = 30_000;
