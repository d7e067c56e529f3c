import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { refuseForeignRequest, sentForSkill } from './alexa/skill-origin';
import { SettingsTimeZoneLookup } from './alexa/time-zone';
import { createJsonLogger } from './logger';
import { SPOKEN_AFTER_FAILURE_MS } from './audio/playback';
import { ContainerMemory } from './container-memory';
import { createSkill } from './skill';
import { DynamoPracticeStore } from './store/dynamo-practice-store';
import { DynamoOwnTimeStore } from './store/own-time-store';
import { DEFAULT_TABLE_NAME } from './store/table-schema';

const logger = createJsonLogger({ level: process.env.LOG_LEVEL === 'debug' ? 'debug' : 'info' });

/** The stack always sets it; without it, requests for any skill are answered. */
const skillId = process.env.SKILL_ID || undefined;
/** The stack sets it to where the rendered tracks are served; without it every session is spoken. */
const publicBaseUrl = process.env.PUBLIC_BASE_URL || undefined;

const skill = createSkill({
  store: new DynamoPracticeStore({ tableName: process.env.TABLE_NAME ?? DEFAULT_TABLE_NAME }),
  ownTime: new DynamoOwnTimeStore({ tableName: process.env.TABLE_NAME ?? DEFAULT_TABLE_NAME }),
  timeZones: new SettingsTimeZoneLookup(),
  logger,
  ...(skillId ? { skillId } : {}),
  // The container's memory of failed streams, shared by its requests (bounded, and it expires).
  ...(publicBaseUrl ? { audio: { baseUrl: publicBaseUrl, failedPlayback: new ContainerMemory<number>({ ttlMs: SPOKEN_AFTER_FAILURE_MS }) } } : {}),
});

/** The Lambda entry point. */
export async function handler(event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> {
  if (skillId && !sentForSkill(event, skillId)) throw refuseForeignRequest(event, logger);
  return skill.invoke(event, context);
}
