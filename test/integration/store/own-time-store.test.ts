import { GetItemCommand, PutItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import { EMPTY_RECORD, forgottenRecord, withPractice } from '../../../lambda/practice/practice-record';
import { DynamoPracticeStore } from '../../../lambda/store/dynamo-practice-store';
import { createDynamoDbClient } from '../../../lambda/store/dynamodb-client';
import { DynamoOwnTimeStore, OWN_TIME_SORT_KEY, type OwnTimeRecord } from '../../../lambda/store/own-time-store';
import { StoreUnavailableError } from '../../../lambda/store/practice-store';
import { PRACTICE_SORT_KEY, TTL_ATTRIBUTE } from '../../../lambda/store/table-schema';
import { createPracticeTable, type PracticeTable } from '../../support/practice-table';

let table: PracticeTable;
let store: DynamoOwnTimeStore;
let practice: DynamoPracticeStore;
let userCounter = 0;
const newUser = () => `amzn1.ask.account.OWNTIME${Date.now()}/user+${++userCounter}==`;
/** When the requests of these tests were asked, unless a test says otherwise. */
const ASKED = Date.parse('2026-12-01T12:00:00Z');

beforeAll(async () => {
  table = await createPracticeTable('own-time-store');
  store = new DynamoOwnTimeStore({ tableName: table.tableName, client: table.client });
  practice = new DynamoPracticeStore({ tableName: table.tableName, client: table.client });
});
afterAll(() => table?.drop());

async function rawItem(userId: string, sk = PRACTICE_SORT_KEY) {
  const { Item } = await table.client.send(
    new GetItemCommand({ TableName: table.tableName, Key: { pk: { S: userId }, sk: { S: sk } }, ConsistentRead: true }),
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

const withoutRevision = ({ revision: _, ...record }: OwnTimeRecord): OwnTimeRecord => record;

const practised = (user: string) =>
  practice.recordPractice(
    user,
    withPractice(EMPTY_RECORD, {
      requestId: `amzn1.echo-api.request.own-time-${user}`,
      at: ASKED,
      kind: 'breathing',
      minutes: 3,
      localDay: '2026-12-01',
      localHour: 12,
      timeZone: 'Europe/London',
      preferences: {},
    }),
  );

describe('time on your own on DynamoDB Local', () => {
  it('reads nothing as empty, saves a record over the one read and reads it back', async () => {
    const user = newUser();
    const read = await store.read(user);
    expect(read).toEqual({ weeks: [] });
    const record = { lastMinutes: 20, nextMinutes: 25, weeks: [{ week: '2026-W49', minutes: 35, longest: 20 }] };
    expect(await store.save(user, record, read, ASKED)).toBe(true);
    expect(withoutRevision(await store.read(user))).toEqual(record);
  });

  it('sets and clears the pending stretch without touching the rest', async () => {
    const user = newUser();
    expect(await store.setPending(user, 15, ASKED)).toBe(true);
    const read = await store.read(user);
    expect(withoutRevision(read)).toEqual({ pendingMinutes: 15, weeks: [] });
    await store.save(user, { lastMinutes: 15, nextMinutes: 20, weeks: [{ week: '2026-W49', minutes: 15, longest: 15 }] }, read, ASKED);
    await store.setPending(user, 20, ASKED);
    expect(withoutRevision(await store.read(user))).toEqual({
      pendingMinutes: 20,
      lastMinutes: 15,
      nextMinutes: 20,
      weeks: [{ week: '2026-W49', minutes: 15, longest: 15 }],
    });
    await store.setPending(user, undefined, ASKED);
    expect((await store.read(user)).pendingMinutes).toBeUndefined();
  });

  it('clearing the pending stretch of a user with no item creates none', async () => {
    const user = newUser();
    expect(await store.setPending(user, undefined, ASKED)).toBe(false);
    expect(await sortKeysOf(user)).toEqual([]);
  });

  it('lives in the practice item: a practice keeps it, a forget takes it', async () => {
    const user = newUser();
    await practised(user);
    await store.save(user, { lastMinutes: 10, weeks: [] }, await store.read(user), ASKED);
    expect(await sortKeysOf(user)).toEqual([PRACTICE_SORT_KEY]);
    expect(await rawItem(user)).toMatchObject({ sessions: { N: '1' }, ownTimeLast: { N: '10' } });

    const history = await practice.readHistory(user);
    await practice.recordPractice(
      user,
      withPractice(history, { ...history.answers[0]!, requestId: 'again', kind: 'grounding', minutes: 2, timeZone: 'Europe/London' }),
    );
    expect(withoutRevision(await store.read(user))).toEqual({ lastMinutes: 10, weeks: [] });

    await practice.forgetUser(user, {
      ...forgottenRecord('forget', ASKED + 60_000),
      revision: (await practice.readHistory(user)).revision,
    });
    expect(await store.read(user)).toMatchObject({ weeks: [] });
    expect((await store.read(user)).lastMinutes).toBeUndefined();
    expect((await rawItem(user))?.[TTL_ATTRIBUTE]).toBeDefined();
  });

  it('a save over a record another write has moved since is refused', async () => {
    const user = newUser();
    await store.setPending(user, 10, ASKED);
    const read = await store.read(user);
    await store.setPending(user, 25, ASKED);
    expect(await store.save(user, { lastMinutes: 10, weeks: [] }, read, ASKED)).toBe(false);
    expect(withoutRevision(await store.read(user))).toEqual({ pendingMinutes: 25, weeks: [] });
  });

  it('holds only practice activity: numbers and ISO weeks', async () => {
    const user = newUser();
    await store.save(
      user,
      { pendingMinutes: 5, lastMinutes: 10, nextMinutes: 15, weeks: [{ week: '2026-W49', minutes: 10, longest: 10 }] },
      await store.read(user),
      ASKED,
    );
    expect(
      Object.keys((await rawItem(user))!)
        .filter((name) => name.startsWith('ownTime'))
        .sort(),
    ).toEqual(['ownTimeLast', 'ownTimeNext', 'ownTimePending', 'ownTimeWeeks']);
  });

  it('reads a malformed record defensively, leaving out what it cannot trust', async () => {
    const user = newUser();
    await table.client.send(
      new PutItemCommand({
        TableName: table.tableName,
        Item: {
          pk: { S: user },
          sk: { S: PRACTICE_SORT_KEY },
          ownTimeNext: { N: '-3' },
          ownTimeLast: { S: 'twenty' },
          ownTimeWeeks: {
            L: [
              { M: { week: { S: 'last week' }, minutes: { N: '5' }, longest: { N: '5' } } },
              { M: { week: { S: '2026-W48' }, minutes: { N: '12' }, longest: { N: '7' } } },
            ],
          },
        },
      }),
    );
    expect(withoutRevision(await store.read(user))).toEqual({ weeks: [{ week: '2026-W48', minutes: 12, longest: 7 }] });
  });

  it('throws StoreUnavailableError when the table cannot be reached', async () => {
    const unreachable = new DynamoOwnTimeStore({
      tableName: table.tableName,
      client: createDynamoDbClient({ endpoint: 'http://127.0.0.1:9' }),
    });
    await expect(unreachable.read(newUser())).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(unreachable.setPending(newUser(), 5, ASKED)).rejects.toBeInstanceOf(StoreUnavailableError);
  });
});

describe('the own-time item of the layout before this one', () => {
  const legacyItem = (user: string) =>
    table.client.send(
      new PutItemCommand({
        TableName: table.tableName,
        Item: {
          pk: { S: user },
          sk: { S: OWN_TIME_SORT_KEY },
          pendingMinutes: { N: '20' },
          lastMinutes: { N: '15' },
          nextMinutes: { N: '20' },
          weeks: { L: [{ M: { week: { S: '2026-W48' }, minutes: { N: '15' }, longest: { N: '15' } } }] },
        },
      }),
    );

  it('is read while the practice item holds none, folded into it by the next save, then deleted', async () => {
    const user = newUser();
    await practised(user);
    await legacyItem(user);
    const read = await store.read(user);
    expect(withoutRevision(read)).toEqual({
      pendingMinutes: 20,
      lastMinutes: 15,
      nextMinutes: 20,
      weeks: [{ week: '2026-W48', minutes: 15, longest: 15 }],
    });

    expect(await store.save(user, { ...read, pendingMinutes: undefined, lastMinutes: 20 }, read, ASKED)).toBe(true);
    expect(await sortKeysOf(user)).toEqual([PRACTICE_SORT_KEY]);
    expect(withoutRevision(await store.read(user))).toEqual({
      lastMinutes: 20,
      nextMinutes: 20,
      weeks: [{ week: '2026-W48', minutes: 15, longest: 15 }],
    });
  });

  it('left beside the memo of a forget, is never read and is deleted', async () => {
    const user = newUser();
    await practice.forgetUser(user, forgottenRecord('forget', ASKED));
    await legacyItem(user);
    expect(withoutRevision(await store.read(user))).toEqual({ weeks: [] });
    expect(await sortKeysOf(user)).toEqual([PRACTICE_SORT_KEY]);
  });
});
