/**
 * The stack counts lost practices from their log lines (infra/skill-alarms.ts): a practice the
 * skill could not record must log, as the JSON logger writes it, one of the messages the metric
 * filter matches. A renamed message would silence the alarm; this fails first.
 */
import { LOST_PRACTICE_LOG_MESSAGES } from '../../infra/skill-alarms';
import { Intents } from '../../lambda/intents';
import { createJsonLogger } from '../../lambda/logger';
import { TEST_SKILL_ID, intentRequest } from '../../tools/simulator';
import { InMemoryOwnTimeStore } from '../support/in-memory-own-time-store';
import { InMemoryPracticeStore } from '../support/in-memory-practice-store';
import { createTestSkill } from '../support/test-skill';
import { fixedTimeZone } from './support/broken-parts';

/** The store's way to lose the practice: the history cannot be read, or the write fails. */
type Loss = 'unreadable' | 'unwritable';

class LosingStore extends InMemoryPracticeStore {
  constructor(private readonly loss: Loss) {
    super();
  }
  override readHistory(...args: Parameters<InMemoryPracticeStore['readHistory']>) {
    return this.loss === 'unreadable' ? Promise.reject(new Error('read failed')) : super.readHistory(...args);
  }
  override recordPractice(...args: Parameters<InMemoryPracticeStore['recordPractice']>) {
    return this.loss === 'unwritable' ? Promise.reject(new Error('write failed')) : super.recordPractice(...args);
  }
}

it.each<Loss>(['unreadable', 'unwritable'])('a practice lost to a history %s logs a line the lost-practice metric counts', async (loss) => {
  const lines: string[] = [];
  const store = new LosingStore(loss);
  const skill = createTestSkill({
    store,
    ownTime: new InMemoryOwnTimeStore(store),
    timeZones: fixedTimeZone('UTC'),
    logger: createJsonLogger({ write: (line) => lines.push(line) }),
    skillId: TEST_SKILL_ID,
  });
  await skill.invoke(intentRequest(Intents.Breathe));
  const messages = lines.map((line) => (JSON.parse(line) as { message: string }).message);
  expect(messages.filter((message) => (LOST_PRACTICE_LOG_MESSAGES as readonly string[]).includes(message))).toHaveLength(1);
});

it('a practice recorded logs no such line', async () => {
  const lines: string[] = [];
  const store = new InMemoryPracticeStore();
  const skill = createTestSkill({
    store,
    ownTime: new InMemoryOwnTimeStore(store),
    timeZones: fixedTimeZone('UTC'),
    logger: createJsonLogger({ level: 'debug', write: (line) => lines.push(line) }),
    skillId: TEST_SKILL_ID,
  });
  await skill.invoke(intentRequest(Intents.Breathe));
  const messages = lines.map((line) => (JSON.parse(line) as { message: string }).message);
  expect(messages).toContain('practice recorded');
  expect(messages.filter((message) => (LOST_PRACTICE_LOG_MESSAGES as readonly string[]).includes(message))).toEqual([]);
});
