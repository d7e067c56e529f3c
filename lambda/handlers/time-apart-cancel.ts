/** "Cancel my time apart timer": cancels Steady's timer; the unfinished stretch does not count. */
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Intents } from '../intents';
import { wordsOf } from '../content/words';
import { requestTime, withinRequestDeadline, userTag } from '../practice/request-facts';
import { requestBudget } from '../request-budget-attribute';
import type { SkillDependencies } from '../skill-dependencies';
import { isIntent } from '../conversation/intent-match';
import { reminderAccess } from '../conversation/reminder-access';
import { sentences, tell } from '../conversation/respond';
import { userIdOf } from '../conversation/time-apart-access';

export function cancelTimeApartHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input: HandlerInput) => isIntent(input, Intents.CancelTimeApart),
    async handle(input: HandlerInput) {
      const envelope = input.requestEnvelope;
      const words = wordsOf(input).timeApart;
      const access = reminderAccess(envelope);
      if (!access) return tell(input, sentences(words.timersUnreachable));
      const userId = userIdOf(envelope);
      const budget = requestBudget(input);
      try {
        const timers = await deps.timers.list(access, budget.callOptions());
        if (timers.length === 0) return tell(input, sentences(words.noTimerToCancel));
        await Promise.all(timers.map((timer) => deps.timers.delete(access, timer.id, budget.callOptions())));
      } catch (error) {
        deps.logger.warn('time on your own timer not cancelled', { error });
        return tell(input, sentences(words.timersUnreachable));
      }
      if (userId) {
        try {
          await withinRequestDeadline(deps, input, (options) =>
            deps.ownTime.setPending(userId, undefined, requestTime(deps, input).getTime(), options),
          );
        } catch (error) {
          deps.logger.warn('cancelled stretch still pending', { user: userTag(deps, input), error });
        }
      }
      deps.logger.info('time on your own timer cancelled');
      return tell(input, sentences(words.timerCancelled));
    },
  };
}
