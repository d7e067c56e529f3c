/**
 * The 5-4-3-2-1 grounding practice from the source guide: its senses, how many things each asks
 * for, and the quiet for them, as data. The words are `grounding`'s.
 */
import type { Words } from '../../content/words';
import { pickForDay, pickForTurn } from '../day-index';
import type { BreathStage } from './slow-breath';

type Sense = keyof Words['grounding']['senses'];

export interface SenseStep {
  readonly sense: Sense;
  readonly count: number;
  readonly prompt: string;
  /** Other ways to ask the same, said on other days. */
  readonly otherPrompts: readonly string[];
  /** Quiet given for noticing each thing, in milliseconds. */
  readonly perItemMs: number;
}

const SENSES: readonly { readonly sense: Sense; readonly count: number; readonly perItemMs: number }[] = [
  { sense: 'see', count: 5, perItemMs: 5000 },
  { sense: 'feel', count: 4, perItemMs: 5000 },
  { sense: 'hear', count: 3, perItemMs: 6000 },
  { sense: 'smell', count: 2, perItemMs: 6000 },
  { sense: 'taste', count: 1, perItemMs: 7000 },
];

/** The senses in order, each with its ways of asking in the words given. */
export function senseSteps(words: Words): SenseStep[] {
  return SENSES.map(({ sense, count, perItemMs }) => {
    const [prompt, ...otherPrompts] = words.grounding.senses[sense];
    return { sense, count, prompt: prompt!, otherPrompts, perItemMs };
  });
}

/** The prompt a step says on a day: each sense turns at its own place, so no two days ask alike. */
export function promptFor(step: SenseStep, turn: number): string {
  const prompts = [step.prompt, ...step.otherPrompts];
  return pickForTurn(prompts, turn + step.count);
}

/** Breathe first: one slow breath before anything is explained. */
export function firstBreath(words: Words): BreathStage {
  const { inhale, exhale } = words.grounding.firstBreath;
  return { inhaleMs: 4000, exhaleMs: 6000, breaths: 1, firstInhaleCue: inhale, firstExhaleCue: exhale };
}

/** One slow breath to finish, the breath out longer than the breath in. */
export function finalBreath(words: Words): BreathStage {
  const { inhale, exhale } = words.grounding.finalBreath;
  return { inhaleMs: 4000, exhaleMs: 6000, breaths: 1, firstInhaleCue: inhale, firstExhaleCue: exhale };
}

/** Grounding's own last words for a day. */
export function groundingCloseFor(words: Words, localDay: string): string {
  return pickForDay(words.grounding.closes, localDay);
}
