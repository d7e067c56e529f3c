/**
 * Time on your own: "tell Steady I'm taking twenty minutes for myself", "help me practise being
 * apart". Steady says what the practice is, offers a practice for when worry rises, and sets an
 * Alexa timer that announces a kind line when the time is up. Without timer permission, or when
 * the Timers API fails, the stretch still counts and Steady says what the person can do instead.
 */
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { parseIsoDuration } from '../alexa/duration';
import { readSlot } from '../alexa/slots';
import { TIMERS_SCOPE, askForPermission, mayHavePermission } from '../alexa/permission-consent';
import { MAX_TIMER_MINUTES, TimersPermissionError, type TimerRequest } from '../alexa/timers';
import { wordsOf } from '../content/words';
import { clampStretch, FIRST_STRETCH_MINUTES, suggestedStretch } from '../guidance/time-apart/plan';
import { stretchStarted, suggestNext, type TimeApartWords, type WithoutTimerReason, withoutTimer } from '../guidance/time-apart/wording';
import { Intents, TimeApartSlots } from '../intents';
import { requestTime, withinRequestDeadline, userTag } from '../practice/request-facts';
import { requestBudget } from '../request-budget-attribute';
import type { SkillDependencies } from '../skill-dependencies';
import { EMPTY_OWN_TIME, type OwnTimeRecord } from '../store/own-time-store';
import { renderSsml } from '../renderers/ssml/ssml';
import { isIntent } from '../conversation/intent-match';
import { reminderAccess } from '../conversation/reminder-access';
import { ask, isAnswerTo, sentences, sessionState, tell } from '../conversation/respond';
import { timeApartToken, userIdOf } from '../conversation/time-apart-access';

/** The timer Steady sets: it announces a kind line, in the user's locale (`words` are its language's), when the time is up. */
export function timeApartTimer(words: TimeApartWords, minutes: number, locale: string): TimerRequest {
  return {
    duration: `PT${minutes}M`,
    timerLabel: words.timerLabel,
    creationBehavior: { displayExperience: { visibility: 'VISIBLE' } },
    triggeringBehavior: {
      operation: { type: 'ANNOUNCE', textToAnnounce: [{ locale, text: words.timerAnnouncement }] },
      notificationConfig: { playAudible: true },
    },
  };
}

/** The length the user named, in whole minutes a timer can hold; undefined when none was named. */
function namedMinutes(input: HandlerInput): number | undefined {
  const ms = parseIsoDuration(readSlot(input.requestEnvelope, TimeApartSlots.duration).spoken);
  return ms === undefined || ms < 60_000 ? undefined : clampStretch(ms / 60_000, MAX_TIMER_MINUTES);
}

/** Notes the stretch as set; false when the table could not be reached. */
async function notePending(deps: SkillDependencies, input: HandlerInput, minutes: number): Promise<boolean> {
  const userId = userIdOf(input.requestEnvelope);
  if (!userId) return false;
  try {
    const noted = await withinRequestDeadline(deps, input, (options) =>
      deps.ownTime.setPending(userId, minutes, requestTime(deps, input).getTime(), options),
    );
    if (!noted) deps.logger.info('time on your own not noted: asked before the history was deleted', { user: userTag(deps, input) });
    return true;
  } catch (error) {
    deps.logger.error('time on your own not noted', { user: userTag(deps, input), error });
    return false;
  }
}

/**
 * The stretch without a timer: it still counts, and Steady says how to keep time instead. `noting`
 * is the note of the stretch when the request has already made it, so it is never written twice.
 */
export async function stretchWithoutTimer(
  deps: SkillDependencies,
  input: HandlerInput,
  minutes: number,
  reason: WithoutTimerReason,
  before: readonly string[] = [],
  noting?: Promise<boolean>,
): Promise<Response> {
  const words = wordsOf(input).timeApart;
  const noted = await (noting ?? notePending(deps, input, minutes));
  return tell(input, sentences(...before, ...withoutTimer(words, minutes, reason), ...(noted ? [] : [words.ownTimeUnavailable])));
}

function askTimerPermission(input: HandlerInput, minutes: number, before: readonly string[]): Response {
  return input.responseBuilder
    .speak(renderSsml(sentences(...before, wordsOf(input).timeApart.askingTimerPermission(minutes))))
    .addDirective(askForPermission(TIMERS_SCOPE, timeApartToken(minutes)))
    .getResponse();
}

/**
 * Sets the timer for a stretch and notes it. Any earlier Steady timer is cancelled first, so
 * saying a new length changes the timer (and Alexa wants timer labels unique). Without
 * permission it asks for it, unless the user has just been asked (`askedAlready`). Once the
 * timers are listed (so permission is there) the stretch is noted, once, alongside the timer
 * calls: every call takes its time from the request's one budget, and a timer that fails after
 * the note leaves the note as it is.
 */
export async function startStretch(
  deps: SkillDependencies,
  input: HandlerInput,
  minutes: number,
  options: { askedAlready: boolean; before?: readonly string[] },
): Promise<Response> {
  const envelope = input.requestEnvelope;
  const words = wordsOf(input).timeApart;
  const before = options.before ?? [];
  const access = reminderAccess(envelope);
  let noting: Promise<boolean> | undefined;
  const withoutOne = (reason: Exclude<WithoutTimerReason, 'declined'>) => stretchWithoutTimer(deps, input, minutes, reason, before, noting);
  if (!access) return withoutOne('unavailable');
  if (!options.askedAlready && !mayHavePermission(envelope, TIMERS_SCOPE)) return askTimerPermission(input, minutes, before);

  const budget = requestBudget(input);
  try {
    const earlier = await deps.timers.list(access, budget.callOptions());
    noting = notePending(deps, input, minutes);
    const removals = await Promise.allSettled(earlier.map((timer) => deps.timers.delete(access, timer.id, budget.callOptions())));
    const failed = removals.filter((removal) => removal.status === 'rejected').length;
    if (failed > 0) deps.logger.warn('earlier timers not cancelled', { count: failed });
    await deps.timers.create(access, timeApartTimer(words, minutes, envelope.request?.locale ?? 'en-US'), budget.callOptions());
    deps.logger.info('time on your own timer set', { replaced: earlier.length });
    const noted = await noting;
    return tell(input, sentences(...before, ...stretchStarted(words, minutes), ...(noted ? [] : [words.ownTimeUnavailable])));
  } catch (error) {
    if (error instanceof TimersPermissionError) {
      if (options.askedAlready) return withoutOne('no-permission');
      // A note under way finishes before the answer: a Lambda is frozen once it has answered.
      await noting;
      return askTimerPermission(input, minutes, before);
    }
    deps.logger.warn('time on your own timer not set', { error });
    return withoutOne('unavailable');
  }
}

async function readOwnTime(deps: SkillDependencies, input: HandlerInput): Promise<OwnTimeRecord | undefined> {
  const userId = userIdOf(input.requestEnvelope);
  if (!userId) return EMPTY_OWN_TIME;
  try {
    return await withinRequestDeadline(deps, input, (options) => deps.ownTime.read(userId, options));
  } catch (error) {
    deps.logger.error('time on your own unavailable', { user: userTag(deps, input), error });
    return undefined;
  }
}

/** "I'm taking twenty minutes for myself", "help me practise being apart". */
export function timeApartHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input: HandlerInput) => isIntent(input, Intents.TimeApart),
    async handle(input: HandlerInput) {
      const words = wordsOf(input).timeApart;
      const named = namedMinutes(input);
      if (named !== undefined) {
        return startStretch(deps, input, named, { askedAlready: false, before: [words.introduction, words.whenWorryRises] });
      }
      const record = await readOwnTime(deps, input);
      if (record?.lastMinutes !== undefined) {
        const next = suggestedStretch(record);
        const question = suggestNext(words, record.lastMinutes, next);
        return ask(input, sentences(words.introduction, question), sentences(words.suggestNextReprompt), {
          question: 'time-apart',
          lastMinutes: record.lastMinutes,
          nextMinutes: next,
        });
      }
      const first = record ? suggestedStretch(record) : FIRST_STRETCH_MINUTES;
      return startStretch(deps, input, first, {
        askedAlready: false,
        before: [words.introduction, words.firstStretch(first), words.whenWorryRises],
      });
    },
  };
}

/** Yes to "Would you like to try twenty-five?" */
export function acceptSuggestedStretchHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input: HandlerInput) => isAnswerTo(input, Intents.Yes, 'time-apart'),
    handle(input: HandlerInput) {
      const asked = sessionState(input).asked;
      const minutes = asked?.question === 'time-apart' ? asked.nextMinutes : FIRST_STRETCH_MINUTES;
      return startStretch(deps, input, minutes, { askedAlready: false, before: [wordsOf(input).timeApart.whenWorryRises] });
    },
  };
}

export const declineSuggestedStretchHandler: RequestHandler = {
  canHandle: (input: HandlerInput) => isAnswerTo(input, Intents.No, 'time-apart'),
  handle: (input: HandlerInput) => tell(input, sentences(wordsOf(input).timeApart.suggestionDeclined)),
};
