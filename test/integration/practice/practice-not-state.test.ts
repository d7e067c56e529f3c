/**
 * What is kept is practice, not state: after a realistic mix of sessions, panic and an anxious
 * thought among them, neither the table nor the debug logs hold a word naming a state or a
 * feeling, and an item from before (counts named for a panic) is migrated by the next practice.
 */
import { PutItemCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Intents } from '../../../lambda/intents';
import { createJsonLogger, pseudonyms } from '../../../lambda/logger';
import { DynamoPracticeStore } from '../../../lambda/store/dynamo-practice-store';
import { PRACTICE_SORT_KEY } from '../../../lambda/store/table-schema';
import { Conversation, speechOf, intentRequest, startSettingsApiStub, type SettingsApiStub } from '../../../tools/simulator';
import { TIMERS_SCOPE } from '../../../lambda/alexa/permission-consent';
import { createPracticeTable, type PracticeTable } from '../../support/practice-table';
import { STATE_WORDS } from '../../support/state-words';
import { createTableSkill } from '../../support/skill-harness';

/** Each attribute the table may hold, and the words of the privacy policy that explain it. */
const POLICY_WORDS: Readonly<Record<string, string>> = {
  pk: 'Your Alexa user id for Steady',
  sk: 'All of it is kept in one record',
  revision: 'A revision number',
  sessions: 'sessions and minutes',
  minutes: 'sessions and minutes',
  practices: 'each kind of practice',
  runs: 'the calendar days you practised',
  longest: 'your longest run of days',
  tz: 'Your time zone',
  p_technique: 'a default technique',
  p_minutes: 'a session length',
  p_softVoiceAtNight: 'a softer voice at night',
  p_bells: 'with a bell',
  p_sleepSoundsMinutes: 'sleep sounds choice',
  answers: 'Request fingerprints',
  ownTimePending: 'the length of a stretch you have set and not yet reported',
  ownTimeLast: 'the last stretch you finished',
  ownTimeNext: 'the next length Steady suggests',
  ownTimeWeeks: 'your minutes on your own in each of the last eight weeks',
  ownTimeReportedBy: 'a one-way hash of the request that reported the last stretch',
  forgotten: 'a short note of the forget itself',
  expiresAt: 'It is removed automatically three days later',
};

let table: PracticeTable;
let settingsApi: SettingsApiStub;
let store: DynamoPracticeStore;
const lines: string[] = [];

beforeAll(async () => {
  table = await createPracticeTable('practice-not-state');
  settingsApi = await startSettingsApiStub({ timeZone: 'Europe/London' });
  store = new DynamoPracticeStore({ tableName: table.tableName, client: table.client });
});
afterAll(async () => {
  await settingsApi.stop();
  await table.drop();
});

const newUser = () => `amzn1.ask.account.KEPT${randomUUID().replace(/-/g, '').toUpperCase()}`;

function conversationOf(userId: string): Conversation {
  const skill = createTableSkill(table, {
    store,
    logger: createJsonLogger({ level: 'debug', write: (line) => lines.push(line) }),
    pseudonym: pseudonyms('kept-salt'),
  });
  return new Conversation((event) => skill.invoke(event), { userId, apiEndpoint: settingsApi.endpoint });
}

/** Every item in the table, as DynamoDB holds it. */
async function scanned(): Promise<string> {
  const { Items } = await table.client.send(new ScanCommand({ TableName: table.tableName, ConsistentRead: true }));
  return JSON.stringify(Items ?? []);
}

describe('after a realistic mix of sessions', () => {
  beforeAll(async () => {
    for (const userId of [newUser(), newUser()]) {
      const conversation = conversationOf(userId);
      await conversation.launch();
      await conversation.intent(Intents.Breathe);
      await conversation.intent(Intents.Overwhelmed);
      await conversation.intent(Intents.Breathless);
      await conversation.intent(Intents.Feelings, { feeling: "I'm having a panic attack" });
      await conversation.intent(Intents.Feelings, { feeling: 'so lonely' });
      await conversation.intent(Intents.Feelings, { feeling: "I can't sleep" });
      await conversation.intent(Intents.Feelings, { feeling: 'really stressed' });
      await conversation.intent(Intents.AnxiousThought);
      await conversation.intent(Intents.AnxiousThought, { theme: 'rejection' });
      await conversation.intent(Intents.Relax);
      await conversation.intent(Intents.Grounding);
      await conversation.intent(Intents.Bedtime);
      await conversation.send((options) => {
        const envelope = intentRequest(Intents.TimeApart, { duration: 'PT20M' }, options);
        envelope.context.System.user.permissions = { scopes: { [TIMERS_SCOPE]: { status: 'GRANTED' } } } as never;
        return envelope;
      });
      await conversation.intent(Intents.TimeApartFeedback, { ease: 'hard' });
      await conversation.intent(Intents.Streak);
      await conversation.intent(Intents.Progress);
      await conversation.intent(Intents.PreferLength, { duration: 'PT5M' });
      await conversation.intent(Intents.SoftVoiceAtNight);
      await conversation.intent(Intents.BellsOff);
    }
  });

  test('every session was counted, by its kind of practice, and the time on your own with them', async () => {
    const scan = await scanned();
    expect(scan).toContain('"ownTimeWeeks"');
    expect(scan).toContain('"practices"');
    expect(scan).toContain('"breathing"');
    expect(scan).toContain('"reflection"');
  });

  test('every attribute the table holds is one the privacy policy explains', async () => {
    const { Items } = await table.client.send(new ScanCommand({ TableName: table.tableName, ConsistentRead: true }));
    const policy = readFileSync(join(__dirname, '..', '..', '..', 'infra', 'site', 'privacy.html'), 'utf8').replace(/\s+/g, ' ');
    const names = [...new Set((Items ?? []).flatMap((item) => Object.keys(item)))].sort();
    const unexplained = names.filter((name) => !(name in POLICY_WORDS) || !policy.includes(POLICY_WORDS[name]!));
    expect(unexplained).toEqual([]);
  });

  test('a scan of the table holds no word naming a state or a feeling', async () => {
    expect((await scanned()).match(STATE_WORDS)).toBeNull();
  });

  test('the debug logs hold none either', () => {
    expect(lines.some((line) => line.includes('"practice recorded"'))).toBe(true);
    expect(lines.filter((line) => STATE_WORDS.test(line))).toEqual([]);
  });
});

test('an item with counts named for a panic is migrated by the next practice: folded into breathing, the old names gone', async () => {
  const userId = newUser();
  await table.client.send(
    new PutItemCommand({
      TableName: table.tableName,
      Item: {
        pk: { S: userId },
        sk: { S: PRACTICE_SORT_KEY },
        revision: { N: '7' },
        sessions: { N: '6' },
        minutes: { N: '18' },
        techniques: { M: { panic: { N: '3' }, reframe: { N: '2' }, lonely: { N: '1' } } },
        runs: { L: [{ M: { from: { S: '2026-11-30' }, to: { S: '2026-12-01' } } }] },
        longest: { N: '2' },
      },
    }),
  );
  const conversation = conversationOf(userId);
  expect(speechOf(await conversation.intent(Intents.Streak))).toContain('Your favorite practice is breathing.');

  await conversation.intent(Intents.Grounding);

  const { history } = await store.readHistory(userId);
  expect(history.practices).toEqual({ breathing: 3, reflection: 2, grounding: 1 });
  expect(history.sessions).toBe(7);
  const item = JSON.parse(await scanned()).find((kept: { pk: { S: string } }) => kept.pk.S === userId);
  expect(item.techniques).toBeUndefined();
  expect(JSON.stringify(item)).not.toMatch(STATE_WORDS);
});
