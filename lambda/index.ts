import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { SettingsTimeZoneLookup } from './alexa/time-zone';
import { createJsonLogger } from './logger';
import { createSkill } from './skill';
import { DynamoPracticeStore } from './store/dynamo-practice-store';
import { DEFAULT_TABLE_NAME } from './store/table-schema';

const logger = createJsonLogger({ level: process.env.LOG_LEVEL === 'debug' ? 'debug' : 'info' });

const skill = createSkill({
  store: new DynamoPracticeStore({ tableName: process.env.TABLE_NAME ?? DEFAULT_TABLE_NAME }),
  timeZones: new SettingsTimeZoneLookup(),
  logger,
  ...(process.env.SKILL_ID ? { skillId: process.env.SKILL_ID } : {}),
});

/** The Lambda entry point. */
export async function handler(event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> {
  return skill.invoke(event, context);
}
