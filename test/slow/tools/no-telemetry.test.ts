/**
 * Nothing the project runs phones home: the CDK CLI, run as the tests and `npm run deploy` run it,
 * sends no usage telemetry. Every Node process it starts (its detached telemetry sender included)
 * carries a guard that records each connection or name lookup aimed anywhere but this machine.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { alive } from '../../support/processes';

const ROOT = join(__dirname, '..', '..', '..');
const CDK = join(ROOT, 'node_modules', '.bin', 'cdk');
const GUARD = join(ROOT, 'test', 'support', 'loopback-guard.cjs');
const SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';

interface GuardLine {
  readonly pid: number;
  readonly kind: 'start' | 'connect' | 'lookup';
  readonly target?: string;
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(CDK, args, { cwd: ROOT, env, timeout: 150_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** Runs the CDK CLI under the guard and waits until every process it started has ended. */
async function guardedCdk(args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; reached: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'steady-guard-'));
  const log = join(dir, 'guard.jsonl');
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, ...extraEnv, NODE_OPTIONS: `--require ${GUARD}`, STEADY_LOOPBACK_GUARD_LOG: log };
    // The setting in cdk.json must be enough; and no AWS credentials, as on a newcomer's machine
    // (with some, the CLI asks AWS which account they belong to, which is a deploy's business).
    for (const name of ['CDK_DISABLE_CLI_TELEMETRY', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE'])
      delete env[name];
    const { code, stdout, stderr } = await run([...args, '-o', join(dir, 'cdk.out')], env);
    const lines = async (): Promise<GuardLine[]> =>
      (await readFile(log, 'utf8').catch(() => ''))
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as GuardLine);
    // A detached sender is spawned as the CLI exits: give it time to start, then wait for it to end.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    for (let waited = 0; waited < 30_000 && (await lines()).some((line) => line.kind === 'start' && alive(line.pid)); waited += 250)
      await new Promise((resolve) => setTimeout(resolve, 250));
    const reached = (await lines()).filter((line) => line.kind !== 'start').map((line) => `${line.kind} ${line.target}`);
    return { code, stdout: stdout + stderr, reached };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('the CDK CLI', () => {
  it('says its telemetry is off in this project', async () => {
    const { stdout, reached } = await guardedCdk(['cli-telemetry', '--status']);
    expect(stdout).toMatch(/CLI Telemetry is disabled/);
    expect(reached).toEqual([]);
  });

  it('synthesizes the stack without reaching anything but this machine', async () => {
    const { code, reached } = await guardedCdk(['synth', '-q', '-c', `skillId=${SKILL_ID}`]);
    expect(code).toBe(0);
    expect(reached).toEqual([]);
  });

  it('is caught by the guard when telemetry is turned on, so the test above can fail', async () => {
    const { code, reached } = await guardedCdk(['synth', '-q', '-c', `skillId=${SKILL_ID}`, '-c', 'cli-telemetry=true']);
    expect(code).toBe(0);
    expect(reached.some((target) => /telemetry/.test(target))).toBe(true);
  });
});
