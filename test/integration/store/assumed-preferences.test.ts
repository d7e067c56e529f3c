import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDynamoDbClient } from '../../../lambda/store/dynamodb-client';
import { DynamoPracticeStore } from '../../../lambda/store/dynamo-practice-store';
import type { Practice } from '../../../lambda/store/practice-store';
import { startLocalDb } from '../../../tools/local-db';
import { createPracticeTable } from './practice-table';

/**
 * A practice planned on saved preferences is recorded only while they hold. DynamoDB (and
 * DynamoDB Local) return the item with a refused condition; dynalite, the local runner's
 * database, does not, so the store reads it to tell a retry from changed preferences.
 */
interface Server {
  readonly store: DynamoPracticeStore;
  close(): Promise<void>;
}

const servers: Record<string, () => Promise<Server>> = {
  'DynamoDB Local': async () => {
    const table = await createPracticeTable('assumed-preferences');
    return { store: new DynamoPracticeStore({ tableName: table.tableName, client: table.client }), close: () => table.drop() };
  },
  dynalite: async () => {
    const dir = await mkdtemp(join(tmpdir(), 'steady-assumed-'));
    const db = await startLocalDb({ dir });
    const client = createDynamoDbClient({ endpoint: db.endpoint });
    return {
      store: new DynamoPracticeStore({ tableName: db.tableName, client }),
      close: async () => {
        client.destroy();
        await db.stop();
        await rm(dir, { recursive: true, force: true });
      },
    };
  },
};

describe.each(Object.keys(servers))('on %s', (name) => {
  let server: Server;
  beforeAll(async () => {
    server = await servers[name]!();
  });
  afterAll(() => server?.close());

  let counter = 0;
  const newUser = () => `amzn1.ask.account.ASSUMED${++counter}`;
  const practice = (overrides: Partial<Practice> = {}): Practice => ({
    requestId: `amzn1.echo-api.request.assumed-${++counter}`,
    requestedAt: '2026-03-10T12:00:00Z',
    technique: 'calm',
    minutes: 3,
    localDay: '2026-03-10',
    timeZone: 'UTC',
    ...overrides,
  });
  const nothingSaved = { fields: ['technique', 'minutes'] as const, values: {} };

  test('records a practice planned on "nothing saved" for a new user', async () => {
    const user = newUser();
    expect(await server.store.recordPractice(user, practice({ assumedPreferences: nothingSaved }))).toMatchObject({ counted: true });
    expect((await server.store.readHistory(user)).sessions).toBe(1);
  });

  test('records a practice planned on the preferences as saved', async () => {
    const user = newUser();
    await server.store.savePreferences(user, { technique: 'box', minutes: 5, softVoiceAtNight: true });
    const assumed = { fields: ['technique', 'minutes'] as const, values: { technique: 'box', minutes: 5 } };
    const outcome = await server.store.recordPractice(user, practice({ technique: 'box', minutes: 5, assumedPreferences: assumed }));
    expect(outcome).toMatchObject({ counted: true, after: { sessions: 1, preferences: { technique: 'box', minutes: 5, softVoiceAtNight: true } } });
  });

  test('refuses a practice planned on other preferences, and says what is saved', async () => {
    const user = newUser();
    await server.store.savePreferences(user, { technique: '478' });
    const outcome = await server.store.recordPractice(user, practice({ assumedPreferences: nothingSaved }));
    expect(outcome).toEqual({ counted: false, reason: 'preferences-changed', preferences: { technique: '478' } });
    expect((await server.store.readHistory(user)).sessions).toBe(0);
  });

  test('checks only the preferences the plan read', async () => {
    const user = newUser();
    await server.store.savePreferences(user, { technique: '478' });
    const lengthOnly = { fields: ['minutes'] as const, values: {} };
    expect(await server.store.recordPractice(user, practice({ assumedPreferences: lengthOnly }))).toMatchObject({ counted: true });
  });

  test('a retry is a retry, even once the preferences it was planned on have changed', async () => {
    const user = newUser();
    const first = practice({ assumedPreferences: nothingSaved });
    await server.store.recordPractice(user, first);
    await server.store.savePreferences(user, { technique: 'box' });
    expect(await server.store.recordPractice(user, first)).toEqual({
      counted: false,
      reason: 'duplicate-request',
      preferences: { technique: 'box' },
    });
    expect((await server.store.readHistory(user)).sessions).toBe(1);
  });
});
