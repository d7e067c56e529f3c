/**
 * The DynamoDB Local the suite runs on (and any the benchmark starts, through the same launcher)
 * keeps to this machine: telemetry off, by flag and by environment; and it never outlives
 * whoever started it, however that ends.
 */
import { execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alive, gone } from '../../support/processes';

const ROOT = join(__dirname, '..', '..', '..');

const commandLine = (pid: number): string[] => readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
const environment = (pid: number): string[] => readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').filter(Boolean);

describe("the suite's DynamoDB Local", () => {
  const pid = Number(process.env.STEADY_TEST_DYNAMODB_PID);

  it('runs in memory on loopback with its telemetry off, by flag and by environment', () => {
    const args = commandLine(pid);
    expect(args[0]).toMatch(/java$/);
    expect(args).toEqual(expect.arrayContaining(['-inMemory', '-disableTelemetry']));
    expect(environment(pid)).toContain('DDB_LOCAL_TELEMETRY=0');
    expect(process.env.AWS_ENDPOINT_URL_DYNAMODB).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });
});

/** Starts DynamoDB Local in a separate Node process, as jest's global setup does, and reads its pids. */
function starter(): Promise<{ starter: ReturnType<typeof spawn>; jvm: number; guardian: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join('test', 'support', 'start-dynamodb-local.ts')], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let text = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('\n')) resolve({ starter: child, ...(JSON.parse(text) as { jvm: number; guardian: number }) });
    });
    child.once('exit', (code) => reject(new Error(`the starter exited with ${code}`)));
  });
}

describe('no DynamoDB Local is left behind', () => {
  it.each(['SIGINT', 'SIGTERM', 'SIGKILL'] as const)('when whoever started it ends by %s', async (signal) => {
    const { starter: child, jvm, guardian } = await starter();
    expect(alive(jvm)).toBe(true);
    child.kill(signal);
    child.stdout?.destroy();
    expect(await gone(jvm, 10_000)).toBe(true);
    expect(await gone(guardian, 10_000)).toBe(true);
  });

  it('when a jest run is interrupted: the whole integration project stopped with Ctrl-C', async () => {
    const jest = spawn(
      process.execPath,
      [join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'), '--selectProjects', 'integration', 'test/e2e/streak-conversations'],
      {
        cwd: ROOT,
        stdio: 'ignore',
        env: { ...process.env, STEADY_TEST_DYNAMODB_PID: '' },
      },
    );
    // Wait for its own DynamoDB Local: a java process whose parent's parent is that jest.
    let jvm: number | undefined;
    for (let waited = 0; waited < 120_000 && jvm === undefined; waited += 250) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      jvm = await new Promise<number | undefined>((resolve) =>
        execFile('ps', ['-eo', 'pid=,ppid=,args='], (_error, stdout) => {
          const rows = stdout.split('\n').map((row) => row.trim().split(/\s+/));
          const guardians = rows.filter((r) => Number(r[1]) === jest.pid && r.some((a) => a.endsWith('guardian.cjs'))).map((r) => r[0]);
          const java = rows.find((r) => guardians.includes(r[1]) && r[2]?.endsWith('java'));
          resolve(java ? Number(java[0]) : undefined);
        }),
      );
    }
    expect(jvm).toBeDefined();
    jest.kill('SIGINT');
    expect(await gone(jvm!, 15_000)).toBe(true);
  }, 180_000);
});
