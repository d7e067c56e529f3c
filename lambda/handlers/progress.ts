/**
 * "How far have I come", "remind me what I've done well": a short reflection from the practice
 * history and the time on your own, nothing else. Either part may be missing when its table read
 * fails; the other is still spoken, and nothing is guessed.
 */
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { progressReflection } from '../guidance/progress/reflection';
import { ownTimeProgress } from '../guidance/time-apart/plan';
import { Intents } from '../intents';
import { localDay } from '../practice/local-time';
import { summarisePractice } from '../practice/practice-summary';
import { requestTime, userTag, userTimeZone, withinRequestDeadline } from '../practice/practice-service';
import { STORE_UNAVAILABLE_APOLOGY } from '../practice/summary-wording';
import type { SkillDependencies } from '../skill-dependencies';
import { isIntent } from './intent-match';
import { sentences, tell } from './respond';
import { userIdOf } from './time-apart-access';
import { NOTHING_YET } from '../guidance/progress/reflection';

export function progressHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input: HandlerInput) => isIntent(input, Intents.Progress),
    async handle(input: HandlerInput) {
      const envelope = input.requestEnvelope;
      const userId = userIdOf(envelope);
      if (!userId) return tell(input, sentences(NOTHING_YET));
      const zone = userTimeZone(deps, input);
      // One read after the other, through the request's table guard: a failing table is waited on once.
      const [history] = await Promise.allSettled([withinRequestDeadline(deps, input, () => deps.store.readHistory(userId))]);
      // A table that did not answer the first read is not asked again: the answer is already late.
      const [ownTime] = await Promise.allSettled([
        history.status === 'fulfilled'
          ? withinRequestDeadline(deps, input, () => deps.ownTime.read(userId))
          : Promise.reject(history.reason),
      ]);
      const [timeZone] = await Promise.allSettled([zone]);
      const day = localDay(requestTime(deps, input), timeZone.status === 'fulfilled' ? timeZone.value : 'UTC');
      for (const failed of [history, ownTime].filter((r) => r.status === 'rejected')) {
        deps.logger.error('progress part unavailable', { user: userTag(deps, input), error: (failed as PromiseRejectedResult).reason });
      }
      const reflection = progressReflection(
        history.status === 'fulfilled' ? summarisePractice(history.value.history, day) : undefined,
        ownTime.status === 'fulfilled' ? ownTimeProgress(ownTime.value, day) : undefined,
      );
      // Nothing to say because a part could not be read is not the same as nothing practised.
      const anyFailed = history.status === 'rejected' || ownTime.status === 'rejected';
      if (anyFailed && reflection[0] === NOTHING_YET) return tell(input, sentences(STORE_UNAVAILABLE_APOLOGY));
      return tell(input, sentences(...reflection));
    },
  };
}
