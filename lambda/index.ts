import { randomBytes } from 'node:crypto';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { refuseForeignRequest, sentForSkill } from './alexa/skill-origin';
import { SettingsTimeZoneLookup } from './alexa/time-zone';
import { createJsonLogger, pseudonyms } from './logger';
import { SPOKEN_AFTER_FAILURE_MS } from './playback/playback';
import { ContainerMemory } from './container-memory';
import { createSkill } from './skill';
import type { SkillDependencies } from './skill-dependencies';
import { DynamoPracticeStore } from './store/dynamo-practice-store';
import { createDynamoDbClient } from './store/dynamodb-client';
import { DynamoOwnTimeStore } from './store/own-time-store';
import { DEFAULT_TABLE_NAME } from './store/table-schema';

type LambdaHandler = (event: RequestEnvelope, context?: unknown) => Promise<ResponseEnvelope>;

/**
 * The skill on its real parts, as configured by the environment. The local runner passes a
 * clock of its own (`--date`); the Lambda runs on the system clock.
 */
export function createHandler(options: Pick<SkillDependencies, 'clock'> = {}): LambdaHandler {
  const logger = createJsonLogger({ level: process.env.LOG_LEVEL === 'debug' ? 'debug' : 'info' });
  /** The stack always sets it; without it, requests for any skill are answered. */
  const skillId = process.env.SKILL_ID || undefined;
  /** The stack sets it to where the rendered tracks are served; without it every session is spoken. */
  const publicBaseUrl = process.env.PUBLIC_BASE_URL || undefined;
  // The stack always sets it; without it, this container's own key, so what it sealed checks only here.
  const signingKey = process.env.SIGNING_KEY || randomBytes(32).toString('base64url');
  const tableName = process.env.TABLE_NAME ?? DEFAULT_TABLE_NAME;
  // One DynamoDB client (one connection pool, one set of timeouts) for both items of a person.
  const client = createDynamoDbClient();
  const skill = createSkill({
    store: new DynamoPracticeStore({ tableName, client }),
    ownTime: new DynamoOwnTimeStore({ tableName, client }),
    timeZones: new SettingsTimeZoneLookup(),
    logger,
    signingKey,
    // Salted per deployment; without a salt each container draws its own.
    pseudonym: pseudonyms(process.env.LOG_PSEUDONYM_SALT || undefined),
    ...(skillId ? { skillId } : {}),
    // The container's memory of failed streams, shared by its requests (bounded, and it expires).
    ...(publicBaseUrl
      ? { audio: { baseUrl: publicBaseUrl, failedPlayback: new ContainerMemory<number>({ ttlMs: SPOKEN_AFTER_FAILURE_MS }) } }
      : {}),
    ...options,
  });
  return (event, context) =>
    // Alexa's id of the request (the same across its retries) and Lambda's id of this invocation.
    logger.within({ requestId: event?.request?.requestId, awsRequestId: lambdaRequestId(context) }, async () => {
      if (skillId && !sentForSkill(event, skillId)) throw refuseForeignRequest(event, logger);
      return skill.invoke(event, context);
    });
}

function lambdaRequestId(context: unknown): string | undefined {
  const id = (context as { awsRequestId?: unknown } | undefined)?.awsRequestId;
  return typeof id === 'string' ? id : undefined;
}

/** The Lambda entry point. */
export const handler: LambdaHandler = createHandler();
