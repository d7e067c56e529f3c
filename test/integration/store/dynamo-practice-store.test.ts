import { GetItemCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { summarisePractice } from '../../../lambda/practice/practice-summary';
import { summarySpeech } from '../../../lambda/practice/summary-wording';
import { DynamoPracticeStore } from '../../../lambda/store/dynamo-practice-store';
import { createDynamoDbClient } from '../../../lambda/store/dynamodb-client';
import { EMPTY_HISTORY, type Practice } from '../../../lambda/store/practice-store';
import { PRACTICE_SORT_KEY } from '../../../lambda/store/table-schema';
import { createPracticeTable, type PracticeTable } from './practice-table';

let table: PracticeTable;
let store: DynamoPracticeStore;
let userCounter = 0;
const newUser = () => `amzn1.ask.account.${'X'.repeat(40)}/user+${++userCounter}==`;

beforeAll(async () => {
  table = await createPracticeTable('practice-store');
  store = new DynamoPracticeStore({ tableName: table.tableName, client: table.client });
});
afterAll(() => table?.drop());

let requestCounter = 0;
const practice = (localDay: string, overrides: Partial<Practice> = {}): Practice => ({
  requestId: `amzn1.echo-api.request.${++requestCounter}`,
  requestedAt: `${localDay}T12:00:00Z`,
  technique: 'calm',
  minutes: 3,
  localDay,
  timeZone: 'America/Los_Angeles',
  ...overrides,
});

async function rawItem(userId: string) {
  const { Item } = await table.client.send(
    new GetItemCommand({ TableName: table.tableName, Key: { pk: { S: userId }, sk: { S: PRACTICE_SORT_KEY } }, ConsistentRead: true }),
  );
  return Item;
}

test('records practices and reads them back as a history to summarise', async () => {
  const user = newUser();
  await store.recordPractice(user, practice('2026-03-09', { technique: 'box', minutes: 4 }));
  await store.recordPractice(user, practice('2026-03-10', { technique: 'box', minutes: 4 }));
  await store.recordPractice(user, practice('2026-03-10', { technique: '478', minutes: 2.5 }));

  const history = await store.readHistory(user);
  expect(history).toEqual({
    days: ['2026-03-09', '2026-03-10'],
    sessions: 3,
    minutes: 10.5,
    techniques: { box: 2, '478': 1 },
    timeZone: 'America/Los_Angeles',
    preferences: {},
  });
  expect(summarySpeech(summarisePractice(history, '2026-03-10'))).toBe(
    "You're on a 2-day streak, your longest yet. You've practised 3 times, 11 minutes in all, on 2 of the last 7 days. Your favourite is box breathing.",
  );
});

test('an unknown user has an empty history', async () => {
  await expect(store.readHistory(newUser())).resolves.toEqual(EMPTY_HISTORY);
});

test('returns the complete history before and after each practice', async () => {
  const user = newUser();
  await store.savePreferences(user, { technique: 'box' });
  await store.recordPractice(user, practice('2026-03-09', { technique: 'pmr', minutes: 10 }));
  const outcome = await store.recordPractice(user, practice('2026-03-10', { technique: 'box', minutes: 2, timeZone: 'Asia/Kolkata' }));
  expect(outcome).toEqual({
    counted: true,
    before: {
      days: ['2026-03-09'],
      sessions: 1,
      minutes: 10,
      techniques: { pmr: 1 },
      timeZone: 'America/Los_Angeles',
      preferences: { technique: 'box' },
    },
    after: {
      days: ['2026-03-09', '2026-03-10'],
      sessions: 2,
      minutes: 12,
      techniques: { pmr: 1, box: 1 },
      timeZone: 'Asia/Kolkata',
      preferences: { technique: 'box' },
    },
  });
  expect(await store.readHistory(user)).toEqual(outcome.counted ? outcome.after : undefined);
});

test('a technique whose name is not a plain word is counted all the same', async () => {
  const user = newUser();
  await store.recordPractice(user, practice('2026-03-10', { technique: 'slow-exhale' }));
  await store.recordPractice(user, practice('2026-03-10', { technique: 'slow-exhale' }));
  expect((await store.readHistory(user)).techniques).toEqual({ 'slow-exhale': 2 });
});

test('a retried request id counts once', async () => {
  const user = newUser();
  const first = practice('2026-03-10');
  expect(await store.recordPractice(user, first)).toMatchObject({ counted: true });
  expect(await store.recordPractice(user, first)).toEqual({ counted: false, reason: 'duplicate-request', preferences: {} });
  expect(await store.recordPractice(user, { ...first })).toEqual({ counted: false, reason: 'duplicate-request', preferences: {} });
  expect((await store.readHistory(user)).sessions).toBe(1);
});

test('the same request id from another user is that user\'s own practice', async () => {
  const [a, b] = [newUser(), newUser()];
  const shared = practice('2026-03-10');
  await store.recordPractice(a, shared);
  expect(await store.recordPractice(b, shared)).toMatchObject({ counted: true });
});

test('20 concurrent practices for one user are all counted, and exactly one makes the day new', async () => {
  const user = newUser();
  const practices = Array.from({ length: 20 }, (_, i) =>
    practice('2026-03-10', { technique: i % 2 === 0 ? 'calm' : 'box', minutes: i + 1 }),
  );
  const outcomes = await Promise.all(practices.map((p) => store.recordPractice(user, p)));

  expect(outcomes.every((outcome) => outcome.counted)).toBe(true);
  const newDay = outcomes.filter((outcome) => outcome.counted && !outcome.before.days.includes('2026-03-10'));
  expect(newDay).toHaveLength(1);
  const sessionsBefore = outcomes.map((outcome) => (outcome.counted ? outcome.before.sessions : -1)).sort((x, y) => x - y);
  expect(sessionsBefore).toEqual(Array.from({ length: 20 }, (_, i) => i));
  expect(await store.readHistory(user)).toMatchObject({
    days: ['2026-03-10'],
    sessions: 20,
    minutes: 210,
    techniques: { calm: 10, box: 10 },
  });
});

test('a missed day restarts the streak at 1 while the longest stays', async () => {
  const user = newUser();
  for (const day of ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-05']) {
    await store.recordPractice(user, practice(day));
  }
  const summary = summarisePractice(await store.readHistory(user), '2026-03-05');
  expect(summary).toMatchObject({ currentStreak: 1, longestStreak: 3, sessions: 4 });
});

test('the item holds exactly the documented attributes', async () => {
  const user = newUser();
  await store.recordPractice(user, practice('2026-03-10', { technique: 'box', requestId: 'req-1' }));
  await store.savePreferences(user, { technique: 'box', minutes: 5, softVoiceAtNight: true });
  const item = await rawItem(user);
  expect(Object.keys(item ?? {}).sort()).toEqual(
    ['days', 'minutes', 'p_minutes', 'p_softVoiceAtNight', 'p_technique', 'pk', 'r_2', 'sessions', 'sk', 't_box', 'tz'].sort(),
  );
  expect(item?.pk).toEqual({ S: user });
  // 2026-03-10 is UTC day 20522: of the ten rotating guard sets, r_2.
  expect(item?.r_2?.SS).toHaveLength(1);
  expect(item?.r_2?.SS?.[0]).toMatch(/^[0-9a-f]{16}$/);
});

const guardSets = async (user: string) => Object.keys((await rawItem(user)) ?? {}).filter((name) => name.startsWith('r_')).sort();

test('retry guards older than yesterday are cleared by the next practice, however long the gap', async () => {
  const user = newUser();
  await store.recordPractice(user, practice('2026-03-01')); // UTC day 20513: r_3
  await store.recordPractice(user, practice('2026-03-02')); // r_4
  expect(await guardSets(user)).toEqual(['r_3', 'r_4']);
  await store.recordPractice(user, practice('2026-03-04')); // r_6
  expect(await guardSets(user)).toEqual(['r_6']);
  await store.recordPractice(user, practice('2026-06-30')); // 118 days later: r_4
  expect(await guardSets(user)).toEqual(['r_4']);
});

test('a write on a new day clears the stale guard sets another container left', async () => {
  const user = newUser();
  const otherContainer = new DynamoPracticeStore({ tableName: table.tableName, client: table.client });
  await store.recordPractice(user, practice('2026-03-04')); // r_6
  await otherContainer.recordPractice(user, practice('2026-03-05')); // r_7
  await otherContainer.recordPractice(user, practice('2026-03-06')); // r_8
  expect(await guardSets(user)).toEqual(['r_7', 'r_8']);
  await store.recordPractice(user, practice('2026-03-10')); // r_2: r_7 and r_8 are stale
  expect(await guardSets(user)).toEqual(['r_2']);
});

test('a same-day write sends no removal it does not need, and a stale set it did not know of goes with the next', async () => {
  const sent: string[] = [];
  const client = createDynamoDbClient();
  client.middlewareStack.add(
    (next) => async (args) => {
      const input = args.input as { UpdateExpression?: string };
      if (input.UpdateExpression?.startsWith('ADD')) sent.push(input.UpdateExpression);
      return next(args);
    },
    { step: 'initialize', name: 'recordExpressions' },
  );
  try {
    const container = new DynamoPracticeStore({ tableName: table.tableName, client });
    const user = newUser();
    await container.recordPractice(user, practice('2026-03-04')); // r_6, knowing nothing: removes every stale set
    await container.recordPractice(user, practice('2026-03-04')); // knows r_6 is all there is
    expect(sent[0]).toContain('REMOVE');
    expect(sent[1]).not.toContain('REMOVE');
    // A set no write of that day could leave (2026-03-01's r_3), put there behind the store's back.
    await table.client.send(
      new UpdateItemCommand({
        TableName: table.tableName,
        Key: { pk: { S: user }, sk: { S: PRACTICE_SORT_KEY } },
        UpdateExpression: 'ADD r_3 :tag',
        ExpressionAttributeValues: { ':tag': { SS: ['0123456789abcdef'] } },
      }),
    );
    await container.recordPractice(user, practice('2026-03-04')); // does not know of r_3 yet
    await container.recordPractice(user, practice('2026-03-04')); // learnt of it from the last write
    expect(sent[2]).not.toContain('REMOVE');
    expect(sent[3]).toMatch(/REMOVE r_3$/);
    expect(await guardSets(user)).toEqual(['r_6']);
    expect(await store.readHistory(user)).toMatchObject({ sessions: 4, days: ['2026-03-04'] });
  } finally {
    client.destroy();
  }
});

test('around UTC midnight, a late request stamped today leaves tomorrow\'s retry guard in place', async () => {
  const user = newUser();
  const tomorrow = practice('2026-03-05', { requestId: 'req-after-midnight', requestedAt: '2026-03-05T00:00:05Z' }); // r_7
  await store.recordPractice(user, tomorrow);
  await new DynamoPracticeStore({ tableName: table.tableName, client: table.client }).recordPractice(
    user,
    practice('2026-03-04', { requestedAt: '2026-03-04T23:59:58Z' }), // r_6, from another container
  );
  expect(await store.recordPractice(user, tomorrow)).toMatchObject({ counted: false, reason: 'duplicate-request' });
  expect(await guardSets(user)).toEqual(['r_6', 'r_7']);
  expect((await store.readHistory(user)).sessions).toBe(2);
});

test('a retry counts once even when its attempts land on different local days', async () => {
  const user = newUser();
  const first = practice('2026-03-07', { requestId: 'req-zone', requestedAt: '2026-03-08T03:00:00Z', timeZone: 'UTC' });
  await store.recordPractice(user, { ...first, localDay: '2026-03-08' });
  const retry = await store.recordPractice(user, { ...first, localDay: '2026-03-07', timeZone: 'America/New_York' });
  expect(retry).toEqual({ counted: false, reason: 'duplicate-request', preferences: {} });
  expect(await store.readHistory(user)).toMatchObject({ days: ['2026-03-08'], sessions: 1 });
});

test('preferences are saved, changed and reset without touching the practice', async () => {
  const user = newUser();
  await store.recordPractice(user, practice('2026-03-10'));
  await store.savePreferences(user, { technique: 'box', minutes: 5, softVoiceAtNight: true });
  expect((await store.readHistory(user)).preferences).toEqual({ technique: 'box', minutes: 5, softVoiceAtNight: true });

  await store.savePreferences(user, { minutes: 10, softVoiceAtNight: false });
  expect((await store.readHistory(user)).preferences).toEqual({ minutes: 10, softVoiceAtNight: false });

  await store.savePreferences(user, {});
  const history = await store.readHistory(user);
  expect(history.preferences).toEqual({});
  expect(history.sessions).toBe(1);
});

test('resetting the preferences of an unknown user stores nothing', async () => {
  const user = newUser();
  await store.savePreferences(user, {});
  expect(await rawItem(user)).toBeUndefined();
});

test('forgetting a user deletes everything stored for them', async () => {
  const user = newUser();
  const other = newUser();
  await store.recordPractice(user, practice('2026-03-10'));
  await store.savePreferences(user, { technique: 'box' });
  await store.recordPractice(other, practice('2026-03-10'));

  await store.forgetUser(user);

  expect(await rawItem(user)).toBeUndefined();
  expect(await store.readHistory(user)).toEqual(EMPTY_HISTORY);
  expect((await store.readHistory(other)).sessions).toBe(1);
  await expect(store.forgetUser(user)).resolves.toBeUndefined();
});

test('a bad local day is refused before anything is written', async () => {
  const user = newUser();
  await expect(store.recordPractice(user, practice('10/03/2026'))).rejects.toThrow(RangeError);
  expect(await rawItem(user)).toBeUndefined();
});
