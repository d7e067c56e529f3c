/**
 * One deadline over the whole request: whatever the parts do, a practice is answered in time.
 * The parts here are the worst a table and a Settings API can be together: a lookup that never
 * answers, a read that takes most of its own deadline, and writes that keep being overtaken by
 * another device's, each just as slow.
 */
import { Intents } from '../../lambda/intents';
import { EMPTY_RECORD, type PracticeRecord } from '../../lambda/practice/practice-record';
import type { Preferences } from '../../lambda/practice/preferences';
import { createTestSkill } from '../support/test-skill';
import { InMemoryOwnTimeStore } from '../support/in-memory-own-time-store';
import type { PracticeStore, RecordOutcome } from '../../lambda/store/practice-store';
import { speechOf, intentRequest, TEST_SKILL_ID } from '../../tools/simulator';
import { recordingLogger } from '../support/skill-harness';

const slowly = <T>(ms: number, value: T): Promise<T> => new Promise((resolve) => setTimeout(() => resolve(value), ms));

/** Every call takes 2.4 s, ignores the signal it is given, and every write is overtaken. */
class OvertakenStore implements PracticeStore {
  calls = 0;
  readHistory(): Promise<PracticeRecord> {
    this.calls++;
    return slowly(2400, EMPTY_RECORD);
  }
  recordPractice(): Promise<RecordOutcome> {
    this.calls++;
    return slowly(2400, { written: false });
  }
  savePreferences(): Promise<void> {
    return slowly(2400, undefined);
  }
  updatePreferences(): Promise<Preferences> {
    return slowly(2400, {});
  }
  forgetUser(): Promise<RecordOutcome> {
    return slowly(2400, { written: false });
  }
  finishForget(): Promise<void> {
    return slowly(2400, undefined);
  }
}

test('a hanging Settings API, a slow table and overtaken writes still get the session spoken within 6 s', async () => {
  const store = new OvertakenStore();
  const logger = recordingLogger();
  const skill = createTestSkill({
    store,
    ownTime: new InMemoryOwnTimeStore(),
    timeZones: { timeZoneFor: () => new Promise(() => {}) },
    logger,
    skillId: TEST_SKILL_ID,
  });
  const started = performance.now();
  const response = await skill.invoke(intentRequest(Intents.Breathe, {}, {}));
  const elapsed = performance.now() - started;
  expect(speechOf(response)).toContain('calm breathing.');
  expect(elapsed).toBeLessThan(6000);
  expect(logger.entries).toContainEqual(expect.objectContaining({ level: 'error', message: expect.stringMatching(/^practice /) }));
}, 15_000);

test('the summary is answered within 6 s too, with the apology when the table never answers', async () => {
  const store = new OvertakenStore();
  store.readHistory = () => new Promise(() => {});
  const skill = createTestSkill({
    store,
    ownTime: new InMemoryOwnTimeStore(),
    timeZones: { timeZoneFor: () => new Promise(() => {}) },
    logger: recordingLogger(),
    skillId: TEST_SKILL_ID,
  });
  const started = performance.now();
  const response = await skill.invoke(intentRequest(Intents.Streak, {}, {}));
  expect(performance.now() - started).toBeLessThan(6000);
  expect(speechOf(response)).toContain('</speak>');
}, 15_000);
