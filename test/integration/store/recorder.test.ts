import { silentLogger } from '../../../lambda/logger';
import { recordPlannedSession, recordSession, speakSummary, type RecorderDependencies } from '../../../lambda/practice/recorder';
import { ContainerMemory } from '../../../lambda/container-memory';
import { DynamoPracticeStore } from '../../../lambda/store/dynamo-practice-store';
import { practiceRequest } from '../../unit/practice/request-envelope';
import { createPracticeTable, type PracticeTable } from './practice-table';

let table: PracticeTable;
let store: DynamoPracticeStore;

beforeAll(async () => {
  table = await createPracticeTable('practice-recorder');
  store = new DynamoPracticeStore({ tableName: table.tableName, client: table.client });
});
afterAll(() => table?.drop());

const dependencies = (timeZone: string): RecorderDependencies => ({
  store,
  timeZones: { timeZoneFor: async () => timeZone },
  logger: silentLogger,
  recentTimeZones: new ContainerMemory<string>(),
});

let counter = 0;
const newUser = () => `amzn1.ask.account.recorder-${++counter}`;
const request = (userId: string, timestamp: string, requestId = `amzn1.echo-api.request.${++counter}`) =>
  practiceRequest({ userId, timestamp, requestId });
const breathe = { technique: 'calm', minutes: 3 };

test('two practices on consecutive local days within one UTC day give a 2-day streak', async () => {
  const deps = dependencies('America/Los_Angeles');
  const user = newUser();
  await recordSession(deps, request(user, '2026-03-10T06:30:00Z'), breathe); // 23:30 on 9 March
  await recordSession(deps, request(user, '2026-03-10T07:30:00Z'), breathe); // 00:30 on 10 March
  expect(await speakSummary(deps, request(user, '2026-03-10T08:00:00Z'))).toBe(
    "You're on a 2-day streak, your longest yet. You've practised twice, 6 minutes in all, on 2 of the last 7 days. Your favourite is calm breathing.",
  );
});

test('a missed day restarts the streak at 1 while the longest stays', async () => {
  const deps = dependencies('Asia/Kolkata');
  const user = newUser();
  for (const timestamp of ['2026-03-01T05:00:00Z', '2026-03-02T05:00:00Z', '2026-03-03T05:00:00Z', '2026-03-05T05:00:00Z']) {
    await recordSession(deps, request(user, timestamp), breathe);
  }
  expect(await speakSummary(deps, request(user, '2026-03-05T06:00:00Z'))).toBe(
    "You've started a new streak today, and your longest streak is 3 days. You've practised 4 times, 12 minutes in all, on 4 of the last 7 days. Your favourite is calm breathing.",
  );
});

test('with the real client, the session\'s speech is prepared while the write is on the wire, before its answer', async () => {
  const deps = dependencies('UTC');
  const user = newUser();
  const events: string[] = [];
  const planOn = () => ({ plan: 'calm', session: breathe, consulted: [] });
  const { recorded } = await recordPlannedSession(deps, request(user, '2026-03-10T21:00:00Z'), planOn, (plan, expected) => {
    events.push(`prepared ${plan} for ${expected.localDay} at ${expected.localHour}`);
  });
  events.push('recorded');
  expect(events).toEqual(['prepared calm for 2026-03-10 at 21', 'recorded']);
  expect(recorded).toMatchObject({ localDay: '2026-03-10', localHour: 21 });
  expect((await store.readHistory(user)).sessions).toBe(1);
});

test('a retried request counts once', async () => {
  const deps = dependencies('UTC');
  const user = newUser();
  const sent = request(user, '2026-03-10T10:00:00Z');
  await recordSession(deps, sent, breathe);
  await recordSession(deps, structuredClone(sent), breathe);
  expect((await store.readHistory(user)).sessions).toBe(1);
});

test('16 simultaneous sessions all count', async () => {
  const deps = dependencies('Pacific/Chatham');
  const user = newUser();
  await Promise.all(
    Array.from({ length: 16 }, () => recordSession(deps, request(user, '2026-06-15T11:30:00Z'), breathe)),
  );
  expect(await store.readHistory(user)).toMatchObject({ days: ['2026-06-16'], sessions: 16, minutes: 48 });
});

test('a milestone reached by concurrent sessions is celebrated exactly once', async () => {
  const deps = dependencies('UTC');
  const user = newUser();
  await recordSession(deps, request(user, '2026-03-08T10:00:00Z'), breathe);
  await recordSession(deps, request(user, '2026-03-09T10:00:00Z'), breathe);
  const results = await Promise.all(
    Array.from({ length: 10 }, () => recordSession(deps, request(user, '2026-03-10T10:00:00Z'), breathe)),
  );
  expect(results.filter((result) => result.milestoneDays === 3)).toHaveLength(1);
  expect(results.filter((result) => result.milestoneDays === undefined)).toHaveLength(9);
});
