import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { dailyReminder } from '../alexa/daily-reminder';
import { REMINDERS_SCOPE, askForPermission, mayHavePermission } from '../alexa/permission-consent';
import { DEFAULT_REMINDER_TIME, parseSlotTime, reminderToken, type TimeOfDay } from '../alexa/reminder-time';
import { RemindersPermissionError } from '../alexa/reminders';
import { readSlot } from '../alexa/slots';
import { wordsOf } from '../content/words';
import { Intents, ReminderSlots } from '../intents';
import { wallClock } from '../practice/local-time';
import { requestTime } from '../practice/request-facts';
import { userTimeZone } from '../practice/user-time-zone';
import { requestBudget } from '../request-budget-attribute';
import type { SkillDependencies } from '../skill-dependencies';
import { localeSpelling, spellFor } from '../renderers/ssml/spelling';
import { renderSsml } from '../renderers/ssml/ssml';
import { reminderAccess } from '../conversation/reminder-access';
import { sentences, tell } from '../conversation/respond';
import { isIntent } from '../conversation/intent-match';

/** Hands the permission question to Alexa; the time asked for travels in the token. */
function askPermission(input: HandlerInput, time: TimeOfDay, before: readonly string[] = []): Response {
  return input.responseBuilder
    .speak(renderSsml(sentences(...before, wordsOf(input).reminders.askingPermission(time))))
    .addDirective(askForPermission(REMINDERS_SCOPE, reminderToken(time)))
    .getResponse();
}

/**
 * Creates the daily reminder and says the time back. Any earlier Steady reminder is removed once
 * the new one exists, so there is one daily reminder. Without permission it asks for it, unless
 * the user has just been asked (`askedAlready`).
 */
export async function setDailyReminder(
  deps: SkillDependencies,
  input: HandlerInput,
  time: TimeOfDay,
  options: { askedAlready: boolean; before?: readonly string[] },
): Promise<Response> {
  const envelope = input.requestEnvelope;
  const words = wordsOf(input);
  const access = reminderAccess(envelope);
  const refused = () =>
    options.askedAlready ? tell(input, sentences(words.reminders.stillNoPermission)) : askPermission(input, time, options.before);
  if (!access || (!options.askedAlready && !mayHavePermission(envelope, REMINDERS_SCOPE))) return refused();

  const timeZone = await userTimeZone(deps, input);
  const locale = envelope.request?.locale ?? 'en-US';
  const reminder = dailyReminder({
    time,
    text: spellFor(localeSpelling(words.spelling, locale), words.reminders.ringing),
    locale,
    timeZone,
    now: wallClock(requestTime(deps, input), timeZone),
  });
  const budget = requestBudget(input);
  const [created, earlier] = await Promise.allSettled([
    deps.reminders.create(access, reminder, budget.callOptions()),
    deps.reminders.list(access, budget.callOptions()),
  ]);
  if (created.status === 'rejected') {
    if (created.reason instanceof RemindersPermissionError) return refused();
    deps.logger.warn('daily reminder not set', { error: created.reason });
    return tell(input, sentences(words.reminders.notSet));
  }
  const replaced = earlier.status === 'fulfilled' ? earlier.value.filter((token) => token !== created.value) : [];
  const removals = await Promise.allSettled(replaced.map((token) => deps.reminders.delete(access, token, budget.callOptions())));
  const failedRemovals = removals.filter((removal) => removal.status === 'rejected').length;
  if (failedRemovals > 0) deps.logger.warn('earlier reminders not removed', { count: failedRemovals });
  deps.logger.info('daily reminder set', { replaced: replaced.length });
  return tell(input, sentences(...(options.before ?? []), ...words.reminders.set(time, replaced.length > 0)));
}

/** "Remind me to practise every day at nine p.m.", "set a daily reminder". */
export function reminderHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input: HandlerInput) => isIntent(input, Intents.Reminder),
    handle(input: HandlerInput) {
      const named = parseSlotTime(readSlot(input.requestEnvelope, ReminderSlots.time).spoken);
      const time = named ?? DEFAULT_REMINDER_TIME;
      return setDailyReminder(deps, input, time, {
        askedAlready: false,
        before: named ? [] : [wordsOf(input).reminders.noTimeNamed(time)],
      });
    },
  };
}
