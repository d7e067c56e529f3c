/**
 * Nothing doubled: a retry is counted once however many practices came between it and its first
 * attempt. Through the real skill on DynamoDB Local.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { Intents } from '../../../lambda/intents';
import { DynamoPracticeStore } from '../../../lambda/store/dynamo-practice-store';
import { intentRequest, startSettingsApiStub, type SettingsApiStub } from '../../../tools/simulator';
import { createPracticeTable, type PracticeTable } from '../../support/practice-table';
import { createTableSkill } from '../../support/skill-harness';

let table: PracticeTable;
let settingsApi: SettingsApiStub;
let store: DynamoPracticeStore;
let users = 0;
const newUser = () => `amzn1.ask.account.BURSTS${++users}${Date.now()}`;

beforeAll(async () => {
  table = await createPracticeTable('bursts');
  settingsApi = await startSettingsApiStub({ timeZone: 'America/Chicago' });
  store = new DynamoPracticeStore({ tableName: table.tableName, client: table.client });
});
afterAll(async () => {
  await settingsApi.stop();
  await table.drop();
});

function skillAt(clock: { now: Date }) {
  const skill = createTableSkill(table, { store, clock: () => clock.now });
  return { invoke: (event: RequestEnvelope): Promise<ResponseEnvelope> => skill.invoke(event) };
}

const breathe = (userId: string, device: number, at: Date) =>
  intentRequest(
    Intents.Breathe,
    {},
    { userId, deviceId: `amzn1.ask.device.BURST${device}`, timestamp: at, apiEndpoint: settingsApi.endpoint },
  );

test('a retry of the first practice after 40 more within ten minutes is not counted again', async () => {
  const userId = newUser();
  const clock = { now: new Date('2026-07-02T17:00:00Z') };
  const { invoke } = skillAt(clock);
  const first = breathe(userId, 0, clock.now);
  await invoke(first);
  for (let i = 1; i <= 40; i++) {
    clock.now = new Date(Date.parse('2026-07-02T17:00:00Z') + i * 10_000);
    await invoke(breathe(userId, i % 3, clock.now));
  }
  expect((await store.readHistory(userId)).history.sessions).toBe(41);
  clock.now = new Date('2026-07-02T17:07:00Z');
  await invoke(first);
  expect((await store.readHistory(userId)).history.sessions).toBe(41);
});
