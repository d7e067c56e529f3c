/**
 * Requests sent for another skill are refused by the Lambda entry, with SKILL_ID set as the
 * stack always sets it: nothing is recorded, and the refusal is logged as a warning that says
 * nothing about the user.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { randomUUID } from 'node:crypto';
import { Intents } from '../../lambda/intents';
import { DynamoPracticeStore } from '../../lambda/store/dynamo-practice-store';
import { speechOf, intentRequest, launchRequest, TEST_SKILL_ID, type EnvelopeOptions } from '../../tools/simulator';
import { createPracticeTable, type PracticeTable } from '../support/practice-table';
import { startSkillUnderTest } from '../support/skill-harness';

type LambdaHandler = (event: RequestEnvelope, context?: unknown) => Promise<ResponseEnvelope>;

const OTHER_SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';
/** The entry is loaded in isolation, so its error class is matched by name. */
const REFUSAL = { name: 'ForeignSkillError' };

let table: PracticeTable;
let store: DynamoPracticeStore;
let handler: LambdaHandler;
let logLines: string[];
const savedEnvironment = { ...process.env };

beforeAll(async () => {
  table = await createPracticeTable('steady-foreign');
  store = new DynamoPracticeStore({ tableName: table.tableName, client: table.client });
  process.env.SKILL_ID = TEST_SKILL_ID;
  process.env.TABLE_NAME = table.tableName;
  jest.isolateModules(() => {
    ({ handler } = require('../../lambda/index') as { handler: LambdaHandler });
  });
});
afterAll(async () => {
  process.env = savedEnvironment;
  await table.drop();
});

/** Every JSON line the Lambda entry's logger writes while `run` runs. */
async function capturingLogs<T>(run: () => Promise<T>): Promise<T> {
  logLines = [];
  const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    logLines.push(String(chunk));
    return true;
  });
  try {
    return await run();
  } finally {
    write.mockRestore();
  }
}

function someone(): { userId: string; deviceId: string } & EnvelopeOptions {
  const tag = randomUUID().replace(/-/g, '').toUpperCase();
  return { userId: `amzn1.ask.account.FOREIGN${tag}`, deviceId: `amzn1.ask.device.FOREIGN${tag}`, apiAccessToken: null };
}

describe('the Lambda entry with SKILL_ID set', () => {
  it.each<[string, (who: ReturnType<typeof someone>) => RequestEnvelope]>([
    ['a request naming another skill', (who) => intentRequest(Intents.Breathe, {}, { ...who, skillId: OTHER_SKILL_ID })],
    ['a launch naming another skill', (who) => launchRequest({ ...who, skillId: OTHER_SKILL_ID })],
    [
      'a request whose session names another skill',
      (who) => {
        const envelope = intentRequest(Intents.Breathe, {}, who);
        envelope.session!.application.applicationId = OTHER_SKILL_ID;
        return envelope;
      },
    ],
    [
      'a request naming no skill at all',
      (who) => {
        const envelope = intentRequest(Intents.Breathe, {}, who);
        delete (envelope.context.System as { application?: unknown }).application;
        return envelope;
      },
    ],
  ])('refuses %s, records nothing, and logs one warning without the user', async (_label, build) => {
    const who = someone();
    await capturingLogs(async () => {
      await expect(handler(build(who))).rejects.toMatchObject(REFUSAL);
    });
    expect(logLines).toHaveLength(1);
    expect(JSON.parse(logLines[0]!)).toMatchObject({ level: 'warn', message: 'request refused: sent for another skill' });
    expect(logLines[0]).not.toContain(who.userId);
    expect(logLines[0]).not.toContain(who.deviceId);
    expect((await store.readHistory(who.userId)).history.sessions).toBe(0);
  });

  it('refuses an event that is not an Alexa request at all, without a TypeError', async () => {
    await capturingLogs(async () => {
      await expect(handler({} as RequestEnvelope)).rejects.toMatchObject(REFUSAL);
    });
  });

  it('answers and records a request for this skill', async () => {
    const who = someone();
    const response = await capturingLogs(() => handler(intentRequest(Intents.Breathe, {}, who)));
    expect(speechOf(response)).toContain('your body');
    expect((await store.readHistory(who.userId)).history.sessions).toBe(1);
    for (const line of logLines) expect(line).not.toContain(who.userId);
  });
});

describe('createSkill with a skill id (the SDK check, behind the entry)', () => {
  it('refuses another skill, records nothing and logs nothing about the user', async () => {
    const skill = await startSkillUnderTest();
    try {
      const who = someone();
      await expect(skill.handler(intentRequest(Intents.Breathe, {}, { ...who, skillId: OTHER_SKILL_ID }))).rejects.toThrow();
      expect((await skill.store.readHistory(who.userId)).history.sessions).toBe(0);
      expect(JSON.stringify(skill.logger.entries)).not.toContain(who.userId);
    } finally {
      await skill.close();
    }
  });
});
