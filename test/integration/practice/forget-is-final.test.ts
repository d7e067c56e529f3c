/**
 * "Forget my history" is final. Races of a forget against a report of time on your own, a late
 * retry of a time-apart request and a retried preference, on DynamoDB Local through the real
 * skill, leave nothing behind but the forget's expiring memo; a forget that stopped halfway is
 * finished by the next request.
 */
import { PutItemCommand, QueryCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import type { RequestEnvelope } from 'ask-sdk-model';
import { randomUUID } from 'node:crypto';
import { wordsFor } from '../../../lambda/content/words';
import { Intents } from '../../../lambda/intents';
import { DynamoPracticeStore } from '../../../lambda/store/dynamo-practice-store';
import { DynamoOwnTimeStore, OWN_TIME_SORT_KEY, type OwnTimeRecord } from '../../../lambda/store/own-time-store';
import { StoreUnavailableError, type CallOptions } from '../../../lambda/store/practice-store';
import { PRACTICE_SORT_KEY, TTL_ATTRIBUTE } from '../../../lambda/store/table-schema';
import { Conversation, speechOf, intentRequest, type EnvelopeOptions } from '../../../tools/simulator';
import { TIMERS_SCOPE } from '../../../lambda/alexa/permission-consent';
import { createPracticeTable, type PracticeTable } from '../../support/practice-table';
import { startTimersApiStub, type TimersApiStub } from '../../support/timers-api-stub';
import { createTableSkill } from '../../support/skill-harness';

const { forgotten: FORGOTTEN, notForgotten: NOT_FORGOTTEN } = wordsFor('en-US').summary.forget;

let table: PracticeTable;
/** Alexa's APIs: the device's time zone and the timers. */
let settingsApi: TimersApiStub;

beforeAll(async () => {
  table = await createPracticeTable('forget-is-final');
  settingsApi = await startTimersApiStub({ timeZone: 'Europe/Dublin' });
});
afterAll(async () => {
  await settingsApi.stop();
  await table.drop();
});

const newUser = () => `amzn1.ask.account.FINAL${randomUUID().replace(/-/g, '').toUpperCase()}`;
const at = (iso: string) => new Date(iso);
const words = (text: string) => text.replace(/'/g, '&apos;');

/** Time on your own whose next save first waits for `beforeSave` (a forget landing in between). */
class InterruptedOwnTimeStore extends DynamoOwnTimeStore {
  beforeSave: (() => Promise<void>) | undefined;

  override async save(userId: string, next: OwnTimeRecord, read: OwnTimeRecord, askedAt: number, options?: CallOptions) {
    const interruption = this.beforeSave;
    this.beforeSave = undefined;
    await interruption?.();
    return super.save(userId, next, read, askedAt, options);
  }
}

/** A practice store whose next forget stops after replacing the record, as a lost connection would. */
class HalfForgettingStore extends DynamoPracticeStore {
  failNextFinish = false;

  override async finishForget(userId: string, request: string, options?: CallOptions) {
    if (this.failNextFinish) {
      this.failNextFinish = false;
      throw new StoreUnavailableError('connection lost', { cause: new Error('ECONNRESET') });
    }
    return super.finishForget(userId, request, options);
  }
}

function skillOn(parts: { store?: DynamoPracticeStore; ownTime?: DynamoOwnTimeStore } = {}) {
  const skill = createTableSkill(table, parts);
  return (event: RequestEnvelope) => skill.invoke(event);
}

async function itemsOf(userId: string): Promise<Record<string, AttributeValue>[]> {
  const { Items } = await table.client.send(
    new QueryCommand({
      TableName: table.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': { S: userId } },
      ConsistentRead: true,
    }),
  );
  return Items ?? [];
}

/** All that is left of the user is the memo of a forget, which the table's TTL removes. */
async function expectOnlyTheExpiringMemo(userId: string): Promise<void> {
  const items = await itemsOf(userId);
  expect(items.map((item) => item.sk?.S)).toEqual([PRACTICE_SORT_KEY]);
  const [memo] = items;
  expect(memo?.forgotten).toBeDefined();
  expect(memo?.[TTL_ATTRIBUTE]).toBeDefined();
  expect(memo).toMatchObject({ sessions: { N: '0' }, answers: { L: [] } });
  expect(Object.keys(memo!).filter((name) => name.startsWith('ownTime') || name.startsWith('p_'))).toEqual([]);
}

const device = (name: string) => `amzn1.ask.device.${name}`;

/** "Tell Steady I need twenty minutes on my own", from someone who granted timers. */
function timeApart(options: EnvelopeOptions): RequestEnvelope {
  const envelope = intentRequest(Intents.TimeApart, { duration: 'PT20M' }, options);
  envelope.context.System.user.permissions = { scopes: { [TIMERS_SCOPE]: { status: 'GRANTED' } } } as never;
  return envelope;
}

/** A user with a stretch of time on their own set on `setAt`, and a forget asked on another device. */
async function withPendingStretch(invoke: ReturnType<typeof skillOn>, setAt: Date) {
  const userId = newUser();
  const who = { userId, apiEndpoint: settingsApi.endpoint };
  await new Conversation(invoke, { ...who, deviceId: device('KITCHEN'), timestamp: setAt }).send(timeApart);
  expect((await itemsOf(userId))[0]?.ownTimePending).toEqual({ N: '20' });
  return { userId, who };
}

async function askToForget(invoke: ReturnType<typeof skillOn>, who: { userId: string; apiEndpoint: string }, asked: Date) {
  const forgetting = new Conversation(invoke, { ...who, deviceId: device('BEDROOM'), timestamp: asked });
  await forgetting.intent(Intents.ForgetHistory);
  return forgetting;
}

describe('"yes, forget" on one device while another says how the stretch went', () => {
  test.each([
    ['asked before the forget', '2026-12-01T15:20:00Z', '2026-12-01T15:20:01Z'],
    ['asked after the forget was asked, read before it landed', '2026-12-01T15:20:02Z', '2026-12-01T15:20:01Z'],
  ])('the report, %s, brings nothing back', async (_, reportedAt, forgetAt) => {
    const ownTime = new InterruptedOwnTimeStore({ tableName: table.tableName, client: table.client });
    const invoke = skillOn({ ownTime });
    const { userId, who } = await withPendingStretch(invoke, at('2026-12-01T15:00:00Z'));
    const forgetting = await askToForget(invoke, who, at(forgetAt));
    let forgot = '';
    ownTime.beforeSave = async () => {
      forgot = speechOf(await forgetting.intent(Intents.Yes));
    };

    const report = await new Conversation(invoke, { ...who, deviceId: device('KITCHEN'), timestamp: at(reportedAt) }).intent(
      Intents.TimeApartFeedback,
      { ease: 'okay' },
    );

    expect(forgot).toContain(words(FORGOTTEN));
    // en-US spells it "practice"; the sentence before the spelling is the same.
    expect(speechOf(report)).toContain(words(wordsFor('en-US').timeApart.nothingToReport.split('. ')[0]!));
    await expectOnlyTheExpiringMemo(userId);
  });

  test('raced ten times at once, leaves nothing but the memo every time', async () => {
    const invoke = skillOn();
    await Promise.all(
      Array.from({ length: 10 }, async (_, i) => {
        const { userId, who } = await withPendingStretch(invoke, at('2026-12-01T16:00:00Z'));
        const forgetting = await askToForget(invoke, who, at('2026-12-01T16:20:00Z'));
        const report = new Conversation(invoke, { ...who, deviceId: device('KITCHEN'), timestamp: at(`2026-12-01T16:20:0${i % 2}Z`) });
        const [forgot] = await Promise.all([forgetting.intent(Intents.Yes), report.intent(Intents.TimeApartFeedback, { ease: 'okay' })]);
        expect(speechOf(forgot)).toContain(words(FORGOTTEN));
        await expectOnlyTheExpiringMemo(userId);
      }),
    );
  });
});

test('a time-apart request retried after the forget does not re-create time on your own', async () => {
  const invoke = skillOn();
  const userId = newUser();
  const who = { userId, apiEndpoint: settingsApi.endpoint };
  const request = timeApart({ ...who, deviceId: device('HALL'), timestamp: at('2026-12-02T09:00:00Z') });
  await invoke(request);
  expect((await itemsOf(userId))[0]?.ownTimePending).toEqual({ N: '20' });
  const forgetting = await askToForget(invoke, who, at('2026-12-02T09:00:05Z'));
  expect(speechOf(await forgetting.intent(Intents.Yes))).toContain(words(FORGOTTEN));

  await invoke(request);

  await expectOnlyTheExpiringMemo(userId);
});

test('a preference retried after the forget does not write itself back, and the memo still expires', async () => {
  const invoke = skillOn();
  const userId = newUser();
  const who = { userId, apiEndpoint: settingsApi.endpoint };
  const prefer = intentRequest(
    Intents.PreferTechnique,
    { technique: { value: 'box', id: 'box', slotType: 'BREATHING_TECHNIQUE' } },
    { ...who, deviceId: device('HALL'), timestamp: at('2026-12-02T10:00:00Z') },
  );
  await invoke(prefer);
  expect((await itemsOf(userId))[0]?.p_technique).toEqual({ S: 'box' });
  const forgetting = await askToForget(invoke, who, at('2026-12-02T10:00:05Z'));
  expect(speechOf(await forgetting.intent(Intents.Yes))).toContain(words(FORGOTTEN));

  await invoke(prefer);

  await expectOnlyTheExpiringMemo(userId);
});

test('a reset of the preferences asked after the forget removes nothing more and leaves the memo expiring', async () => {
  const invoke = skillOn();
  const userId = newUser();
  const who = { userId, apiEndpoint: settingsApi.endpoint };
  const forgetting = await askToForget(invoke, who, at('2026-12-02T12:00:00Z'));
  expect(speechOf(await forgetting.intent(Intents.Yes))).toContain(words(FORGOTTEN));
  await invoke(intentRequest(Intents.ResetPreferences, {}, { ...who, timestamp: at('2026-12-02T12:01:00Z') }));
  await expectOnlyTheExpiringMemo(userId);
});

test('a timer set before the forget and cancelled after it clears nothing more and leaves the memo expiring', async () => {
  const invoke = skillOn();
  const { userId, who } = await withPendingStretch(invoke, at('2026-12-02T12:30:00Z'));
  const timers = settingsApi.timers.length;
  const forgetting = await askToForget(invoke, who, at('2026-12-02T12:31:00Z'));
  expect(speechOf(await forgetting.intent(Intents.Yes))).toContain(words(FORGOTTEN));
  const cancel = intentRequest(Intents.CancelTimeApart, {}, { ...who, timestamp: at('2026-12-02T12:32:00Z') });
  cancel.context.System.user.permissions = { scopes: { [TIMERS_SCOPE]: { status: 'GRANTED' } } } as never;
  await invoke(cancel);
  expect(settingsApi.timers.length).toBe(timers - 1);
  await expectOnlyTheExpiringMemo(userId);
});

test('a preference asked after the forget is kept: the forget guards only what came before it', async () => {
  const invoke = skillOn();
  const userId = newUser();
  const who = { userId, apiEndpoint: settingsApi.endpoint };
  const forgetting = await askToForget(invoke, who, at('2026-12-02T11:00:00Z'));
  await forgetting.intent(Intents.Yes);
  await invoke(
    intentRequest(
      Intents.PreferTechnique,
      { technique: { value: 'box', id: 'box', slotType: 'BREATHING_TECHNIQUE' } },
      { ...who, timestamp: at('2026-12-02T11:00:30Z') },
    ),
  );
  expect((await itemsOf(userId))[0]).toMatchObject({ p_technique: { S: 'box' } });
});

test('a forget that stopped halfway is finished by the next request', async () => {
  const store = new HalfForgettingStore({ tableName: table.tableName, client: table.client });
  const invoke = skillOn({ store });
  const userId = newUser();
  const who = { userId, apiEndpoint: settingsApi.endpoint };
  await invoke(intentRequest(Intents.Breathe, {}, { ...who, timestamp: at('2026-12-03T08:00:00Z') }));
  // An item of the earlier layout, which the forget must delete.
  await table.client.send(
    new PutItemCommand({
      TableName: table.tableName,
      Item: { pk: { S: userId }, sk: { S: OWN_TIME_SORT_KEY }, lastMinutes: { N: '20' }, weeks: { L: [] } },
    }),
  );
  store.failNextFinish = true;
  const forgetting = await askToForget(invoke, who, at('2026-12-03T08:05:00Z'));
  expect(speechOf(await forgetting.intent(Intents.Yes))).toContain(words(NOT_FORGOTTEN));
  expect((await itemsOf(userId)).map((item) => item.sk?.S).sort()).toEqual([OWN_TIME_SORT_KEY, PRACTICE_SORT_KEY]);

  await new Conversation(invoke, { ...who, timestamp: at('2026-12-03T09:00:00Z') }).launch();

  await expectOnlyTheExpiringMemo(userId);
  expect((await itemsOf(userId))[0]?.forgotten?.M?.unfinished).toBeUndefined();
});
