import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { wordsOf, type Words } from '../content/words';
import type { CompassionKind } from '../guidance/compassion';
import { EVERYDAY_STYLE, type SessionStyle } from '../guidance/session-style';
import type { Timeline } from '../timeline';
import { readPractice } from '../practice/practice-reading';
import { recordPractice } from '../practice/record-practice';
import type { SkillDependencies } from '../skill-dependencies';
import { deliver } from '../conversation/respond';
import { sessionClosing } from '../conversation/session-closing';
import { sessionSpeech } from '../conversation/session-speech';
import { isIntent } from '../conversation/intent-match';

/**
 * A session people follow with their eyes closed: one response, and nothing left listening. It is
 * recorded as its Timeline's practice.
 */
export interface HandsFreeSession {
  /** The session's own last words, said before the compassion line; they may change with the user's day. */
  readonly close: readonly string[] | ((localDay: string) => readonly string[]);
  /** The session in the style it is said in (night voice, bells, the night's words). */
  readonly timeline: (closing: readonly string[], style: SessionStyle) => Timeline;
  /** False where a celebration would jar, as after a panic or at bedtime: the practice still counts. */
  readonly celebrate?: boolean;
  /** Which compassion lines suit the session; everyday calm unless said. */
  readonly compassion?: CompassionKind;
}

/**
 * Records the session, closes it with the day's compassion line and any milestone reached, and
 * ends the Alexa session: no question and no reprompt, even when the user opened Steady first.
 * At night it is planned in the soft voice when the user asked for one. The session is given the
 * words of the request's language.
 */
export function handsFreeHandler(
  deps: SkillDependencies,
  intentNames: readonly string[],
  sessionFor: (envelope: RequestEnvelope, words: Words) => HandsFreeSession,
): RequestHandler {
  return {
    canHandle: (input: HandlerInput) => isIntent(input, ...intentNames),
    async handle(input: HandlerInput) {
      const session = sessionFor(input.requestEnvelope, wordsOf(input));
      const reading = await readPractice(deps, input);
      const { practice, plannedMinutes } = session.timeline([], EVERYDAY_STYLE);
      const recorded = await recordPractice(deps, input, reading, { technique: practice, minutes: plannedMinutes });
      const own = typeof session.close === 'function' ? session.close(recorded.localDay) : session.close;
      const closing = sessionClosing(wordsOf(input), own, recorded, session.celebrate !== false, session.compassion, 0, practice);
      return deliver(
        input,
        sessionSpeech(recorded, (style) => session.timeline(closing, style)),
      );
    },
  };
}
