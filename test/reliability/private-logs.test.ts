/**
 * Every log line across whole conversations, failures included, is structured JSON and never
 * names the user: no user id, device id, access token, session id or anything the user said.
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import { DynamoOwnTimeStore } from '../../lambda/store/own-time-store';
import { randomUUID } from 'node:crypto';
import { Intents } from '../../lambda/intents';
import { createHash } from 'node:crypto';
import { createJsonLogger, MAX_LOG_LINE, pseudonyms } from '../../lambda/logger';
import { createTestSkill } from '../support/test-skill';
import { DynamoPracticeStore } from '../../lambda/store/dynamo-practice-store';
import { createDynamoDbClient } from '../../lambda/store/dynamodb-client';
import {
  Conversation,
  intentRequest,
  requestOfType,
  sessionEndedRequest,
  TEST_SKILL_ID,
  type EnvelopeOptions,
  startSettingsApiStub,
  type SettingsApiStub,
  closedPortEndpoint,
} from '../../tools/simulator';
import { createPracticeTable, type PracticeTable } from '../support/practice-table';

const tag = randomUUID().replace(/-/g, '').toUpperCase();
const USER_ID = `amzn1.ask.account.PRIVATE${tag}`;
const DEVICE_ID = `amzn1.ask.device.PRIVATE${tag}`;
const TOKEN = `private-token-${tag}`;
const SESSION_ID = `amzn1.echo-api.session.private-${tag}`;

/** What the user said, distinctive enough that any trace of it in a log is found. */
const SAID = {
  technique: 'marmalade sky breathing',
  duration: 'PT13M',
  breaths: '4217',
  length: 'glacier length',
  reminderTime: '06:47',
  unknownSlot: 'my sister Josephine',
  errorMessage: 'the user said zebra',
} as const;

const FORBIDDEN = [USER_ID, DEVICE_ID, TOKEN, SESSION_ID, ...Object.values(SAID)];

let table: PracticeTable;
let settingsApi: SettingsApiStub;
let closedTable: string;
const SALT = 'deployment-salt';
const lines: string[] = [];

beforeAll(async () => {
  table = await createPracticeTable('steady-private-logs');
  settingsApi = await startSettingsApiStub({ timeZone: 'Australia/Perth' });
  // A port is a number too: one that happens to contain a forbidden number would be a false alarm.
  do closedTable = await closedPortEndpoint();
  while (FORBIDDEN.some((secret) => closedTable.includes(secret)));
});
afterAll(async () => {
  await settingsApi.stop();
  await table.drop();
});

/** The real skill writing JSON lines at debug level, on a working table or on an unreachable one. */
function skillLogging(tableEndpoint?: string) {
  const client = createDynamoDbClient(tableEndpoint ? { endpoint: tableEndpoint } : {});
  const logger = createJsonLogger({ level: 'debug', write: (line) => lines.push(line) });
  const store = new DynamoPracticeStore({ tableName: table.tableName, client });
  const ownTime = new DynamoOwnTimeStore({ tableName: table.tableName, client });
  return createTestSkill({
    store,
    ownTime,
    logger,
    skillId: TEST_SKILL_ID,
    pseudonym: pseudonyms(SALT),
  });
}

const who: EnvelopeOptions = { userId: USER_ID, deviceId: DEVICE_ID, apiAccessToken: TOKEN };

async function converse(skill: ReturnType<typeof skillLogging>): Promise<void> {
  const conversation = new Conversation((event) => skill.invoke(event), { ...who, apiEndpoint: settingsApi.endpoint });
  const unresolved = (value: string, slotType: string) => ({ value, resolved: false, slotType });
  await conversation.launch();
  await conversation.intent(Intents.Breathe, { technique: unresolved(SAID.technique, 'BREATHING_TECHNIQUE'), duration: SAID.duration });
  await conversation.intent(Intents.Breathe, { breaths: SAID.breaths });
  await conversation.intent(Intents.Relax, { length: unresolved(SAID.length, 'RELAXATION_LENGTH') });
  conversation.leave();
  await conversation.intent(Intents.Grounding);
  await conversation.launch();
  await conversation.intent(Intents.Streak);
  await conversation.intent(Intents.Yes);
  await conversation.launch();
  await conversation.intent('PreferTechniqueIntent', { technique: unresolved(SAID.technique, 'BREATHING_TECHNIQUE') });
  await conversation.intent('ReminderIntent', { time: SAID.reminderTime });
  await conversation.intent('OrderPizzaIntent', { topping: SAID.unknownSlot });
  await conversation.intent(Intents.Fallback);
  await conversation.intent(Intents.ForgetHistory);
  await conversation.intent(Intents.Yes);

  const single = (envelope: RequestEnvelope) => skill.invoke(envelope);
  const session = { sessionId: SESSION_ID, isNew: false };
  await single(sessionEndedRequest('ERROR', { ...who, session }, { type: 'INVALID_RESPONSE', message: 'bad response' }));
  await single(
    requestOfType(
      'System.ExceptionEncountered',
      { error: { type: 'INVALID_RESPONSE', message: 'bad directive' }, cause: { requestId: 'r' } },
      who,
    ),
  );
  await single(
    requestOfType(
      'CanFulfillIntentRequest',
      { intent: { name: Intents.Breathe, slots: { technique: { name: 'technique', value: SAID.technique } } } },
      who,
    ),
  );
  await single(requestOfType('AudioPlayer.PlaybackFailed', { token: SAID.unknownSlot }, who));
  // A handler bug: resolutions that are not a list, on a request carrying what the user said.
  const broken = intentRequest(Intents.Breathe, { technique: SAID.technique }, { ...who, session });
  (broken.request as { intent: { slots: Record<string, unknown> } }).intent.slots.technique = {
    name: 'technique',
    value: SAID.technique,
    resolutions: { resolutionsPerAuthority: SAID.errorMessage },
  };
  await single(broken);
}

describe('logs across whole conversations', () => {
  beforeAll(async () => {
    await converse(skillLogging());
    await converse(skillLogging(closedTable));
  });

  it('are one JSON object per line, with level, message, service and time', () => {
    expect(lines.length).toBeGreaterThan(20);
    for (const line of lines) {
      const entry = JSON.parse(line) as Record<string, unknown>;
      expect(entry).toMatchObject({
        level: expect.stringMatching(/^(debug|info|warn|error)$/),
        message: expect.any(String),
        service: 'steady',
      });
      expect(Number.isNaN(Date.parse(String(entry.timestamp)))).toBe(false);
    }
  });

  it('include failures: lost practices, the unavailable summary and the handler bug', () => {
    const messages = lines.map((line) => (JSON.parse(line) as { message: string }).message);
    expect(messages).toEqual(
      expect.arrayContaining(['practice recorded', 'practice not recorded', 'practice summary unavailable', 'request failed']),
    );
  });

  it('correlate a user only by a pseudonym salted for the deployment', () => {
    expect(lines.some((line) => line.includes(pseudonyms(SALT)(USER_ID)!))).toBe(true);
    expect(lines.some((line) => line.includes(pseudonyms('')(USER_ID)!))).toBe(false);
    expect(lines.some((line) => line.includes(createHash('sha256').update(USER_ID).digest('hex').slice(0, 12)))).toBe(false);
  });

  it('are bounded: no line longer than the limit', () => {
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(MAX_LOG_LINE);
  });

  it.each(FORBIDDEN)('never contain %s', (secret) => {
    const offending = lines.filter((line) => line.toLowerCase().includes(secret.toLowerCase()));
    expect(offending).toEqual([]);
  });
});
