/** The 5-4-3-2-1 grounding practice from the source guide: its senses and words, as data. */
import { pickForDay, pickForTurn } from '../day-index';
import type { BreathStage } from './slow-breath';

export interface SenseStep {
  readonly sense: 'see' | 'feel' | 'hear' | 'smell' | 'taste';
  readonly count: number;
  readonly prompt: string;
  /** Other ways to ask the same, said on other days. */
  readonly otherPrompts: readonly string[];
  /** Quiet given for noticing each thing, in milliseconds. */
  readonly perItemMs: number;
}

export const SENSE_STEPS: readonly SenseStep[] = [
  {
    sense: 'see',
    count: 5,
    prompt: 'Look around, and notice five things you can see.',
    otherPrompts: ['Let your eyes wander, and find five things you can see.', 'Notice five things you can see around you, one at a time.'],
    perItemMs: 5000,
  },
  {
    sense: 'feel',
    count: 4,
    prompt: 'Now notice four things you can feel, like your feet on the floor, or the air on your skin.',
    otherPrompts: [
      'Next, four things you can feel: the chair under you, your clothes, the temperature of the air.',
      'Find four things you can feel, like your hands resting, or your back against something.',
    ],
    perItemMs: 5000,
  },
  {
    sense: 'hear',
    count: 3,
    prompt: 'Listen for three things you can hear, near or far.',
    otherPrompts: [
      'Now listen for three things you can hear, loud or quiet.',
      'Find three things you can hear, close by or in the distance.',
    ],
    perItemMs: 6000,
  },
  {
    sense: 'smell',
    count: 2,
    prompt: "Notice two things you can smell. If nothing comes, that's fine, just breathe in gently.",
    otherPrompts: [
      "Find two things you can smell, even faintly. If there's nothing, just notice the air.",
      "See if there are two things you can smell. If none come, that's fine, just breathe gently.",
    ],
    perItemMs: 6000,
  },
  {
    sense: 'taste',
    count: 1,
    prompt: 'And one thing you can taste.',
    otherPrompts: ['And one thing you can taste, even just your mouth.', 'Last, one thing you can taste.'],
    perItemMs: 7000,
  },
];

/** The prompt a step says on a day: each sense turns at its own place, so no two days ask alike. */
export function promptFor(step: SenseStep, turn: number): string {
  const prompts = [step.prompt, ...step.otherPrompts];
  return pickForTurn(prompts, turn + step.count);
}

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

export const GROUNDING_INTRODUCTIONS: readonly string[] = [
  "Now let's come back to the here and now, through your senses. Take your time with each one. There's no need to say anything out loud.",
  "Let's use your senses to come back to this moment, one at a time. Nothing needs to be said out loud.",
  'Now let your senses bring you back to where you are. Go slowly, and keep your answers to yourself.',
  "Let's arrive in this moment through your senses. There's no hurry, and no need to speak.",
];
export const GROUNDING_INTRODUCTION = GROUNDING_INTRODUCTIONS[0]!;

export const FINAL_BREATH_INTRODUCTIONS: readonly string[] = [
  'To finish, one slow breath together.',
  'And to close, one slow breath with me.',
  'One last slow breath, together.',
];
export const FINAL_BREATH_INTRODUCTION = FINAL_BREATH_INTRODUCTIONS[0]!;

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
