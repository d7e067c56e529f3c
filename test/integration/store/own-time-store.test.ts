import { GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { DynamoOwnTimeStore, EMPTY_OWN_TIME, OWN_TIME_SORT_KEY } from '../../../lambda/store/own-time-store';
import { EMPTY_RECORD, withPractice } from '../../../lambda/practice/practice-record';
import { DynamoPracticeStore } from '../../../lambda/store/dynamo-practice-store';
import { StoreUnavailableError } from '../../../lambda/store/practice-store';
import { createDynamoDbClient } from '../../../lambda/store/dynamodb-client';
import { PRACTICE_SORT_KEY } from '../../../lambda/store/table-schema';
import { createPracticeTable, type PracticeTable } from '../../support/practice-table';

let table: PracticeTable;
let store: DynamoOwnTimeStore;
let userCounter = 0;
const newUser = () => `amzn1.ask.account.OWNTIME${Date.now()}/user+${++userCounter}==`;

beforeAll(async () => {
  table = await createPracticeTable('own-time-store');
  store = new DynamoOwnTimeStore({ tableName: table.tableName, client: table.client });
});
afterAll(() => table?.drop());

async function rawItem(userId: string, sk = OWN_TIME_SORT_KEY) {
  const { Item } = await table.client.send(
    new GetItemCommand({ TableName: table.tableName, Key: { pk: { S: userId }, sk: { S: sk } }, ConsistentRead: true }),
  );
  return Item;
}

describe('the own-time item on DynamoDB Local', () => {
  it('reads nothing as empty, saves a record and reads it back', async () => {
    const user = newUser();
    expect(await store.read(user)).toEqual(EMPTY_OWN_TIME);
    const record = { lastMinutes: 20, nextMinutes: 25, weeks: [{ week: '2026-W49', minutes: 35, longest: 20 }] };
    await store.save(user, record);
    expect(await store.read(user)).toEqual(record);
  });

  it('sets and clears the pending stretch without touching the rest', async () => {
    const user = newUser();
    await store.setPending(user, 15);
    expect(await store.read(user)).toEqual({ pendingMinutes: 15, weeks: [] });
    await store.save(user, { lastMinutes: 15, nextMinutes: 20, weeks: [{ week: '2026-W49', minutes: 15, longest: 15 }] });
    await store.setPending(user, 20);
    expect(await store.read(user)).toEqual({
      pendingMinutes: 20,
      lastMinutes: 15,
      nextMinutes: 20,
      weeks: [{ week: '2026-W49', minutes: 15, longest: 15 }],
    });
    await store.setPending(user, undefined);
    expect((await store.read(user)).pendingMinutes).toBeUndefined();
  });

  it('clearing the pending stretch of a user with no item creates none', async () => {
    const user = newUser();
    await store.setPending(user, undefined);
    expect(await rawItem(user)).toBeUndefined();
  });

  it("lives beside the practice record, and goes with the rest of a forget, which leaves the record to the practice store's memo", async () => {
    const user = newUser();
    const practice = new DynamoPracticeStore({ tableName: table.tableName, client: table.client });
    await practice.recordPractice(
      user,
      withPractice(EMPTY_RECORD, {
        requestId: `amzn1.echo-api.request.own-time-${user}`,
        at: Date.parse('2026-12-01T12:00:00Z'),
        kind: 'breathing',
        minutes: 3,
        localDay: '2026-12-01',
        localHour: 12,
        timeZone: 'Europe/London',
        preferences: {},
      }),
    );
    await store.save(user, { lastMinutes: 10, weeks: [] });
    expect(await rawItem(user)).toMatchObject({ pk: { S: user }, sk: { S: 'own-time' }, lastMinutes: { N: '10' } });
    expect(await rawItem(user, PRACTICE_SORT_KEY)).toBeDefined();
    await practice.deleteOtherItems(user);
    expect(await rawItem(user)).toBeUndefined();
    expect(await rawItem(user, PRACTICE_SORT_KEY)).toBeDefined();
  });

  it('holds only practice activity: numbers and ISO weeks', async () => {
    const user = newUser();
    await store.save(user, {
      pendingMinutes: 5,
      lastMinutes: 10,
      nextMinutes: 15,
      weeks: [{ week: '2026-W49', minutes: 10, longest: 10 }],
    });
    expect(Object.keys((await rawItem(user))!).sort()).toEqual(['lastMinutes', 'nextMinutes', 'pendingMinutes', 'pk', 'sk', 'weeks']);
  });

  it('reads a malformed item defensively, leaving out what it cannot trust', async () => {
    const user = newUser();
    await table.client.send(
      new PutItemCommand({
        TableName: table.tableName,
        Item: {
          pk: { S: user },
          sk: { S: OWN_TIME_SORT_KEY },
          nextMinutes: { N: '-3' },
          lastMinutes: { S: 'twenty' },
          weeks: {
            L: [
              { M: { week: { S: 'last week' }, minutes: { N: '5' }, longest: { N: '5' } } },
              { M: { week: { S: '2026-W48' }, minutes: { N: '12' }, longest: { N: '7' } } },
            ],
          },
        },
      }),
    );
    expect(await store.read(user)).toEqual({ weeks: [{ week: '2026-W48', minutes: 12, longest: 7 }] });
  });

  it('throws StoreUnavailableError when the table cannot be reached', async () => {
    const unreachable = new DynamoOwnTimeStore({
      tableName: table.tableName,
      client: createDynamoDbClient({ endpoint: 'http://127.0.0.1:9' }),
    });
    await expect(unreachable.read(newUser())).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(unreachable.setPending(newUser(), 5)).rejects.toBeInstanceOf(StoreUnavailableError);
  });
});
