import { pickForDay } from '../day-index';

/** The 5-4-3-2-1 grounding practice from the source guide: its senses and words, as data. */
import type { BreathStage } from './slow-breath';

export interface SenseStep {
  readonly sense: 'see' | 'feel' | 'hear' | 'smell' | 'taste';
  readonly count: number;
  readonly prompt: string;
  /** Quiet given for noticing each thing, in milliseconds. */
  readonly perItemMs: number;
}

export const SENSE_STEPS: readonly SenseStep[] = [
  { sense: 'see', count: 5, prompt: 'Look around, and notice five things you can see.', perItemMs: 5000 },
  {
    sense: 'feel',
    count: 4,
    prompt: 'Now notice four things you can feel, like your feet on the floor, or the air on your skin.',
    perItemMs: 5000,
  },
  { sense: 'hear', count: 3, prompt: 'Listen for three things you can hear, near or far.', perItemMs: 6000 },
  {
    sense: 'smell',
    count: 2,
    prompt: "Notice two things you can smell. If nothing comes, that's fine, just breathe in gently.",
    perItemMs: 6000,
  },
  { sense: 'taste', count: 1, prompt: 'And one thing you can taste.', perItemMs: 7000 },
];

/**
 * Said softly as each next thing is due, from the second on: a count to follow without words, so
 * the quiet for noticing five things is never 25 s of nothing.
 */
export const ITEM_COUNTS: readonly string[] = ['Two', 'Three', 'Four', 'Five'];

/** Breathe first: one slow breath before anything is explained. */
export const FIRST_BREATH: BreathStage = {
  inhaleMs: 4000,
  exhaleMs: 6000,
  breaths: 1,
  firstInhaleCue: 'Breathe in, slowly',
  firstExhaleCue: 'And out',
};

export const GROUNDING_INTRODUCTION =
  "Now let's come back to the here and now, through your senses. Take your time with each one. There's no need to say anything out loud.";

export const FINAL_BREATH_INTRODUCTION = 'To finish, one slow breath together.';

export const FINAL_BREATH: BreathStage = {
  inhaleMs: 4000,
  exhaleMs: 6000,
  breaths: 1,
  firstInhaleCue: 'Breathe in slowly through your nose',
  firstExhaleCue: 'And breathe out, long and slow',
};

/** Grounding's own last words, one a day; the first is the longest, which budgets are planned on. */
export const GROUNDING_CLOSES: readonly string[] = [
  "You're here, right now, and you can come back to your senses whenever you need to.",
  'Your senses are always here to bring you back to this moment.',
  "You've arrived in the here and now. You can come back to it any time.",
  'Whenever your mind races, the things around you can bring you back.',
  'Notice how it feels to be right here, in this room.',
];
export const GROUNDING_CLOSE = GROUNDING_CLOSES[0]!;

export function groundingCloseFor(localDay: string): string {
  return pickForDay(GROUNDING_CLOSES, localDay);
}
