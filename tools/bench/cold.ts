/**
 * Cold start: a fresh Node process per sample (`node -e`), as a new Lambda container. The probe
 * times `require` of the bundle, which includes building the skill (every skill here builds it at
 * module scope), then the first request: a breathing request from a user and device the new
 * container has not seen, so Steady reads the user's saved preferences and looks up the device's
 * time zone before it records the session, as on any new container.
 */
import { spawn } from 'node:child_process';
import type { RequestEnvelope } from 'ask-sdk-model';
import type { SkillBundle, SkillId } from './bundles';

const PROBE = `
const event = JSON.parse(process.env.BENCH_EVENT);
const started = process.hrtime.bigint();
const { handler } = require(process.env.BENCH_BUNDLE);
const loaded = process.hrtime.bigint();
const rssAfterLoadKb = Math.round(process.memoryUsage.rss() / 1024);
const context = { functionName: 'steady-bench', awsRequestId: 'cold', getRemainingTimeInMillis: () => 7000 };
handler(event, context).then(
  (response) => {
    const answered = process.hrtime.bigint();
    process.send({
      loadMs: Number(loaded - started) / 1e6,
      firstRequestMs: Number(answered - loaded) / 1e6,
      rssAfterLoadKb,
      maxRssKb: process.resourceUsage().maxRSS,
      spoke: Boolean(response && response.response && response.response.outputSpeech),
    }, () => process.exit(0));
  },
  (error) => process.send({ error: String(error) }, () => process.exit(1)),
);
`;

export interface ColdSample {
  readonly loadMs: number;
  readonly firstRequestMs: number;
  readonly rssAfterLoadKb: number;
  readonly maxRssKb: number;
}

/** One cold start of `bundle` in a new process with the given Lambda-like environment. */
export function coldStart(bundle: SkillBundle, environment: NodeJS.ProcessEnv, event: RequestEnvelope): Promise<ColdSample> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', PROBE], {
      env: { ...environment, BENCH_BUNDLE: bundle.file, BENCH_EVENT: JSON.stringify(event) },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let stderr = '';
    let result: (ColdSample & { spoke: boolean }) | { error: string } | undefined;
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('message', (message: typeof result) => (result = message));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (result && !('error' in result) && result.spoke) {
        resolve(result);
      } else {
        const why = result && 'error' in result ? result.error : `exit ${code}, no speech`;
        reject(new Error(`cold start of ${bundle.skill} failed: ${why}\n${stderr.trim()}`));
      }
    });
  });
}

export type ColdSamples = Record<SkillId, ColdSample[]>;

/** How the containers are started: the stack's NODE_OPTIONS, or for comparison some other set. */
export interface ColdMode {
  readonly name: string;
  readonly nodeOptions: readonly string[];
}

/**
 * `runs` cold starts of each skill in each mode, interleaved (A, B, C, B, C, A…): each skill goes
 * first in turn, so none always starts while the machine settles from the one before (the
 * conventional reference's 500 MB exit, DynamoDB Local's work for the last first request). A
 * first round, which warms the file cache, is discarded.
 */
export async function measureColdStarts(
  order: readonly SkillId[],
  modes: readonly ColdMode[],
  bundles: Readonly<Record<SkillId, SkillBundle>>,
  environment: (skill: SkillId, nodeOptions: readonly string[]) => NodeJS.ProcessEnv,
  event: (run: number) => RequestEnvelope,
  runs: number,
): Promise<Record<string, ColdSamples>> {
  const samples: Record<string, ColdSamples> = {};
  for (const mode of modes) samples[mode.name] = Object.fromEntries(order.map((skill) => [skill, []])) as unknown as ColdSamples;
  for (let run = 0; run <= runs; run++) {
    for (const mode of modes) {
      for (const skill of order.map((_, index) => order[(index + run) % order.length]!)) {
        const sample = await coldStart(bundles[skill], environment(skill, mode.nodeOptions), event(run));
        if (run > 0) samples[mode.name]![skill].push(sample);
      }
    }
  }
  return samples;
}
