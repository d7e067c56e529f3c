/**
 * The cost of building one guided breathing session's speech, in process and warm: the same calls
 * the breathing handler makes (plan, planned minutes, the Timeline within the SSML budget, the
 * SSML), for the default session and two long ones.
 */
import { planBreathing, type BreathingChoice } from '../../lambda/guidance/breathing/plan';
import { breathingSpeech, plannedMinutes } from '../../lambda/guidance/breathing/session';
import { closeFor } from '../../lambda/guidance/closing';
import { compassionLineFor } from '../../lambda/guidance/compassion';
import { wordsFor } from '../../lambda/content/words';
import { Bench } from 'tinybench';

export interface SsmlCase {
  readonly name: string;
  readonly choice: BreathingChoice;
}

/** The everyday session first (a plain "help me breathe"), then two long ones. */
export const SSML_CASES: readonly SsmlCase[] = [
  { name: 'default calm', choice: { technique: 'calm', length: { kind: 'default' }, introduce: true } },
  { name: '5-minute box', choice: { technique: 'box', length: { kind: 'minutes', ms: 5 * 60_000 }, introduce: true } },
  { name: '20-minute sigh', choice: { technique: 'sigh', length: { kind: 'minutes', ms: 20 * 60_000 }, introduce: true } },
];

const LOCAL_DAY = '2026-03-08';

/** One session's speech, exactly as the breathing handler builds it. */
export function buildSessionSsml(choice: BreathingChoice): { ssml: string; minutes: number } {
  const words = wordsFor('en-US');
  const plan = planBreathing(words, choice);
  const minutes = plannedMinutes(words, plan);
  const closing = [closeFor(words, LOCAL_DAY), compassionLineFor(words.compassion, 'everyday', LOCAL_DAY)];
  return { ssml: breathingSpeech(words, plan, closing).ssml, minutes };
}

export interface SsmlResult {
  readonly name: string;
  readonly meanUs: number;
  readonly p50Us: number;
  readonly p99Us: number;
  readonly ssmlChars: number;
  readonly iterations: number;
}

/**
 * Times each case with tinybench (a maintained micro-benchmark library: warm-up, timer-overhead
 * correction, percentiles), after a warm-up of `warmup` builds, for at least `iterations` builds.
 */
export function measureSsmlBuild(iterations: number, warmup: number): SsmlResult[] {
  const bench = new Bench({ iterations, time: 0, warmupIterations: warmup, warmupTime: 0 });
  const chars = SSML_CASES.map((testCase) => buildSessionSsml(testCase.choice).ssml.length);
  for (const testCase of SSML_CASES) bench.add(testCase.name, () => void buildSessionSsml(testCase.choice));
  const tasks = bench.runSync();
  return SSML_CASES.map((testCase, index) => {
    const result = tasks[index]!.result as { latency?: { mean: number; p50: number; p99: number; samplesCount?: number } };
    if (!result.latency) throw new Error(`The SSML build of ${testCase.name} did not complete`);
    return {
      name: testCase.name,
      meanUs: result.latency.mean * 1000,
      p50Us: result.latency.p50 * 1000,
      p99Us: result.latency.p99 * 1000,
      ssmlChars: chars[index]!,
      iterations,
    };
  });
}
