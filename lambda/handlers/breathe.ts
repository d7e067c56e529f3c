import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { planBreathing, type BreathingPlan, type SpokenBecause } from '../guidance/breathing/plan';
import { breathingTimeline, plannedMinutes } from '../guidance/breathing/session';
import { closeFor, whatNextFor, WHAT_NEXT_REPROMPT } from '../guidance/closing';
import { Intents } from '../intents';
import { recordPlannedSession } from '../practice/recorder';
import type { SkillDependencies } from '../skill-dependencies';
import { breathingRequestFrom } from './breathing-choice';
import { deliver, sentences, sessionState, updateSessionState } from './respond';
import { sessionClosing } from './session-closing';
import { sessionSpeech } from './session-speech';
import { isIntent } from './intent-match';

export function breatheHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input: HandlerInput) => isIntent(input, Intents.Breathe),
    handle: (input: HandlerInput) => guideBreathing(deps, input),
  };
}

/**
 * Plans, records and delivers a breathing session for the request's slots and saved defaults, in
 * one table round trip whenever this container's idea of the defaults is right.
 */
export async function guideBreathing(
  deps: SkillDependencies,
  input: HandlerInput,
  options: { readonly spokenBecause?: SpokenBecause } = {},
): Promise<Response> {
  const envelope = input.requestEnvelope;
  const state = sessionState(input);
  const introduced = state.introduced ?? [];
  const round = state.rounds ?? 0;
  const speak = sessionSpeech<BreathingPlan>(
    (recorded) => {
      const closing = sessionClosing([closeFor(recorded.localDay, round)], recorded, true, 'everyday', round);
      return state.launched ? [...closing, whatNextFor(round)] : closing;
    },
    (plan, closing, style) => breathingTimeline(plan, closing, style),
    round,
  );
  const { plan: { choice, plan }, recorded } = await recordPlannedSession(
    deps,
    envelope,
    (preferences) => {
      const request = breathingRequestFrom(envelope, preferences, introduced, state.lastTechnique);
      const plan = planBreathing(options.spokenBecause ? { ...request.choice, spokenBecause: options.spokenBecause } : request.choice);
      return {
        plan: { choice: request.choice, plan },
        session: { technique: request.choice.technique, minutes: plannedMinutes(plan) },
        consulted: request.consulted,
      };
    },
    ({ plan }, expected) => speak(plan, expected),
  );
  updateSessionState(input, {
    introduced: [...new Set([...introduced, choice.technique])],
    lastTechnique: choice.technique,
    rounds: round + 1,
  });
  return deliver(
    input,
    speak(plan, recorded),
    state.launched ? { reprompt: sentences(WHAT_NEXT_REPROMPT), pending: 'another-round' } : undefined,
  );
}
