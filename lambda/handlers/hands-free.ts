import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import type { Timeline } from '../guidance/timeline';
import { readPractice, recordPractice } from '../practice/practice-service';
import type { SkillDependencies } from '../skill-dependencies';
import { deliver } from './respond';
import { sessionClosing } from './session-closing';
import { sessionSpeech } from './session-speech';
import { isIntent } from './intent-match';

/**
 * A session people follow with their eyes closed: one response, and nothing left listening. It is
 * recorded as its Timeline's practice.
 */
export interface HandsFreeSession {
  /** The session's own last words, said before the compassion line. */
  readonly close: readonly string[];
  readonly timeline: (closing: readonly string[]) => Timeline;
  /** False where a celebration would jar, as after a panic: the practice still counts. */
  readonly celebrate?: boolean;
}

/**
 * Records the session, closes it with the day's compassion line and any milestone reached, and
 * ends the Alexa session: no question and no reprompt, even when the user opened Steady first.
 * At night it is guided in the soft voice when the user asked for one.
 */
export function handsFreeHandler(
  deps: SkillDependencies,
  intentNames: readonly string[],
  sessionFor: (envelope: RequestEnvelope) => HandsFreeSession,
): RequestHandler {
  return {
    canHandle: (input: HandlerInput) => isIntent(input, ...intentNames),
    async handle(input: HandlerInput) {
      const session = sessionFor(input.requestEnvelope);
      const reading = await readPractice(deps, input);
      const { practice, plannedMinutes } = session.timeline([]);
      const recorded = await recordPractice(deps, input, reading, { technique: practice, minutes: plannedMinutes });
      const closing = sessionClosing(session.close, recorded, session.celebrate !== false);
      return deliver(input, sessionSpeech(recorded, () => session.timeline(closing)));
    },
  };
}
