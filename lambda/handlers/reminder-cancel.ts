import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { REMINDERS_SCOPE, mayHavePermission } from '../alexa/permission-consent';
import { RemindersPermissionError } from '../alexa/reminders';
import { wordsOf } from '../content/words';
import { Intents } from '../intents';
import { requestBudget } from '../request-budget-attribute';
import type { SkillDependencies } from '../skill-dependencies';
import { reminderAccess } from '../conversation/reminder-access';
import { sentences, tell } from '../conversation/respond';
import { isIntent } from '../conversation/intent-match';

/** "Cancel my reminder": removes every reminder Steady has set for the user. */
export function cancelReminderHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input: HandlerInput) => isIntent(input, Intents.CancelReminder),
    async handle(input: HandlerInput) {
      const envelope = input.requestEnvelope;
      const words = wordsOf(input).reminders;
      const access = reminderAccess(envelope);
      // Steady can only have set a reminder with the permission, and can only see one with it.
      if (!access || !mayHavePermission(envelope, REMINDERS_SCOPE)) return tell(input, sentences(words.noneToCancel));
      const budget = requestBudget(input);
      let tokens: string[];
      try {
        tokens = await deps.reminders.list(access, budget.callOptions());
      } catch (error) {
        if (error instanceof RemindersPermissionError) return tell(input, sentences(words.noneToCancel));
        deps.logger.warn('reminders not listed', { error });
        return tell(input, sentences(words.notCancelled));
      }
      if (tokens.length === 0) return tell(input, sentences(words.noneToCancel));
      const removals = await Promise.allSettled(tokens.map((token) => deps.reminders.delete(access, token, budget.callOptions())));
      const failed = removals.filter((removal) => removal.status === 'rejected');
      if (failed.length > 0) {
        deps.logger.warn('reminders not cancelled', { count: failed.length, error: (failed[0] as PromiseRejectedResult).reason });
        return tell(input, sentences(words.notCancelled));
      }
      deps.logger.info('reminders cancelled', { count: tokens.length });
      return tell(input, sentences(words.cancelled));
    },
  };
}
