import { GetItemCommand, PutItemCommand, QueryCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import {
  EMPTY_RECORD,
  forgottenRecord,
  withPractice,
  type PracticeRecord,
  type PracticeToRecord,
} from '../../../lambda/practice/practice-record';
import { PRACTICE_KINDS } from '../../../lambda/practice/practice-kind';
import { summarisePractice } from '../../../lambda/practice/practice-summary';
import type { Preferences } from '../../../lambda/practice/preferences';
import { wordsFor } from '../../../lambda/content/words';
import { summarySpeech as speechIn, type SummaryWords } from '../../../lambda/practice/summary-wording';
import { DynamoPracticeStore } from '../../../lambda/store/dynamo-practice-store';
import { AskedBeforeForgetError } from '../../../lambda/store/practice-store';
import { PRACTICE_SORT_KEY, TTL_ATTRIBUTE } from '../../../lambda/store/table-schema';
import { createPracticeTable, type PracticeTable } from '../../support/practice-table';

const english: SummaryWords = wordsFor('en-US').summary;
const summarySpeech = (summary: Parameters<typeof speechIn>[0]): string => speechIn(summary, english);

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
/** When the preference requests of these tests were asked: before any forget in them. */
const ASKED = Date.parse('2026-03-10T12:30:00Z');

const practice = (localDay: string, overrides: Partial<PracticeToRecord> = {}): PracticeToRecord => ({
  requestId: `amzn1.echo-api.request.${++requestCounter}`,
  at: Date.parse(`${localDay}T12:00:00Z`),
  kind: 'breathing',
  minutes: 3,
  localDay,
  localHour: 12,
  timeZone: 'America/Los_Angeles',
  preferences: {},
  ...overrides,
});

/** Whether the store wrote the record. */
const write = async (user: string, next: PracticeRecord): Promise<boolean> => (await store.recordPractice(user, next)).written;

/** Reads, adds one practice, writes: what the practice service does, without its retries. */
async function record(user: string, next: PracticeToRecord): Promise<boolean> {
  return write(user, withPractice(await store.readHistory(user), next));
}

async function rawItem(userId: string, sortKey = PRACTICE_SORT_KEY) {
  const { Item } = await table.client.send(
    new GetItemCommand({ TableName: table.tableName, Key: { pk: { S: userId }, sk: { S: sortKey } }, ConsistentRead: true }),
  );
  return Item;
}

async function sortKeysOf(userId: string): Promise<string[]> {
  const { Items } = await table.client.send(
    new QueryCommand({
      TableName: table.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': { S: userId } },
      ConsistentRead: true,
    }),
  );
  return (Items ?? []).map((item) => item.sk!.S!).sort();
}

const putRaw = (item: Record<string, AttributeValue>) => table.client.send(new PutItemCommand({ TableName: table.tableName, Item: item }));

test('records practices and reads them back as a history to summarise', async () => {
  const user = newUser();
  await record(user, practice('2026-03-09', { kind: 'breathing', minutes: 4 }));
  await record(user, practice('2026-03-10', { kind: 'breathing', minutes: 4 }));
  await record(user, practice('2026-03-10', { kind: 'grounding', minutes: 2.5 }));

  const { history, answers } = await store.readHistory(user);
  expect(history).toEqual({
    sessions: 3,
    minutes: 10.5,
    practices: { breathing: 2, grounding: 1 },
    streaks: { runs: [{ from: '2026-03-09', to: '2026-03-10' }], longest: 2 },
    timeZone: 'America/Los_Angeles',
    preferences: {},
  });
  // Answers are kept ten minutes: only the last day's two are left.
  expect(answers).toHaveLength(2);
  expect(summarySpeech(summarisePractice(history, '2026-03-10'))).toBe(
    "You're on a 2-day streak, your longest yet. You've practised 3 times, 11 minutes in all, on 2 of the last 7 days. Your favourite practice is breathing.",
  );
});

test('an unknown user has an empty record', async () => {
  await expect(store.readHistory(newUser())).resolves.toEqual(EMPTY_RECORD);
});

test('a record read before another write is refused, and nothing of it is stored', async () => {
  const user = newUser();
  await record(user, practice('2026-03-09'));
  const read = await store.readHistory(user);
  expect(await write(user, withPractice(read, practice('2026-03-10', { kind: 'grounding' })))).toBe(true);
  expect(await write(user, withPractice(read, practice('2026-03-10', { kind: 'relaxation' })))).toBe(false);
  expect((await store.readHistory(user)).history.practices).toEqual({ breathing: 1, grounding: 1 });
});

test('of two first practices for a new user racing each other, exactly one is written', async () => {
  const user = newUser();
  const outcomes = await Promise.all(
    [practice('2026-03-10', { kind: 'breathing' }), practice('2026-03-10', { kind: 'relaxation' })].map((next) =>
      write(user, withPractice(EMPTY_RECORD, next)),
    ),
  );
  expect(outcomes.sort()).toEqual([false, true]);
  expect((await store.readHistory(user)).history.sessions).toBe(1);
});

test('a refused write brings the record as it now stands', async () => {
  const user = newUser();
  const read = await store.readHistory(user);
  await record(user, practice('2026-03-10', { kind: 'breathing' }));
  const refused = await store.recordPractice(user, withPractice(read, practice('2026-03-10')));
  expect(refused).toEqual({ written: false, current: expect.objectContaining({ history: expect.objectContaining({ sessions: 1 }) }) });
});

test("the same user id under another user is that user's own record", async () => {
  const [a, b] = [newUser(), newUser()];
  const shared = practice('2026-03-10');
  await record(a, shared);
  expect(await record(b, shared)).toBe(true);
  expect((await store.readHistory(b)).history.sessions).toBe(1);
});

test('preferences are saved, changed and reset without touching the practice', async () => {
  const user = newUser();
  await record(user, practice('2026-03-10'));
  await store.savePreferences(user, { technique: 'box', minutes: 5 }, ASKED);
  await expect(store.updatePreferences(user, { softVoiceAtNight: true }, ASKED)).resolves.toEqual({
    technique: 'box',
    minutes: 5,
    softVoiceAtNight: true,
  });
  expect((await store.readHistory(user)).history).toMatchObject({
    sessions: 1,
    preferences: { technique: 'box', minutes: 5, softVoiceAtNight: true },
  });
  await store.savePreferences(user, {}, ASKED);
  expect((await store.readHistory(user)).history).toMatchObject({ sessions: 1, preferences: {} });
});

test('a preference field the store has never heard of is kept as it is', async () => {
  const user = newUser();
  const withNewField = { technique: 'box', bells: false, sleepSound: 'rain' } as Preferences;
  await store.savePreferences(user, withNewField, ASKED);
  expect((await store.readHistory(user)).history.preferences).toEqual(withNewField);
  await expect(store.updatePreferences(user, { bells: true } as Preferences, ASKED)).resolves.toEqual({ ...withNewField, bells: true });
});

test('resetting the preferences of an unknown user stores nothing', async () => {
  const user = newUser();
  await store.savePreferences(user, {}, ASKED);
  expect(await sortKeysOf(user)).toEqual([]);
});

test('a preference saved between a practice read and its write is kept: the practice is refused and redone over it', async () => {
  const user = newUser();
  await record(user, practice('2026-03-09'));
  const read = await store.readHistory(user);
  await store.updatePreferences(user, { minutes: 10 }, ASKED);

  const outcome = await store.recordPractice(user, withPractice(read, practice('2026-03-10')));
  expect(outcome.written).toBe(false);
  const current = (outcome as { current?: PracticeRecord }).current!;
  expect(current.history.preferences).toEqual({ minutes: 10 });
  expect(await write(user, withPractice(current, practice('2026-03-10')))).toBe(true);

  expect((await store.readHistory(user)).history).toMatchObject({ sessions: 2, preferences: { minutes: 10 } });
});

test('a preference saved after a forget stays: the memo no longer expires', async () => {
  const user = newUser();
  await record(user, practice('2026-03-10'));
  await store.forgetUser(user, {
    ...forgottenRecord('amzn1.echo-api.request.forget-then-prefer', Date.parse('2026-03-10T13:00:00Z')),
    revision: (await store.readHistory(user)).revision,
  });
  expect((await rawItem(user))?.[TTL_ATTRIBUTE]).toBeDefined();

  await store.updatePreferences(user, { bells: false }, Date.parse('2026-03-10T13:05:00Z'));
  expect((await rawItem(user))?.[TTL_ATTRIBUTE]).toBeUndefined();
  expect((await store.readHistory(user)).history.preferences).toEqual({ bells: false });
});

test.each([
  ['updated', (user: string, askedAt: number) => store.updatePreferences(user, { bells: false }, askedAt)],
  ['replaced', (user: string, askedAt: number) => store.savePreferences(user, { technique: 'box' }, askedAt)],
])('a preference %s by a request asked before a forget is refused: nothing comes back, and the memo still expires', async (_, prefer) => {
  const user = newUser();
  const forgetAt = Date.parse('2026-03-10T13:00:00Z');
  await record(user, practice('2026-03-10'));
  await store.forgetUser(user, {
    ...forgottenRecord('amzn1.echo-api.request.forget-then-retried-preference', forgetAt),
    revision: (await store.readHistory(user)).revision,
  });
  const memo = await rawItem(user);

  await expect(prefer(user, forgetAt - 2000)).rejects.toBeInstanceOf(AskedBeforeForgetError);

  expect(await rawItem(user)).toEqual(memo);
  expect((await rawItem(user))?.[TTL_ATTRIBUTE]).toBeDefined();
});

test('forgetting deletes every item under the user, whatever its kind, and keeps only the memo of the forget', async () => {
  const user = newUser();
  const other = newUser();
  await record(user, practice('2026-03-10'));
  await record(other, practice('2026-03-10'));
  await store.savePreferences(user, { technique: 'box' }, ASKED);
  await putRaw({ pk: { S: user }, sk: { S: 'own-time' }, minutes: { N: '30' } });
  await putRaw({ pk: { S: user }, sk: { S: 'request#something-older' } });
  const at = Date.parse('2026-03-10T13:00:00Z');

  await store.forgetUser(user, {
    ...forgottenRecord('amzn1.echo-api.request.forget', at),
    revision: (await store.readHistory(user)).revision,
  });

  expect(await sortKeysOf(user)).toEqual([PRACTICE_SORT_KEY]);
  const memo = (await rawItem(user))!;
  expect(memo).toMatchObject({ sessions: { N: '0' }, runs: { L: [] }, answers: { L: [] } });
  expect(memo.tz).toBeUndefined();
  // The memo holds no practice, and the table deletes it by itself after three days.
  expect(Number(memo[TTL_ATTRIBUTE]!.N)).toBe(Math.ceil(at / 1000) + 3 * 24 * 3600);
  expect((await store.readHistory(user)).history).toEqual(EMPTY_RECORD.history);
  expect((await store.readHistory(other)).history.sessions).toBe(1);
});

test('a forget planned on a record another device has since written is refused and deletes nothing', async () => {
  const user = newUser();
  await record(user, practice('2026-03-10'));
  await store.savePreferences(user, { technique: 'box' }, ASKED);
  const read = await store.readHistory(user);
  await record(user, practice('2026-03-11'));

  const outcome = await store.forgetUser(user, {
    ...forgottenRecord('amzn1.echo-api.request.forget', Date.now()),
    revision: read.revision,
  });

  expect(outcome.written).toBe(false);
  const now = await store.readHistory(user);
  expect(now.history.sessions).toBe(2);
  expect(now.history.preferences).toEqual({ technique: 'box' });
  expect(now.forgotten).toBeUndefined();
});

test('a practice after a forget clears the expiry: the new history stays', async () => {
  const user = newUser();
  await store.forgetUser(user, forgottenRecord('amzn1.echo-api.request.forget', Date.parse('2026-03-10T08:00:00Z')));
  await record(user, practice('2026-03-10'));
  const item = (await rawItem(user))!;
  expect(item[TTL_ATTRIBUTE]).toBeUndefined();
  expect((await store.readHistory(user)).forgotten).toEqual(expect.objectContaining({ at: Date.parse('2026-03-10T08:00:00Z') }));
});

describe('an item with attributes of the wrong type', () => {
  const malformed = (user: string): Record<string, AttributeValue> => ({
    pk: { S: user },
    sk: { S: PRACTICE_SORT_KEY },
    sessions: { S: 'seven' },
    minutes: { N: '12.345678901234567890123456789012345678' },
    days: { L: [{ S: '2026-03-08' }] },
    runs: { L: [{ M: { from: { S: 'garbage' }, to: { S: '2026-6-9' } } }, { M: { from: { S: '2026-03-08' }, to: { S: '2026-03-09' } } }] },
    techniques: { M: { box: { S: '3' }, calm: { N: '-3' }, pmr: { N: '2' } } },
    longest: { S: 'long' },
    tz: { S: 'Not/AZone' },
    answers: { S: 'none' },
    revision: { S: 'r' },
  });

  test('is read for what it can tell, and the next practice writes it back whole and well formed', async () => {
    const user = newUser();
    await putRaw(malformed(user));
    const read = await store.readHistory(user);
    expect(read.history).toEqual({
      sessions: 0,
      minutes: 12.345678901234567,
      practices: { relaxation: 2 },
      streaks: { runs: [{ from: '2026-03-08', to: '2026-03-09' }], longest: 2 },
      preferences: {},
    });
    expect(await write(user, withPractice(read, practice('2026-03-10', { kind: 'relaxation' })))).toBe(true);
    const item = (await rawItem(user))!;
    expect(item).toMatchObject({
      sessions: { N: '1' },
      practices: { M: { relaxation: { N: '3' } } },
      longest: { N: '3' },
      revision: { N: '1' },
      runs: { L: [{ M: { from: { S: '2026-03-08' }, to: { S: '2026-03-10' } } }] },
    });
    expect(item.days).toBeUndefined();
  });

  test('takes a preference saved over it, and a practice planned on it before the save is refused and redone', async () => {
    const user = newUser();
    await putRaw(malformed(user));
    const planned = await store.readHistory(user);
    await expect(store.updatePreferences(user, { technique: 'box' }, ASKED)).resolves.toEqual({ technique: 'box' });
    expect(await write(user, withPractice(planned, practice('2026-03-10')))).toBe(false);
    const current = await store.readHistory(user);
    expect(current.history.preferences).toEqual({ technique: 'box' });
    expect(await write(user, withPractice(current, practice('2026-03-10')))).toBe(true);
    expect((await store.readHistory(user)).history).toMatchObject({ sessions: 1, preferences: { technique: 'box' } });
  });

  test('takes a reset of the preferences over it', async () => {
    const user = newUser();
    await putRaw({ ...malformed(user), p_technique: { S: 'box' } });
    await store.savePreferences(user, {}, ASKED);
    expect((await store.readHistory(user)).history.preferences).toEqual({});
  });
});

test('an item in the earlier layout (a days set, prefixed counters and preferences, guard sets) reads the same and is rewritten', async () => {
  const user = newUser();
  await putRaw({
    pk: { S: user },
    sk: { S: PRACTICE_SORT_KEY },
    days: { SS: ['2026-03-07', '2026-03-08', '2026-03-09', '2026-01-01'] },
    sessions: { N: '5' },
    minutes: { N: '20' },
    t_box: { N: '4' },
    t_calm: { N: '1' },
    r_3: { SS: ['abc'] },
    tz: { S: 'Europe/Paris' },
    p_technique: { S: 'box' },
    p_softVoiceAtNight: { BOOL: true },
  });
  const read = await store.readHistory(user);
  expect(read.history).toEqual({
    sessions: 5,
    minutes: 20,
    practices: { breathing: 5 },
    streaks: {
      runs: [
        { from: '2026-01-01', to: '2026-01-01' },
        { from: '2026-03-07', to: '2026-03-09' },
      ],
      longest: 3,
    },
    timeZone: 'Europe/Paris',
    preferences: { technique: 'box', softVoiceAtNight: true },
  });
  expect(await write(user, withPractice(read, practice('2026-03-10')))).toBe(true);
  const item = (await rawItem(user))!;
  expect(Object.keys(item).filter((name) => /^(r_|t_|days$)/.test(name))).toEqual([]);
  expect(summarisePractice((await store.readHistory(user)).history, '2026-03-10')).toMatchObject({ sessions: 6, currentStreak: 4 });
});

describe('write capacity per practice', () => {
  /** Write units the table reports for each PutItem on the practice record. */
  function measuringStore() {
    const units: number[] = [];
    const measured = new DynamoPracticeStore({ tableName: table.tableName, client: table.client });
    table.client.middlewareStack.add(
      (next, context) => async (args) => {
        const input = args.input as { ReturnConsumedCapacity?: string; Item?: unknown };
        const isPut = context.commandName === 'PutItemCommand';
        if (isPut) input.ReturnConsumedCapacity = 'TOTAL';
        const result = await next(args);
        const consumed = (result.output as { ConsumedCapacity?: { CapacityUnits?: number } }).ConsumedCapacity;
        if (isPut && consumed?.CapacityUnits !== undefined) units.push(consumed.CapacityUnits);
        return result;
      },
      { step: 'initialize', name: 'measureWriteUnits' },
    );
    return { measured, units, stop: () => table.client.middlewareStack.remove('measureWriteUnits') };
  }

  test('is the same in year three of daily practice as in week one', async () => {
    const user = newUser();
    const { measured, units, stop } = measuringStore();
    try {
      const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
      const kinds = PRACTICE_KINDS;
      let read: PracticeRecord = await measured.readHistory(user);
      const unitsOn: number[] = [];
      for (let n = 0; n < 3 * 365; n++) {
        const next = withPractice(read, practice(day(n), { kind: kinds[n % kinds.length]!, at: Date.parse(`${day(n)}T12:00:00Z`) }));
        expect((await measured.recordPractice(user, next)).written).toBe(true);
        // Re-read only now and then: the next write goes over the revision just written.
        read =
          n % 100 === 0
            ? await measured.readHistory(user)
            : { ...next, revision: (typeof next.revision === 'number' ? next.revision : 0) + 1 };
        unitsOn.push(units[units.length - 1]!);
      }
      const weekOne = unitsOn.slice(0, 7);
      const yearThree = unitsOn.slice(2 * 365);
      expect(Math.max(...yearThree)).toBe(Math.max(...weekOne));
      expect(Math.max(...unitsOn)).toBe(1);
      const { history } = await measured.readHistory(user);
      expect(summarisePractice(history, day(3 * 365 - 1))).toMatchObject({
        sessions: 3 * 365,
        currentStreak: 3 * 365,
        longestStreak: 3 * 365,
        daysInLastSeven: 7,
      });
    } finally {
      stop();
    }
  }, 120_000);
});
