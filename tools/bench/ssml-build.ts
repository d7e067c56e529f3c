/**
 * The cost of building one guided breathing session's speech, in process and warm: the same calls
 * the breathing handler makes (plan, planned minutes, the Timeline within the SSML budget, the
 * SSML), for the default session and two long ones.
 */
import { planBreathing, type BreathingChoice } from '../../lambda/guidance/breathing/plan';
import { breathingTimeline, plannedMinutes } from '../../lambda/guidance/breathing/session';
import { closeFor } from '../../lambda/guidance/closing';
import { compassionLineFor } from '../../lambda/guidance/compassion';
import { renderSsml } from '../../lambda/speech/ssml';
import { mean, quantile } from './stats';

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
  const plan = planBreathing(choice);
  const minutes = plannedMinutes(plan);
  const closing = [closeFor(LOCAL_DAY), compassionLineFor('everyday', LOCAL_DAY)];
  const timeline = breathingTimeline(plan, closing);
  return { ssml: renderSsml(timeline.segments), minutes };
}

export interface SsmlResult {
  readonly name: string;
  readonly meanUs: number;
  readonly p50Us: number;
  readonly p99Us: number;
  readonly ssmlChars: number;
  readonly iterations: number;
}

/** Times the cases interleaved (A, B, C, A, B, C…) after a warm-up of each. */
export function measureSsmlBuild(iterations: number, warmup: number): SsmlResult[] {
  const samples = SSML_CASES.map(() => [] as number[]);
  const chars = SSML_CASES.map(() => 0);
  for (let round = 0; round < warmup + iterations; round++) {
    SSML_CASES.forEach((testCase, index) => {
      const start = process.hrtime.bigint();
      const { ssml } = buildSessionSsml(testCase.choice);
      const elapsedUs = Number(process.hrtime.bigint() - start) / 1e3;
      if (round >= warmup) samples[index]!.push(elapsedUs);
      chars[index] = ssml.length;
    });
  }
  return SSML_CASES.map((testCase, index) => ({
    name: testCase.name,
    meanUs: mean(samples[index]!),
    p50Us: quantile(samples[index]!, 0.5),
    p99Us: quantile(samples[index]!, 0.99),
    ssmlChars: chars[index]!,
    iterations,
  }));
}
