/**
 * The practice path through the real skill on DynamoDB Local, as a user hears it: retries that
 * replay, concurrent devices, "forget my history", the practice clock and damaged items.
 */
import { PutItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { Intents } from '../../../lambda/intents';
import { wordsFor } from '../../../lambda/content/words';
import { DynamoPracticeStore } from '../../../lambda/store/dynamo-practice-store';
import { PRACTICE_SORT_KEY } from '../../../lambda/store/table-schema';
import { Conversation, speechOf, intentRequest, launchRequest, startSettingsApiStub, type SettingsApiStub } from '../../../tools/simulator';
import { createPracticeTable, type PracticeTable } from '../../support/practice-table';
import { createTableSkill } from '../../support/skill-harness';

const { milestone: milestoneCelebration } = wordsFor('en-US').summary;

let table: PracticeTable;
let settingsApi: SettingsApiStub;
let store: DynamoPracticeStore;
let users = 0;
const newUser = () => `amzn1.ask.account.PRACTICEPATH${++users}${Date.now()}`;

beforeAll(async () => {
  table = await createPracticeTable('practice-path');
  settingsApi = await startSettingsApiStub({ timeZone: 'America/New_York' });
  store = new DynamoPracticeStore({ tableName: table.tableName, client: table.client });
});
afterAll(async () => {
  await settingsApi.stop();
  await table.drop();
});

/** The real skill, its function clock set by the test: `now` is when each request arrives. */
function skillAt(clock: { now: Date }) {
  const skill = createTableSkill(table, { store, clock: () => clock.now });
  return (event: RequestEnvelope): Promise<ResponseEnvelope> => skill.invoke(event);
}

const sessionsOf = async (userId: string) => (await store.readHistory(userId)).history.sessions;
const said = (text: string) => text.replace(/'/g, '&apos;');

/**
 * A new user who practised on 1 and 2 May, and the request of 3 May (14:00 UTC) that reaches
 * the first milestone, not yet sent.
 */
async function onTheThirdDay() {
  const userId = newUser();
  const clock = { now: new Date() };
  const invoke = skillAt(clock);
  for (const iso of ['2026-05-01T14:00:00Z', '2026-05-02T14:00:00Z']) {
    clock.now = new Date(iso);
    await invoke(intentRequest(Intents.Breathe, {}, { userId, timestamp: clock.now, apiEndpoint: settingsApi.endpoint }));
  }
  clock.now = new Date('2026-05-03T14:00:00Z');
  const request = intentRequest(Intents.Breathe, {}, { userId, timestamp: clock.now, apiEndpoint: settingsApi.endpoint });
  return { userId, clock, invoke, request };
}

describe('a retried practice request', () => {
  test('sent seconds later, hears the same session with its milestone, and counts once', async () => {
    const { userId, clock, invoke, request } = await onTheThirdDay();
    const first = speechOf(await invoke(request));
    expect(first).toContain(said(milestoneCelebration(3)));

    clock.now = new Date('2026-05-03T14:00:07Z');
    expect(speechOf(await invoke(request))).toBe(first);
    expect(await sessionsOf(userId)).toBe(3);
  });

  test('sent at once, three times over, is counted once and every attempt hears the milestone', async () => {
    const { userId, invoke, request } = await onTheThirdDay();
    const speeches = (await Promise.all([invoke(request), invoke(request), invoke(request)])).map(speechOf);
    expect(new Set(speeches).size).toBe(1);
    expect(speeches[0]).toContain(said(milestoneCelebration(3)));
    expect(await sessionsOf(userId)).toBe(3);
  });

  test.each([
    ['local midnight in New York', '2026-05-03T03:59:58Z', '2026-05-03T04:00:05Z'],
    ['UTC midnight', '2026-05-02T23:59:58Z', '2026-05-03T00:00:05Z'],
  ])('arriving after %s, hears the first answer and lands on the same day', async (_, sent, retried) => {
    const userId = newUser();
    const clock = { now: new Date(sent) };
    const invoke = skillAt(clock);
    const request = intentRequest(Intents.Breathe, {}, { userId, timestamp: clock.now, apiEndpoint: settingsApi.endpoint });
    const first = speechOf(await invoke(request));
    clock.now = new Date(retried);
    expect(speechOf(await invoke(request))).toBe(first);
    const { history } = await store.readHistory(userId);
    expect(history.sessions).toBe(1);
    expect(history.streaks.runs).toHaveLength(1);
  });
});

test('16 simultaneous sessions from four devices, with retries mixed in, all count once', async () => {
  const userId = newUser();
  const clock = { now: new Date('2026-06-01T15:00:00Z') };
  const invoke = skillAt(clock);
  const techniques = ['box', 'calm', '478', 'sigh'];
  const requests = Array.from({ length: 16 }, (_, i) =>
    intentRequest(
      Intents.Breathe,
      { technique: { value: techniques[i % 4]!, id: techniques[i % 4]!, slotType: 'BREATHING_TECHNIQUE' } },
      {
        userId,
        deviceId: `amzn1.ask.device.PATH${i % 4}`,
        timestamp: new Date(clock.now.getTime() + i * 1000),
        apiEndpoint: settingsApi.endpoint,
      },
    ),
  );
  const attempts = [...requests, ...requests.filter((_, i) => i % 2 === 0)];
  const responses = await Promise.all(attempts.map((request) => invoke(request)));
  expect(responses.every((response) => speechOf(response).length > 0)).toBe(true);
  const { history } = await store.readHistory(userId);
  expect(history.sessions).toBe(16);
  expect(history.practices).toEqual({ breathing: 16 });
});

test('bursts of 30 practices at once from five devices all count: tries end at the deadline, not after a count', async () => {
  const clock = { now: new Date('2026-06-02T15:00:00Z') };
  const invoke = skillAt(clock);
  const burst = (userId: string) =>
    Array.from({ length: 30 }, (_, i) =>
      intentRequest(
        Intents.Breathe,
        {},
        {
          userId,
          deviceId: `amzn1.ask.device.BURST${i % 5}`,
          timestamp: new Date(clock.now.getTime() + i * 100),
          apiEndpoint: settingsApi.endpoint,
        },
      ),
    );
  for (const userId of [newUser(), newUser(), newUser()]) {
    await Promise.all(burst(userId).map((request) => invoke(request)));
    expect(await sessionsOf(userId)).toBe(30);
  }
});

describe('"forget my history"', () => {
  async function forget(invoke: ReturnType<typeof skillAt>, userId: string, at: Date, deviceId?: string): Promise<RequestEnvelope> {
    const conversation = new Conversation(invoke, {
      userId,
      timestamp: at,
      apiEndpoint: settingsApi.endpoint,
      ...(deviceId ? { deviceId } : {}),
    });
    await conversation.intent(Intents.ForgetHistory);
    const yes = await conversation.intent(Intents.Yes);
    expect(speechOf(yes)).toContain('deleted everything');
    return conversation.lastRequest!;
  }

  test('a practice asked before it and retried after it does not bring the history back', async () => {
    const userId = newUser();
    const clock = { now: new Date('2026-07-01T15:00:00Z') };
    const invoke = skillAt(clock);
    const practice = intentRequest(Intents.Breathe, {}, { userId, timestamp: clock.now, apiEndpoint: settingsApi.endpoint });
    await invoke(practice);
    clock.now = new Date('2026-07-01T15:00:03Z');
    await forget(invoke, userId, clock.now);
    clock.now = new Date('2026-07-01T15:00:06Z');
    expect(speechOf(await invoke(practice))).toContain('</speak>');
    expect(await sessionsOf(userId)).toBe(0);
  });

  test('a retried "yes" does not delete a practice recorded after the first one', async () => {
    const userId = newUser();
    const clock = { now: new Date('2026-07-02T15:00:00Z') };
    const invoke = skillAt(clock);
    await invoke(intentRequest(Intents.Breathe, {}, { userId, timestamp: clock.now, apiEndpoint: settingsApi.endpoint }));
    clock.now = new Date('2026-07-02T15:01:00Z');
    const yes = await forget(invoke, userId, clock.now);
    clock.now = new Date('2026-07-02T15:02:00Z');
    await invoke(intentRequest(Intents.Breathe, {}, { userId, timestamp: clock.now, apiEndpoint: settingsApi.endpoint }));
    clock.now = new Date('2026-07-02T15:02:05Z');
    expect(speechOf(await invoke(yes))).toContain('deleted everything');
    expect(await sessionsOf(userId)).toBe(1);
  });

  test("deletes every item kept for the user and forgets the device's zone", async () => {
    const userId = newUser();
    const deviceId = `amzn1.ask.device.FORGET${Date.now()}`;
    const clock = { now: new Date() };
    const invoke = skillAt(clock);
    const who = { userId, deviceId, apiEndpoint: settingsApi.endpoint };
    await invoke(intentRequest(Intents.Breathe, {}, who));
    await invoke(intentRequest(Intents.PreferTechnique, { technique: { value: 'box', id: 'box', slotType: 'BREATHING_TECHNIQUE' } }, who));
    await table.client.send(
      new PutItemCommand({ TableName: table.tableName, Item: { pk: { S: userId }, sk: { S: 'own-time' }, minutes: { N: '20' } } }),
    );
    const lookups = settingsApi.lookups;
    await invoke(intentRequest(Intents.Breathe, {}, who));
    expect(settingsApi.lookups).toBe(lookups);

    await forget(invoke, userId, new Date(), deviceId);
    const { Items } = await table.client.send(
      new QueryCommand({
        TableName: table.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': { S: userId } },
      }),
    );
    expect((Items ?? []).map((item) => item.sk!.S)).toEqual([PRACTICE_SORT_KEY]);
    expect((await store.readHistory(userId)).history).toMatchObject({ sessions: 0, preferences: {} });
    await invoke(intentRequest(Intents.Breathe, {}, who));
    expect(settingsApi.lookups).toBe(lookups + 1);
  });
});

describe('the practice clock', () => {
  test.each([
    ['days off', '2026-08-03T12:00:00Z'],
    ['in 1899', '1899-12-31T12:00:00Z'],
    ['in 9999', '9999-12-31T12:00:00Z'],
  ])("dates a request stamped %s by the function's own time", async (_, stamp) => {
    const userId = newUser();
    const clock = { now: new Date('2026-08-10T16:00:00Z') };
    const invoke = skillAt(clock);
    const request = intentRequest(Intents.Breathe, {}, { userId, apiEndpoint: settingsApi.endpoint });
    (request.request as { timestamp: string }).timestamp = stamp;
    await invoke(request);
    clock.now = new Date('2026-08-10T16:00:04Z');
    await invoke(request);
    const { history } = await store.readHistory(userId);
    expect(history.sessions).toBe(1);
    expect(history.streaks.runs).toEqual([{ from: '2026-08-10', to: '2026-08-10' }]);
  });
});

test('an item damaged by hand still answers, the launch and the streak agree, and the next practice repairs it', async () => {
  const userId = newUser();
  await table.client.send(
    new PutItemCommand({
      TableName: table.tableName,
      Item: {
        pk: { S: userId },
        sk: { S: PRACTICE_SORT_KEY },
        sessions: { S: '4' },
        minutes: { N: '12.345678901234567890123456789012345678' },
        days: { L: [{ S: 'garbage' }, { S: '2026-6-9' }, { S: '2026-09-01' }] },
        t_box: { N: '-3' },
        t_calm: { S: 'many' },
      },
    }),
  );
  const clock = { now: new Date('2026-09-02T15:00:00Z') };
  const invoke = skillAt(clock);
  const who = { userId, timestamp: clock.now, apiEndpoint: settingsApi.endpoint };
  const greeting = speechOf(await invoke(launchRequest(who)));
  const streak = speechOf(await invoke(intentRequest(Intents.Streak, {}, who)));
  expect(streak).not.toContain("can't reach");
  expect(streak).not.toMatch(/-\d/);
  expect(greeting).not.toMatch(/-\d/);
  const practised = speechOf(await invoke(intentRequest(Intents.Breathe, {}, who)));
  expect(practised).toContain('</speak>');
  const { history } = await store.readHistory(userId);
  expect(history).toMatchObject({
    sessions: 1,
    practices: { breathing: 1 },
    streaks: { runs: [{ from: '2026-09-01', to: '2026-09-02' }] },
  });
  expect(speechOf(await invoke(intentRequest(Intents.Streak, {}, who)))).toContain('2-day streak');
});
