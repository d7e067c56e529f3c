import { createServer, type Socket } from 'node:net';
import { DynamoPracticeStore } from '../../../lambda/store/dynamo-practice-store';
import { StoreUnavailableError } from '../../../lambda/store/practice-store';
import { EMPTY_RECORD, forgottenRecord, withPractice } from '../../../lambda/practice/practice-record';
import { freePort } from '../../../tools/dynamodb-local/dynamodb-local';

/** Runs `action` with the SDK's DynamoDB endpoint pointed elsewhere, then puts it back. */
async function withEndpoint<T>(endpoint: string, action: () => Promise<T>): Promise<T> {
  const previous = process.env.AWS_ENDPOINT_URL_DYNAMODB;
  process.env.AWS_ENDPOINT_URL_DYNAMODB = endpoint;
  try {
    return await action();
  } finally {
    process.env.AWS_ENDPOINT_URL_DYNAMODB = previous;
  }
}

async function timed(action: () => Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const started = Date.now();
  try {
    await action();
    return { error: undefined, ms: Date.now() - started };
  } catch (error) {
    return { error, ms: Date.now() - started };
  }
}

const practice = withPractice(EMPTY_RECORD, {
  requestId: 'amzn1.echo-api.request.unreachable',
  at: Date.parse('2026-03-10T12:00:00Z'),
  kind: 'breathing',
  minutes: 3,
  localDay: '2026-03-10',
  localHour: 12,
  timeZone: 'UTC',
  preferences: {},
});

test('a closed port gives StoreUnavailableError quickly', async () => {
  const port = await freePort();
  await withEndpoint(`http://127.0.0.1:${port}`, async () => {
    const store = new DynamoPracticeStore({ tableName: 'steady-practice' });
    for (const call of [
      () => store.recordPractice('user', practice),
      () => store.readHistory('user'),
      () => store.savePreferences('user', { minutes: 5 }, Date.parse('2026-12-01T12:00:00Z')),
      () => store.forgetUser('user', forgottenRecord('amzn1.echo-api.request.forget', Date.now())),
    ]) {
      const { error, ms } = await timed(call);
      expect(error).toBeInstanceOf(StoreUnavailableError);
      expect((error as StoreUnavailableError).cause).toBeDefined();
      expect(ms).toBeLessThan(3000);
    }
  });
});

test('a table that accepts connections but never answers gives StoreUnavailableError within the budget', async () => {
  const sockets = new Set<Socket>();
  const silent = createServer((socket) => sockets.add(socket));
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const { port } = silent.address() as { port: number };
  try {
    await withEndpoint(`http://127.0.0.1:${port}`, async () => {
      const store = new DynamoPracticeStore({ tableName: 'steady-practice' });
      const { error, ms } = await timed(() => store.readHistory('user'));
      expect(error).toBeInstanceOf(StoreUnavailableError);
      expect((error as StoreUnavailableError).cause).toMatchObject({ name: 'TimeoutError', $metadata: { attempts: 2 } });
      // Two attempts of one second each, with a short back-off between them.
      expect(ms).toBeLessThan(3500);
    });
  } finally {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  }
});
