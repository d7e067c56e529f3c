/**
 * "It went okay": the answer to "easy, okay or hard?" only moves the next suggested length. The
 * stretch's minutes count in this week; the answer itself is neither stored nor logged.
 */
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { MAX_TIMER_MINUTES } from '../alexa/timers';
import { readSlot } from '../alexa/slots';
import { wordsOf } from '../content/words';
import { localDay } from '../practice/local-time';
import { requestTag } from '../practice/practice-record';
import { requestTime, userTag, withinRequestDeadline } from '../practice/request-facts';
import { userTimeZone } from '../practice/user-time-zone';
import { ownTimeProgress, reportStretch, type StretchEase } from '../guidance/time-apart/plan';
import { feedbackThanks, progressSentence } from '../guidance/time-apart/wording';
import { Intents, TimeApartFeedbackSlots } from '../intents';
import type { SkillDependencies } from '../skill-dependencies';
import type { OwnTimeRecord } from '../store/own-time-store';
import { isIntent } from '../conversation/intent-match';
import { ask, sentences, tell } from '../conversation/respond';
import { userIdOf } from '../conversation/time-apart-access';

const EASES: readonly StretchEase[] = ['easy', 'okay', 'hard'];

/** Saves tried while other writes to the practice item keep coming first. */
const MAX_SAVE_ATTEMPTS = 5;

function easeOf(input: HandlerInput): StretchEase | undefined {
  const { id, spoken } = readSlot(input.requestEnvelope, TimeApartFeedbackSlots.ease);
  const value = id ?? spoken?.toLowerCase();
  return EASES.find((ease) => ease === value);
}

interface Reported {
  readonly minutes: number;
  readonly reported: OwnTimeRecord;
  readonly day: string;
}

/**
 * Reports the pending stretch, saved only over the record read: another device's report, a
 * practice or a forget landing in between is read again, so nothing read before a forget is
 * written after it. Alexa's retry of a report that was saved finds it by its request tag and
 * hears the same answer. Undefined when there is nothing (any more) to report.
 */
async function reportPending(
  deps: SkillDependencies,
  input: HandlerInput,
  userId: string,
  ease: StretchEase,
): Promise<Reported | undefined> {
  const askedAt = requestTime(deps, input).getTime();
  const tag = requestTag(input.requestEnvelope.request.requestId);
  const today = async () => localDay(requestTime(deps, input), await userTimeZone(deps, input));
  let day: string | undefined;
  for (let attempt = 1; ; attempt++) {
    const read = await withinRequestDeadline(deps, input, (options) => deps.ownTime.read(userId, options));
    const minutes = read.pendingMinutes;
    if (minutes === undefined) {
      const replayed = read.reportedBy === tag && read.lastMinutes !== undefined && read.nextMinutes !== undefined;
      return replayed ? { minutes: read.lastMinutes!, reported: read, day: day ?? (await today()) } : undefined;
    }
    day ??= await today();
    const reported = reportStretch(read, ease, day, MAX_TIMER_MINUTES, tag);
    if (await withinRequestDeadline(deps, input, (options) => deps.ownTime.save(userId, reported, read, askedAt, options)))
      return { minutes, reported, day };
    if (attempt === MAX_SAVE_ATTEMPTS) throw new Error('the record kept changing');
  }
}

export function timeApartFeedbackHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input: HandlerInput) => isIntent(input, Intents.TimeApartFeedback),
    async handle(input: HandlerInput) {
      const words = wordsOf(input).timeApart;
      const ease = easeOf(input);
      if (ease === undefined) return ask(input, sentences(words.askEase), sentences(words.askEase), 'how-did-it-go');
      const userId = userIdOf(input.requestEnvelope);
      if (!userId) return tell(input, sentences(words.nothingToReport));
      try {
        const done = await reportPending(deps, input, userId, ease);
        if (!done) return tell(input, sentences(words.nothingToReport));
        deps.logger.info('time on your own reported');
        const progress = progressSentence(words, ownTimeProgress(done.reported, done.day));
        return tell(
          input,
          sentences(...feedbackThanks(words, done.minutes, done.reported.nextMinutes!, ease), ...(progress ? [progress] : [])),
        );
      } catch (error) {
        deps.logger.error('time on your own not reported', { user: userTag(deps, input), error });
        return tell(input, sentences(words.ownTimeUnavailable));
      }
    },
  };
}
