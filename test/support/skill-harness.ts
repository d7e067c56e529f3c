import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Logger } from '../../lambda/logger';
import { DynamoPracticeStore } from '../../lambda/store/dynamo-practice-store';
import { DynamoOwnTimeStore } from '../../lambda/store/own-time-store';
import { Conversation, type ConversationOptions, TEST_SKILL_ID, startSettingsApiStub, type SettingsApiStub } from '../../tools/simulator';
import { createTestSkill, type TestSkill, type TestSkillParts } from './test-skill';
import { createPracticeTable, type PracticeTable } from './practice-table';

/** A logger that keeps every entry, so tests can assert what was (and was not) logged. */
export function recordingLogger(): Logger & { entries: Array<Record<string, unknown>> } {
  const entries: Array<Record<string, unknown>> = [];
  const log =
    (level: string) =>
    (message: string, fields: Record<string, unknown> = {}) => {
      entries.push({ level, message, ...fields });
    };
  return { entries, debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

/**
 * The test skill on a practice table: both of a person's items on that table, Steady's test skill
 * id and a recording logger, unless the test names its own.
 */
export function createTableSkill(table: PracticeTable, parts: Partial<TestSkillParts> = {}): TestSkill {
  const { store, ownTime, logger, skillId, ...rest } = parts;
  return createTestSkill({
    store: store ?? new DynamoPracticeStore({ tableName: table.tableName, client: table.client }),
    ownTime: ownTime ?? new DynamoOwnTimeStore({ tableName: table.tableName, client: table.client }),
    logger: logger ?? recordingLogger(),
    skillId: skillId ?? TEST_SKILL_ID,
    ...rest,
  });
}

export interface SkillUnderTest {
  /** The skill's invoke, exactly as the Lambda entry calls it. */
  readonly handler: (event: RequestEnvelope, context?: unknown) => Promise<ResponseEnvelope>;
  readonly store: DynamoPracticeStore;
  readonly ownTime: DynamoOwnTimeStore;
  readonly table: PracticeTable;
  readonly settingsApi: SettingsApiStub;
  readonly logger: ReturnType<typeof recordingLogger>;
  /** A conversation whose envelopes reach the loopback Settings API. */
  conversation(options?: ConversationOptions): Conversation;
  close(): Promise<void>;
}

/**
 * The real skill with real parts: a practice table on DynamoDB Local, the Settings API time zone
 * lookup against a loopback stand-in, and the skill-id check on.
 */
export async function startSkillUnderTest(options: { timeZone?: string; skillId?: string } = {}): Promise<SkillUnderTest> {
  const table = await createPracticeTable('steady-e2e');
  const settingsApi = await startSettingsApiStub({ timeZone: options.timeZone ?? 'America/New_York' });
  const store = new DynamoPracticeStore({ tableName: table.tableName, client: table.client });
  const ownTime = new DynamoOwnTimeStore({ tableName: table.tableName, client: table.client });
  const logger = recordingLogger();
  const skill = createTableSkill(table, { store, ownTime, logger, skillId: options.skillId ?? TEST_SKILL_ID });
  return {
    handler: (event, context) => skill.invoke(event, context),
    store,
    ownTime,
    table,
    settingsApi,
    logger,
    conversation: (conversationOptions = {}) =>
      new Conversation((event, context) => skill.invoke(event, context), {
        apiEndpoint: settingsApi.endpoint,
        ...conversationOptions,
      }),
    close: async () => {
      await settingsApi.stop();
      await table.drop();
    },
  };
}
