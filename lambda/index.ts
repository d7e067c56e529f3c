import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { refuseForeignRequest, sentForSkill } from './alexa/skill-origin';
import { SettingsTimeZoneLookup } from './alexa/time-zone';
import { createJsonLogger, pseudonyms } from './logger';
import { createSkill } from './skill';
import { DynamoPracticeStore } from './store/dynamo-practice-store';
import { DEFAULT_TABLE_NAME } from './store/table-schema';

const logger = createJsonLogger({ level: process.env.LOG_LEVEL === 'debug' ? 'debug' : 'info' });

/** The stack always sets it; without it, requests for any skill are answered. */
const skillId = process.env.SKILL_ID || undefined;

const skill = createSkill({
  store: new DynamoPracticeStore({ tableName: process.env.TABLE_NAME ?? DEFAULT_TABLE_NAME }),
  timeZones: new SettingsTimeZoneLookup(),
  logger,
  // Salted per deployment; without a salt each container draws its own.
  pseudonym: pseudonyms(process.env.LOG_PSEUDONYM_SALT || undefined),
  ...(skillId ? { skillId } : {}),
});

/** The Lambda entry point. */
export async function handler(event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> {
  if (skillId && !sentForSkill(event, skillId)) throw refuseForeignRequest(event, logger);
  return skill.invoke(event, context);
}
