import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { TEST_SKILL_ID } from '../../../tools/simulator';
import { InMemoryPracticeStore } from '../../support/in-memory-practice-store';
import { InMemoryOwnTimeStore } from '../../support/in-memory-own-time-store';
import { recordingLogger } from '../../support/skill-harness';
import { createTestSkill } from '../../support/test-skill';
import { fixedTimeZone } from './broken-parts';

/**
 * The real skill on a fast in-memory store with a fixed time zone, for tests that send it
 * thousands of requests: what they try is the input, not the services.
 */
export function inMemorySkill() {
  const store = new InMemoryPracticeStore();
  const logger = recordingLogger();
  const skill = createTestSkill({
    store,
    ownTime: new InMemoryOwnTimeStore(store),
    timeZones: fixedTimeZone('Pacific/Auckland'),
    logger,
    skillId: TEST_SKILL_ID,
  });
  return {
    store,
    logger,
    invoke: (envelope: RequestEnvelope): Promise<ResponseEnvelope> => skill.invoke(envelope),
  };
}
