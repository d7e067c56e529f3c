import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { randomUUID } from 'node:crypto';
import { createJsonLogger, type Logger } from '../../../lambda/logger';
import { DynamoPracticeStore } from '../../../lambda/store/dynamo-practice-store';
import { createDynamoDbClient } from '../../../lambda/store/dynamodb-client';
import { DynamoOwnTimeStore } from '../../../lambda/store/own-time-store';
import { TEST_SKILL_ID } from '../../../tools/simulator';
import { createTestSkill } from '../../support/test-skill';
import { recordingLogger } from '../../support/skill-harness';

export interface TimedSkill {
  /** Invokes the skill as the Lambda entry does (with its context, when given), and measures how long the answer took. */
  invoke(envelope: RequestEnvelope, context?: unknown): Promise<{ response: ResponseEnvelope; elapsedMs: number }>;
  readonly store: DynamoPracticeStore;
  /** Every entry as logged, errors included as objects. */
  readonly logger: ReturnType<typeof recordingLogger>;
  /** The same entries as the production JSON logger writes them. */
  readonly logLines: readonly string[];
  close(): void;
}

/**
 * The real skill with the production store, DynamoDB client and Settings API lookup, its table
 * reached at `dynamoDbEndpoint` (a misbehaving loopback server) or, without it, on the test
 * run's DynamoDB Local. Each skill has its own lookup cache, so no test sees another's zones.
 */
export function realSkill(options: { tableName?: string; dynamoDbEndpoint?: string } = {}): TimedSkill {
  const client = createDynamoDbClient(options.dynamoDbEndpoint ? { endpoint: options.dynamoDbEndpoint } : {});
  const tableName = options.tableName ?? `steady-faults-${randomUUID().slice(0, 8)}`;
  const store = new DynamoPracticeStore({ tableName, client });
  const ownTime = new DynamoOwnTimeStore({ tableName, client });
  const logger = recordingLogger();
  const logLines: string[] = [];
  const json = createJsonLogger({ level: 'debug', write: (line) => logLines.push(line) });
  const both: Logger = {
    debug: (message, fields) => (logger.debug(message, fields), json.debug(message, fields)),
    info: (message, fields) => (logger.info(message, fields), json.info(message, fields)),
    warn: (message, fields) => (logger.warn(message, fields), json.warn(message, fields)),
    error: (message, fields) => (logger.error(message, fields), json.error(message, fields)),
  };
  const skill = createTestSkill({ store, ownTime, logger: both, skillId: TEST_SKILL_ID });
  return {
    async invoke(envelope, context) {
      const started = performance.now();
      const response = await skill.invoke(envelope, context);
      return { response, elapsedMs: performance.now() - started };
    },
    store,
    logger,
    logLines,
    close: () => client.destroy(),
  };
}

/** A user and a device nobody else in the run has, so container memories never carry over. */
export function freshIdentity(): { userId: string; deviceId: string } {
  const tag = randomUUID().replace(/-/g, '').toUpperCase();
  return { userId: `amzn1.ask.account.FAULT${tag}`, deviceId: `amzn1.ask.device.FAULT${tag}` };
}
