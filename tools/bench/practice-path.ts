/**
 * Two measurements of the practice path that no timing loop shows: the write capacity one
 * practice costs as a history grows (DynamoDB Local's `ReturnConsumedCapacity`), and the
 * slowest spoken answer when the table or the Settings API misbehaves.
 */
import { CreateTableCommand, DynamoDBClient, waitUntilTableExists } from '@aws-sdk/client-dynamodb';
import { SettingsTimeZoneLookup } from '../../lambda/alexa/time-zone';
import { Intents } from '../../lambda/intents';
import { silentLogger } from '../../lambda/logger';
import { PRACTICE_KINDS } from '../../lambda/practice/practice-kind';
import { EMPTY_RECORD, withPractice, type PracticeRecord } from '../../lambda/practice/practice-record';
import { createSkill } from '../../lambda/skill';
import { DynamoPracticeStore } from '../../lambda/store/dynamo-practice-store';
import { DynamoOwnTimeStore } from '../../lambda/store/own-time-store';
import { createDynamoDbClient } from '../../lambda/store/dynamodb-client';
import { createTableInput } from '../../lambda/store/table-definition';
import { dynamoDbAnswer, dynamoDbError, startMisbehavingServer, type Misbehaviour, intentRequest, TEST_SKILL_ID } from '../simulator';

/** A key for the benchmark's own skill: nothing it seals leaves the run. */
const BENCH_SIGNING_KEY = 'steady-bench-signing-key-not-a-secret';
import { BENCH_CREDENTIALS, BENCH_REGION } from './services';
import { RemindersClient } from '../../lambda/alexa/reminders';
import { TimersClient } from '../../lambda/alexa/timers';

/** The production client (its timeouts and attempts), with the benchmark's credentials as Lambda would give them. */
function benchClient(endpoint: string): DynamoDBClient {
  process.env.AWS_ACCESS_KEY_ID ??= BENCH_CREDENTIALS.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY ??= BENCH_CREDENTIALS.secretAccessKey;
  process.env.AWS_REGION ??= BENCH_REGION;
  return createDynamoDbClient({ endpoint });
}

export interface CapacityResult {
  /** Write units of one practice after a week of daily practice, and after three years. */
  readonly weekOneUnits: number;
  readonly yearThreeUnits: number;
}

const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

/** The record after `days` days of daily practice, built in memory as the skill builds it. */
function recordAfter(days: number): PracticeRecord {
  let record = EMPTY_RECORD;
  for (let n = 0; n < days; n++) {
    record = withPractice(record, {
      requestId: `bench-${n}`,
      at: Date.parse(`${day(n)}T12:00:00Z`),
      kind: PRACTICE_KINDS[n % PRACTICE_KINDS.length]!,
      minutes: 3,
      localDay: day(n),
      localHour: 12,
      timeZone: 'America/New_York',
      preferences: {},
    });
  }
  return record;
}

export async function measureWriteCapacity(endpoint: string): Promise<CapacityResult> {
  const tableName = `steady-capacity-${Date.now()}`;
  const admin = new DynamoDBClient({ endpoint, region: BENCH_REGION, credentials: BENCH_CREDENTIALS });
  await admin.send(new CreateTableCommand(createTableInput(tableName)));
  await waitUntilTableExists({ client: admin, minDelay: 1, maxDelay: 1, maxWaitTime: 20 }, { TableName: tableName });
  const client = benchClient(endpoint);
  const units: number[] = [];
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const isPut = context.commandName === 'PutItemCommand';
      if (isPut) (args.input as { ReturnConsumedCapacity?: string }).ReturnConsumedCapacity = 'TOTAL';
      const result = await next(args);
      const consumed = (result.output as { ConsumedCapacity?: { CapacityUnits?: number } }).ConsumedCapacity;
      if (isPut) units.push(consumed?.CapacityUnits ?? Number.NaN);
      return result;
    },
    { step: 'initialize', name: 'benchWriteUnits' },
  );
  const store = new DynamoPracticeStore({ tableName, client });
  const unitsOfNextPractice = async (user: string, days: number): Promise<number> => {
    await store.recordPractice(user, recordAfter(days));
    const read = await store.readHistory(user);
    await store.recordPractice(user, withPractice(read, { ...recordAfterPractice(days), requestId: `next-${user}` }));
    return units[units.length - 1]!;
  };
  try {
    return { weekOneUnits: await unitsOfNextPractice('week-one', 7), yearThreeUnits: await unitsOfNextPractice('year-three', 3 * 365) };
  } finally {
    client.destroy();
    admin.destroy();
  }
}

function recordAfterPractice(days: number) {
  return {
    requestId: 'next',
    at: Date.parse(`${day(days)}T12:00:00Z`),
    kind: 'breathing' as const,
    minutes: 3,
    localDay: day(days),
    localHour: 12,
    timeZone: 'America/New_York',
    preferences: {},
  };
}

export interface FaultResult {
  readonly label: string;
  readonly ms: number;
}

const FAULTS: ReadonlyArray<{ readonly label: string; readonly table: Misbehaviour; readonly settings: Misbehaviour }> = [
  { label: 'table and Settings API hang', table: { kind: 'hang' }, settings: { kind: 'hang' } },
  { label: 'table stalls after the headers', table: { kind: 'stall-body' }, settings: { kind: 'hang' } },
  { label: 'table trickles its answer', table: { kind: 'trickle-body', intervalMs: 200 }, settings: { kind: 'hang' } },
  {
    label: 'table throttles',
    table: dynamoDbAnswer(400, dynamoDbError('ThrottlingException', 'Rate exceeded')),
    settings: { kind: 'hang' },
  },
];

/** The slowest breathing answer of a new container under each fault. */
export async function measureFaultAnswers(): Promise<FaultResult[]> {
  const results: FaultResult[] = [];
  for (const fault of FAULTS) {
    const [table, settings] = await Promise.all([startMisbehavingServer(fault.table), startMisbehavingServer(fault.settings)]);
    const client = benchClient(table.endpoint);
    try {
      const skill = createSkill({
        store: new DynamoPracticeStore({ tableName: 'steady-faults', client }),
        ownTime: new DynamoOwnTimeStore({ tableName: 'steady-faults', client }),
        timeZones: new SettingsTimeZoneLookup(),
        reminders: new RemindersClient(),
        timers: new TimersClient(),
        logger: silentLogger,
        signingKey: BENCH_SIGNING_KEY,
        skillId: TEST_SKILL_ID,
      });
      const started = performance.now();
      const response = await skill.invoke(intentRequest(Intents.Breathe, {}, { apiEndpoint: settings.endpoint }));
      const ms = performance.now() - started;
      if (!response.response.outputSpeech) throw new Error(`No answer under the fault: ${fault.label}`);
      results.push({ label: fault.label, ms });
    } finally {
      client.destroy();
      await Promise.all([table.stop(), settings.stop()]);
    }
  }
  return results;
}
