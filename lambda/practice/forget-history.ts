/**
 * "Forget my history": everything stored for the user deleted, once, however often Alexa
 * retries the "yes". Nothing here throws; a failure is logged (under a pseudonym) and answered
 * as not deleted.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { SkillDependencies } from '../skill-dependencies';
import { forgottenRecord, requestTag } from './practice-record';
import { beforeDeadline, callOptions, deadlinePassed, factsOf } from './request-facts';

/**
 * Deletes everything stored for the user; true when it is gone. The memo of the forget replaces
 * the practice record over the revision read, as a practice is written, so a practice that lands
 * meanwhile is read again and forgotten too. A retry of the same "yes" writes no memo again (the
 * record remembers which request forgot it, so a practice recorded after the first attempt
 * stays) but finishes deleting the other items, in case the first attempt stopped halfway.
 */
export async function forgetHistory(deps: SkillDependencies, input: HandlerInput): Promise<boolean> {
  const facts = factsOf(deps, input);
  const userId = facts.userId;
  if (!userId) return false;
  try {
    let record = await beforeDeadline(facts, () => deps.store.readHistory(userId, callOptions(facts)));
    for (;;) {
      const memo = record.forgotten;
      if (memo?.request === requestTag(facts.requestId)) {
        if (memo.unfinished) await beforeDeadline(facts, () => deps.store.finishForget(userId, memo.request, callOptions(facts)));
        deps.logger.debug('practice history already deleted', { user: facts.pseudonym });
        break;
      }
      const forgotten = { ...forgottenRecord(facts.requestId, facts.instant.getTime()), revision: record.revision };
      const outcome = await beforeDeadline(facts, () => deps.store.forgetUser(userId, forgotten, callOptions(facts)));
      if (outcome.written) break;
      if (deadlinePassed(facts)) throw new Error('the record kept changing');
      record = outcome.current ?? (await beforeDeadline(facts, () => deps.store.readHistory(userId, callOptions(facts))));
    }
    deps.timeZones.forget?.(input.requestEnvelope);
    deps.logger.info('practice history deleted', { user: facts.pseudonym });
    return true;
  } catch (error) {
    deps.logger.error('practice history not deleted', { user: facts.pseudonym, error });
    return false;
  }
}
