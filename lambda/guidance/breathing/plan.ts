import { MAX_SESSION_MS, MIN_SESSION_MS, minutesPhrase, type LengthRequest } from '../session-length';
import { capitalise, techniqueName } from '../../practice/technique-names';
import { cycleMs, TECHNIQUES, type BreathingTechnique, type TechniqueId } from './techniques';

/** Decided before any word is built: which technique, how many breaths, what to tell the user. */
export interface BreathingPlan {
  readonly technique: BreathingTechnique;
  /** Breaths to guide; or, with `targetMs`, derived once the fixed parts are measured. */
  readonly breaths: number | undefined;
  readonly targetMs: number | undefined;
  /** Short sentences said first: clamped lengths, a technique Steady does not know. */
  readonly notices: readonly string[];
  readonly introduce: boolean;
}

export interface BreathingChoice {
  readonly technique: TechniqueId;
  readonly length: LengthRequest;
  readonly introduce: boolean;
  /** A technique the user named that Steady does not know, said back kindly. */
  readonly unknownTechniqueName?: string;
}

export function breathingName(id: TechniqueId): string {
  return techniqueName(id);
}

export function maxBreaths(technique: BreathingTechnique): number {
  return technique.maxBreaths ?? Math.floor(MAX_SESSION_MS / cycleMs(technique));
}

function breathsPhrase(n: number): string {
  return n === 1 ? 'one breath' : `${n} breaths`;
}

export function planBreathing(choice: BreathingChoice): BreathingPlan {
  const technique = TECHNIQUES[choice.technique];
  const notices: string[] = [];
  if (choice.unknownTechniqueName) {
    notices.push(`I don't know ${choice.unknownTechniqueName} yet, so let's do ${breathingName(choice.technique)}.`);
  }
  const ceiling = maxBreaths(technique);
  const plan = (breaths: number | undefined, targetMs: number | undefined): BreathingPlan => ({
    technique,
    breaths,
    targetMs,
    notices,
    introduce: choice.introduce,
  });
  const { length } = choice;

  if (length.kind === 'default') return plan(technique.defaultBreaths, undefined);

  if (length.kind === 'breaths') {
    if (length.count === undefined) {
      notices.push(`I didn't catch how many breaths, so we'll do ${technique.defaultBreaths}.`);
      return plan(technique.defaultBreaths, undefined);
    }
    const whole = Math.round(length.count);
    if (whole < 1) {
      notices.push("Let's do at least one breath together.");
      return plan(1, undefined);
    }
    if (whole > ceiling) {
      notices.push(
        technique.maxBreaths
          ? `${capitalise(breathingName(technique.id))} is best kept to ${breathsPhrase(ceiling)}, so we'll do ${ceiling}.`
          : `That's more than I guide in one go, so we'll do ${breathsPhrase(ceiling)}, about 20 minutes.`,
      );
      return plan(ceiling, undefined);
    }
    return plan(whole, undefined);
  }

  if (length.ms === undefined) {
    notices.push(`I didn't catch how long, so we'll do ${breathsPhrase(technique.defaultBreaths)}.`);
    return plan(technique.defaultBreaths, undefined);
  }
  let targetMs = length.ms;
  if (targetMs < MIN_SESSION_MS) {
    notices.push(`The shortest session I guide is ${minutesPhrase(1)}, so we'll do that.`);
    targetMs = MIN_SESSION_MS;
  } else if (targetMs > MAX_SESSION_MS) {
    notices.push(`The longest session I guide is ${minutesPhrase(20)}, so we'll do that.`);
    targetMs = MAX_SESSION_MS;
  }
  if (technique.maxBreaths && targetMs > technique.maxBreaths * cycleMs(technique)) {
    notices.push(`${capitalise(breathingName(technique.id))} is best kept to ${breathsPhrase(ceiling)}, so we'll do ${ceiling}.`);
    return plan(ceiling, undefined);
  }
  return plan(undefined, targetMs);
}

