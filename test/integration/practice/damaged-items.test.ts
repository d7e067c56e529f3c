/**
 * Damaged items heal: whatever is already stored under a user (a number past what JavaScript
 * holds exactly, an unknown field of 20 KB, a forget dated in the future, a revision of 38
 * digits), a practice is recorded, a preference and a stretch of time on your own are saved, and
 * "forget my history" deletes everything. Each is read tolerantly and written back repaired.
 * Through the real skill on DynamoDB Local.
 */
import { type AttributeValue, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import type { RequestEnvelope } from 'ask-sdk-model';
import { Intents } from '../../../lambda/intents';
import { DynamoPracticeStore } from '../../../lambda/store/dynamo-practice-store';
import { PRACTICE_SORT_KEY } from '../../../lambda/store/table-schema';
import {
  speechOf,
  intentRequest,
  TIMERS_PERMISSION,
  type EnvelopeOptions,
  startAlexaApisStub,
  type AlexaApisStub,
} from '../../../tools/simulator';
import { createPracticeTable, type PracticeTable } from '../../support/practice-table';
import { createTableSkill, recordingLogger } from '../../support/skill-harness';
import { sealedSession } from '../../support/sealed-session';

let table: PracticeTable;
let apis: AlexaApisStub;
let store: DynamoPracticeStore;
let users = 0;
const newUser = () => `amzn1.ask.account.DAMAGED${++users}${Date.now()}`;

beforeAll(async () => {
  table = await createPracticeTable('damaged-items');
  apis = await startAlexaApisStub({ timeZone: 'Europe/London' });
  store = new DynamoPracticeStore({ tableName: table.tableName, client: table.client });
});
afterAll(async () => {
  await apis.stop();
  await table.drop();
});

/** 2^53 + 1: the first whole number a JavaScript number cannot hold. */
const PAST_SAFE = '9007199254740993';
const THIRTY_EIGHT_DIGITS = '9'.repeat(38);
const NOW = new Date('2026-10-14T18:00:00Z');
const A_YEAR_AHEAD = NOW.getTime() + 365 * 24 * 60 * 60_000;

/** The practice item a user already has, written by hand beside what Steady writes. */
async function storeItem(userId: string, attributes: Record<string, AttributeValue>): Promise<void> {
  await table.client.send(
    new PutItemCommand({
      TableName: table.tableName,
      Item: {
        pk: { S: userId },
        sk: { S: PRACTICE_SORT_KEY },
        revision: { N: '7' },
        sessions: { N: '3' },
        minutes: { N: '9' },
        practices: { M: { breathing: { N: '3' } } },
        runs: { L: [{ M: { from: { S: '2026-10-12' }, to: { S: '2026-10-13' } } }] },
        longest: { N: '2' },
        ...attributes,
      },
    }),
  );
}

async function rawItem(userId: string): Promise<Record<string, AttributeValue> | undefined> {
  const { Item } = await table.client.send(
    new GetItemCommand({ TableName: table.tableName, Key: { pk: { S: userId }, sk: { S: PRACTICE_SORT_KEY } }, ConsistentRead: true }),
  );
  return Item;
}

/** Every number in an item, as DynamoDB keeps it. */
function numbersIn(value: AttributeValue): string[] {
  if (value.N !== undefined) return [value.N];
  if (value.M !== undefined) return Object.values(value.M).flatMap(numbersIn);
  if (value.L !== undefined) return value.L.flatMap(numbersIn);
  return [];
}

function skillFor(userId: string) {
  const logger = recordingLogger();
  const skill = createTableSkill(table, { store, logger, clock: () => NOW });
  const who: EnvelopeOptions = { userId, timestamp: NOW, apiEndpoint: apis.endpoint };
  const ask = (build: (who: EnvelopeOptions) => RequestEnvelope) => skill.invoke(build(who));
  const messages = () => logger.entries.map((entry) => entry.message);
  return { ask, who, messages, logger };
}

const DAMAGE: ReadonlyArray<readonly [string, Record<string, AttributeValue>]> = [
  ['a revision past 2^53', { revision: { N: PAST_SAFE } }],
  ['a revision of 38 digits', { revision: { N: THIRTY_EIGHT_DIGITS } }],
  ['a session count past 2^53', { sessions: { N: PAST_SAFE } }],
  ['a count of one kind of practice past 2^53', { practices: { M: { breathing: { N: PAST_SAFE } } } }],
  ['minutes of 38 digits', { minutes: { N: THIRTY_EIGHT_DIGITS } }],
  ['a longest run past 2^53', { longest: { N: PAST_SAFE } }],
  [
    'a recent answer dated past 2^53 ms',
    {
      answers: {
        L: [{ M: { request: { S: 'a'.repeat(24) }, at: { N: PAST_SAFE }, localDay: { S: '2026-10-13' }, localHour: { N: '9' } } }],
      },
    },
  ],
  ['a pending stretch past 2^53 minutes', { ownTimePending: { N: PAST_SAFE } }],
  ['an unknown field of 20 KB', { notes: { S: 'x'.repeat(20_000) } }],
  [
    'an unknown map of 20 KB',
    { extra: { M: Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`k${i}`, { S: 'y'.repeat(48) }])) } },
  ],
  ['a forget dated a year ahead', { forgotten: { M: { request: { S: 'f'.repeat(24) }, at: { N: String(A_YEAR_AHEAD) } } } }],
];

describe.each(DAMAGE)('an item with %s', (_name, damage) => {
  test('still records a practice, and the item is written back with every number exact', async () => {
    const userId = newUser();
    await storeItem(userId, damage);
    const { ask, messages } = skillFor(userId);
    const response = await ask((who) => intentRequest(Intents.Breathe, {}, who));
    expect(speechOf(response)).toContain('calm breathing.');
    expect(messages()).toContain('practice recorded');
    const item = (await rawItem(userId))!;
    for (const number of numbersIn({ M: item })) expect(Number.isSafeInteger(Number(number)) || Number(number) % 1 !== 0).toBe(true);
    expect((await store.readHistory(userId)).history.sessions).toBeGreaterThanOrEqual(1);
  });

  test('still saves a preference and notes a stretch of time on your own', async () => {
    const userId = newUser();
    await storeItem(userId, damage);
    const { ask, messages } = skillFor(userId);
    await ask((who) =>
      intentRequest(Intents.PreferTechnique, { technique: { value: 'box breathing', id: 'box', slotType: 'BREATHING_TECHNIQUE' } }, who),
    );
    expect((await store.readHistory(userId)).history.preferences).toMatchObject({ technique: 'box' });
    await ask((who) => intentRequest(Intents.TimeApart, { duration: 'PT20M' }, { ...who, grantedPermissions: [TIMERS_PERMISSION] }));
    expect(messages()).not.toContain('time on your own not noted');
    expect(messages()).not.toContain('preferences not saved');
    expect((await rawItem(userId))?.ownTimePending).toEqual({ N: '20' });
  });

  test('is deleted by "forget my history"', async () => {
    const userId = newUser();
    await storeItem(userId, damage);
    const { ask } = skillFor(userId);
    const session = sealedSession({ asked: { question: 'forget' } }, { sessionId: 'amzn1.echo-api.session.damaged', userId });
    const response = await ask((who) => intentRequest(Intents.Yes, {}, { ...who, session }));
    expect(speechOf(response)).toContain('deleted everything');
    const item = (await rawItem(userId))!;
    expect(Object.keys(item).sort()).toEqual([
      'answers',
      'expiresAt',
      'forgotten',
      'longest',
      'minutes',
      'pk',
      'practices',
      'revision',
      'runs',
      'sessions',
      'sk',
    ]);
    expect(item.sessions).toEqual({ N: '0' });
  });
});

test('a forget dated a year ahead is dropped by the next practice, which keeps the history it had', async () => {
  const userId = newUser();
  await storeItem(userId, { forgotten: { M: { request: { S: 'f'.repeat(24) }, at: { N: String(A_YEAR_AHEAD) } } } });
  const { ask } = skillFor(userId);
  await ask((who) => intentRequest(Intents.Breathe, {}, who));
  const item = (await rawItem(userId))!;
  expect(item.forgotten).toBeUndefined();
  expect(item.sessions).toEqual({ N: '4' });
});

test('a revision past 2^53 is replaced by a small one: the next write is over it, exactly', async () => {
  const userId = newUser();
  await storeItem(userId, { revision: { N: PAST_SAFE } });
  const { ask } = skillFor(userId);
  await ask((who) => intentRequest(Intents.Breathe, {}, who));
  expect((await rawItem(userId))?.revision).toEqual({ N: '1' });
  expect((await store.readHistory(userId)).history.sessions).toBe(4);
});
