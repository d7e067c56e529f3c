/**
 * Cold start: a fresh Node process per sample, as a new Lambda container. The child
 * (cold-child.ts) times `require` of the bundle, which includes building the skill (every skill
 * here builds it at module scope), then the first request: a breathing request from a user and
 * device the new container has not seen, so Steady looks up the device's time zone before it
 * records the session, as on any new container.
 */
import { fork } from 'node:child_process';
import type { RequestEnvelope } from 'ask-sdk-model';
import type { SkillBundle, SkillId } from './bundles';
import type { CallCounts, ColdStartMessage } from './protocol';

export interface ColdSample {
  readonly loadMs: number;
  readonly firstRequestMs: number;
  readonly rssAfterLoadKb: number;
  readonly maxRssKb: number;
  readonly loadCalls: CallCounts;
  readonly firstRequestCalls: CallCounts;
}

/** One cold start of `bundle` in a new process with the given Lambda-like environment. */
export function coldStart(
  script: string,
  bundle: SkillBundle,
  environment: NodeJS.ProcessEnv,
  event: RequestEnvelope,
): Promise<ColdSample> {
  return new Promise((resolve, reject) => {
    const child = fork(script, [], {
      env: { ...environment, BENCH_BUNDLE: bundle.file, BENCH_EVENT: JSON.stringify(event) },
      execArgv: [],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let stderr = '';
    let result: ColdStartMessage | { error: string } | undefined;
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('message', (message: typeof result) => (result = message));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (result && !('error' in result) && result.spoke) {
        const { spoke: _spoke, ...sample } = result;
        resolve(sample);
      } else {
        const why = result && 'error' in result ? result.error : `exit ${code}, no speech`;
        reject(new Error(`cold start of ${bundle.skill} failed: ${why}\n${stderr.trim()}`));
      }
    });
  });
}

export type ColdSamples = Record<SkillId, ColdSample[]>;

/**
 * `runs` cold starts of each skill, interleaved (A, B, C, B, C, A…): each skill goes first in
 * turn, so none always starts while the machine settles from the one before (DynamoDB Local's
 * work for the last first request). A first round, which warms the file cache, is discarded.
 */
export async function measureColdStarts(
  script: string,
  order: readonly SkillId[],
  bundles: Readonly<Record<SkillId, SkillBundle>>,
  environment: (skill: SkillId) => NodeJS.ProcessEnv,
  event: (run: number) => RequestEnvelope,
  runs: number,
): Promise<ColdSamples> {
  const samples = Object.fromEntries(order.map((skill) => [skill, []])) as unknown as ColdSamples;
  for (let run = 0; run <= runs; run++) {
    for (const skill of order.map((_, index) => order[(index + run) % order.length]!)) {
      const sample = await coldStart(script, bundles[skill], environment(skill), event(run));
      if (run > 0) samples[skill].push(sample);
    }
  }
  return samples;
}
