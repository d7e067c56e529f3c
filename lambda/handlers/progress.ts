/**
 * "How far have I come", "remind me what I've done well": a short reflection from the practice
 * history and the time on your own, nothing else. The time on your own may be missing when its
 * read fails; the practice is still spoken, and nothing is guessed.
 */
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { wordsOf } from '../content/words';
import { progressReflection } from '../guidance/progress/reflection';
import { ownTimeProgress } from '../guidance/time-apart/plan';
import { Intents } from '../intents';
import { summarisePractice } from '../practice/practice-summary';
import { readPractice } from '../practice/practice-reading';
import { userTag, withinRequestDeadline } from '../practice/request-facts';
import type { SkillDependencies } from '../skill-dependencies';
import type { OwnTimeRecord } from '../store/own-time-store';
import { isIntent } from '../conversation/intent-match';
import { sentences, tell } from '../conversation/respond';
import { userIdOf } from '../conversation/time-apart-access';

export function progressHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input: HandlerInput) => isIntent(input, Intents.Progress),
    async handle(input: HandlerInput) {
      const envelope = input.requestEnvelope;
      const words = wordsOf(input).summary;
      const userId = userIdOf(envelope);
      if (!userId) return tell(input, sentences(words.progress.nothingYet));
      // The practice record and the device's zone in one read, as every practice request reads them.
      const reading = await readPractice(deps, input);
      const day = reading.localDay;
      let ownTime: OwnTimeRecord | undefined;
      try {
        // A table that did not answer the first read is not asked again: the answer is already late.
        if (!reading.record) throw reading.readFailure;
        ownTime = await withinRequestDeadline(deps, input, (options) => deps.ownTime.read(userId, options));
      } catch (error) {
        deps.logger.error('progress part unavailable', { user: userTag(deps, input), error });
      }
      const reflection = progressReflection(
        wordsOf(input),
        reading.record ? summarisePractice(reading.record.history, day) : undefined,
        ownTime ? ownTimeProgress(ownTime, day) : undefined,
      );
      if (reflection.length > 0) return tell(input, sentences(...reflection));
      // Nothing to say because a part could not be read is not the same as nothing practised.
      const anyFailed = !reading.record || !ownTime;
      return tell(input, sentences(anyFailed ? words.storeUnavailable : words.progress.nothingYet));
    },
  };
}
