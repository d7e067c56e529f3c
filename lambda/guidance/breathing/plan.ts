import type { Words } from '../../content/words';
import type { SpokenBecause } from '../../delivery/delivery';
import { MAX_SPOKEN_RESPONSE_MS } from '../../speech/limits';
import { MAX_SESSION_MS, MIN_SESSION_MS, minutesPhrase, type LengthRequest } from '../session-length';
import { capitalise, techniqueName } from '../technique-names';
import { cycleMs, TECHNIQUES, type BreathingTechnique, type TechniqueId } from './techniques';

/** Decided before any word is built: which technique, how many breaths, what to tell the user. */
export interface BreathingPlan {
  readonly technique: BreathingTechnique;
  /** Breaths to guide; or, with `targetMs`, derived once the fixed parts are measured. */
  readonly breaths: number | undefined;
  readonly targetMs: number | undefined;
  /** Said before the first breath: a technique Steady does not know, so the user is not misled. */
  readonly beforeFirstBreath: readonly string[];
  /** Short sentences said before the first breath: a length clamped, and why. */
  readonly notices: readonly string[];
  readonly introduce: boolean;
}

export interface BreathingChoice {
  readonly technique: TechniqueId;
  readonly length: LengthRequest;
  readonly introduce: boolean;
  /** A technique the user named that Steady does not know, said back kindly. */
  readonly unknownTechniqueName?: string;
  /** Why a long session is spoken, shortened, instead of played as a track; one reply's limit unless said. */
  readonly spokenBecause?: SpokenBecause;
}

export function breathingName(words: Words, id: TechniqueId): string {
  return techniqueName(words, id);
}

/**
 * Spoken time a breathing session needs besides its breaths, at most: the bells, the words after
 * the first breath, the body check and the longest close, in the night voice. What is left of
 * the nine minutes one reply may speak is for breathing.
 */
export const AROUND_THE_BREATHS_MS = 75_000;

/** The longest a breathing session is when spoken as one reply. */
export const LONGEST_SPOKEN_SESSION_MS = MAX_SPOKEN_RESPONSE_MS - AROUND_THE_BREATHS_MS;

/** What a session in minutes usually spends around its breaths, to tell early whether it fits. */
const TYPICAL_AROUND_MS = 30_000;

/** The most breaths one reply can guide: the technique's own ceiling, or what nine minutes hold. */
export function maxBreaths(technique: BreathingTechnique): number {
  const spoken = Math.floor(LONGEST_SPOKEN_SESSION_MS / cycleMs(technique));
  return Math.min(technique.maxBreaths ?? spoken, spoken);
}

/** Whole minutes a number of breaths takes, as said when a length is clamped. */
function aboutMinutes(technique: BreathingTechnique, breaths: number): number {
  return Math.max(1, Math.round((breaths * cycleMs(technique)) / 60_000));
}

/** Why a longer session is shorter today, said once: one reply is spoken at most nine minutes. */
function spokenCapNotice(words: Words, technique: BreathingTechnique, breaths: number, because: SpokenBecause = 'one-reply'): string {
  const about = minutesPhrase(words, aboutMinutes(technique, breaths));
  return because === 'audio-failed' ? words.breathing.notices.audioFailed(about) : words.breathing.notices.oneReply(about);
}

/** A technique kept to its own ceiling of breaths, said with its name first. */
function bestKeptTo(words: Words, technique: BreathingTechnique, ceiling: number): string {
  return words.breathing.notices.bestKeptTo(capitalise(breathingName(words, technique.id)), words.breathing.breaths(ceiling), ceiling);
}

export function planBreathing(words: Words, choice: BreathingChoice): BreathingPlan {
  const technique = TECHNIQUES[choice.technique];
  const said = words.breathing.notices;
  const beforeFirstBreath: string[] = [];
  const notices: string[] = [];
  if (choice.unknownTechniqueName) {
    beforeFirstBreath.push(said.unknownTechnique(choice.unknownTechniqueName, breathingName(words, choice.technique)));
  }
  const ceiling = maxBreaths(technique);
  const plan = (breaths: number | undefined, targetMs: number | undefined): BreathingPlan => ({
    technique,
    breaths,
    targetMs,
    beforeFirstBreath,
    notices,
    introduce: choice.introduce,
  });
  const { length } = choice;

  if (length.kind === 'default') return plan(Math.min(technique.defaultBreaths, ceiling), undefined);

  if (length.kind === 'breaths') {
    if (length.count === undefined) {
      notices.push(said.breathsNotCaught(technique.defaultBreaths));
      return plan(technique.defaultBreaths, undefined);
    }
    const whole = Math.round(length.count);
    if (whole < 1) {
      notices.push(said.atLeastOneBreath);
      return plan(1, undefined);
    }
    if (whole > ceiling) {
      notices.push(
        technique.maxBreaths !== undefined && technique.maxBreaths <= ceiling
          ? bestKeptTo(words, technique, ceiling)
          : said.tooManyBreaths(ceiling),
      );
      return plan(ceiling, undefined);
    }
    return plan(whole, undefined);
  }

  if (length.ms === undefined) {
    notices.push(said.lengthNotCaught(words.breathing.breaths(technique.defaultBreaths)));
    return plan(technique.defaultBreaths, undefined);
  }
  let targetMs = length.ms;
  if (targetMs < MIN_SESSION_MS) {
    notices.push(said.shortest(minutesPhrase(words, 1)));
    targetMs = MIN_SESSION_MS;
  }
  if (technique.maxBreaths && targetMs > technique.maxBreaths * cycleMs(technique)) {
    notices.push(bestKeptTo(words, technique, ceiling));
    return plan(ceiling, undefined);
  }
  if (targetMs > MAX_SESSION_MS || Math.round((targetMs - TYPICAL_AROUND_MS) / cycleMs(technique)) > ceiling) {
    notices.push(spokenCapNotice(words, technique, ceiling, choice.spokenBecause));
    return plan(ceiling, undefined);
  }
  return plan(undefined, targetMs);
}
