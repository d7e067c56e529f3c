/**
 * "It went okay": the answer to "easy, okay or hard?" only moves the next suggested length. The
 * stretch's minutes count in this week; the answer itself is neither stored nor logged.
 */
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { readSlot } from '../alexa/slots';
import { localDay } from '../practice/local-time';
import { requestTime, userTag, userTimeZone, withinRequestDeadline } from '../practice/practice-service';
import { ownTimeProgress, reportStretch, type StretchEase } from '../guidance/time-apart/plan';
import { feedbackThanks, NOTHING_TO_REPORT, OWN_TIME_UNAVAILABLE, progressSentence } from '../guidance/time-apart/wording';
import { Intents, TimeApartFeedbackSlots } from '../intents';
import type { SkillDependencies } from '../skill-dependencies';
import { isIntent } from './intent-match';
import { ask, sentences, tell } from './respond';
import { userIdOf } from './time-apart-access';

const EASES: readonly StretchEase[] = ['easy', 'okay', 'hard'];

function easeOf(input: HandlerInput): StretchEase | undefined {
  const { id, spoken } = readSlot(input.requestEnvelope, TimeApartFeedbackSlots.ease);
  const value = id ?? spoken?.toLowerCase();
  return EASES.find((ease) => ease === value);
}

const ASK_EASE = 'How did your time on your own go: easy, okay or hard?';

export function timeApartFeedbackHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input: HandlerInput) => isIntent(input, Intents.TimeApartFeedback),
    async handle(input: HandlerInput) {
      const ease = easeOf(input);
      if (ease === undefined) return ask(input, sentences(ASK_EASE), sentences(ASK_EASE));
      const envelope = input.requestEnvelope;
      const userId = userIdOf(envelope);
      if (!userId) return tell(input, sentences(NOTHING_TO_REPORT));
      try {
        const record = await withinRequestDeadline(deps, input, () => deps.ownTime.read(userId));
        if (record.pendingMinutes === undefined) return tell(input, sentences(NOTHING_TO_REPORT));
        const day = localDay(requestTime(deps, input), await userTimeZone(deps, input));
        const reported = reportStretch(record, ease, day);
        await withinRequestDeadline(deps, input, () => deps.ownTime.save(userId, reported));
        deps.logger.info('time on your own reported');
        const progress = progressSentence(ownTimeProgress(reported, day));
        return tell(
          input,
          sentences(...feedbackThanks(record.pendingMinutes, reported.nextMinutes!, ease), ...(progress ? [progress] : [])),
        );
      } catch (error) {
        deps.logger.error('time on your own not reported', { user: userTag(deps, input), error });
        return tell(input, sentences(OWN_TIME_UNAVAILABLE));
      }
    },
  };
}
