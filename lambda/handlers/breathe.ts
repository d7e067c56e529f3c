import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { wordsOf } from '../content/words';
import type { SpokenBecause } from '../delivery/delivery';
import { planBreathing } from '../guidance/breathing/plan';
import { breathingSpeech, plannedMinutes } from '../guidance/breathing/session';
import { closeFor, whatNextFor } from '../guidance/closing';
import { Intents } from '../intents';
import { readPractice } from '../practice/practice-reading';
import { recordPractice } from '../practice/record-practice';
import type { SkillDependencies } from '../skill-dependencies';
import { breathingRequestFrom } from '../conversation/breathing-choice';
import { deliver, sentences, sessionState, updateSessionState } from '../conversation/respond';
import { sessionClosing } from '../conversation/session-closing';
import { styleFor } from '../conversation/night-voice';
import { isIntent } from '../conversation/intent-match';

export function breatheHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input: HandlerInput) => isIntent(input, Intents.Breathe),
    handle: (input: HandlerInput) => guideBreathing(deps, input),
  };
}

/**
 * A breathing session for the request's slots and saved defaults: read, plan, record, speak.
 */
export async function guideBreathing(
  deps: SkillDependencies,
  input: HandlerInput,
  options: { readonly spokenBecause?: SpokenBecause } = {},
): Promise<Response> {
  const envelope = input.requestEnvelope;
  const words = wordsOf(input);
  const state = sessionState(input);
  const introduced = state.introduced ?? [];
  const round = state.rounds ?? 0;
  const reading = await readPractice(deps, input);
  const { choice } = breathingRequestFrom(words, envelope, reading.preferences, introduced, state.lastTechnique);
  const plan = planBreathing(words, options.spokenBecause ? { ...choice, spokenBecause: options.spokenBecause } : choice);
  const recorded = await recordPractice(deps, input, reading, { technique: choice.technique, minutes: plannedMinutes(words, plan) });
  const closing = sessionClosing(
    words,
    [closeFor(words, recorded.localDay, round, choice.technique)],
    recorded,
    true,
    'everyday',
    round,
    choice.technique,
  );
  // Planned in the style it is said in, and rendered once, as the check that it fits one reply rendered it.
  const speech = breathingSpeech(
    words,
    plan,
    state.launched ? [...closing, whatNextFor(words, round)] : closing,
    styleFor(recorded, round),
  );
  updateSessionState(input, {
    introduced: [...new Set([...introduced, choice.technique])],
    lastTechnique: choice.technique,
    rounds: round + 1,
  });
  return deliver(
    input,
    speech,
    state.launched ? { reprompt: sentences(words.sessions.whatNextReprompt), asked: 'another-round' } : undefined,
  );
}
