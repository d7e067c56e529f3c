import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { parseIsoDuration } from '../alexa/duration';
import { echoableTechniqueName, readSlot } from '../alexa/slots';
import { wordsOf } from '../content/words';
import { breathingName } from '../guidance/breathing/plan';
import { isTechniqueId } from '../guidance/breathing/techniques';
import { MAX_SESSION_MS, MIN_SESSION_MS } from '../guidance/session-length';
import { Intents, PreferenceSlots } from '../intents';
import type { Preferences } from '../practice/preferences';
import { savePreferences, updatePreferences } from '../practice/practice-service';
import type { SkillDependencies } from '../skill-dependencies';
import {
  LENGTH_CHOICES,
  LENGTH_CLAMPED,
  lengthSaved,
  NOT_SAVED,
  PREFERENCES_RESET,
  SOFT_VOICE_OFF,
  BELLS_OFF,
  BELLS_ON,
  SOFT_VOICE_ON,
  TECHNIQUE_CHOICES,
  techniqueSaved,
  unknownTechnique,
  WHAT_NOW,
  WHAT_NOW_REPROMPT,
} from './preferences-wording';
import { ask, sentences, sessionState, tell } from './respond';
import { isIntent } from './intent-match';

/** Says the lines; when the user opened Steady first, asks what next and keeps listening. */
function reply(input: HandlerInput, lines: readonly string[]): Response {
  if (!sessionState(input).launched) return tell(input, sentences(...lines));
  return ask(input, sentences(...lines, WHAT_NOW), sentences(WHAT_NOW_REPROMPT), 'what-now');
}

function intentHandler(intent: string, handle: (input: HandlerInput) => Promise<Response> | Response): RequestHandler {
  return {
    canHandle: (input: HandlerInput) => isIntent(input, intent),
    handle,
  };
}

/** Saves one change and says it back; a failure to save is said kindly. */
async function saveAndSay(deps: SkillDependencies, input: HandlerInput, change: Preferences, lines: readonly string[]): Promise<Response> {
  const saved = await updatePreferences(deps, input, change);
  return reply(input, saved ? lines : [NOT_SAVED]);
}

/** "Make box breathing my default". */
export function preferTechniqueHandler(deps: SkillDependencies): RequestHandler {
  return intentHandler(Intents.PreferTechnique, (input) => {
    const slot = readSlot(input.requestEnvelope, PreferenceSlots.technique);
    if (isTechniqueId(slot.id))
      return saveAndSay(deps, input, { technique: slot.id }, [techniqueSaved(breathingName(wordsOf(input), slot.id))]);
    const echoed = echoableTechniqueName(slot.spoken);
    const unknown = echoed !== undefined ? [unknownTechnique(echoed)] : [];
    return reply(input, [...unknown, ...TECHNIQUE_CHOICES]);
  });
}

/** "I like five-minute sessions": whole minutes, from 1 to 20. */
export function preferLengthHandler(deps: SkillDependencies): RequestHandler {
  return intentHandler(Intents.PreferLength, (input) => {
    const ms = parseIsoDuration(readSlot(input.requestEnvelope, PreferenceSlots.duration).spoken);
    if (ms === undefined || ms <= 0) return reply(input, [LENGTH_CHOICES]);
    const clampedMs = Math.min(MAX_SESSION_MS, Math.max(MIN_SESSION_MS, ms));
    const minutes = Math.round(clampedMs / 60_000);
    const notice = clampedMs === ms ? [] : [LENGTH_CLAMPED];
    return saveAndSay(deps, input, { minutes }, [...notice, lengthSaved(wordsOf(input), minutes)]);
  });
}

/** "Use a softer voice at night". */
export function softVoiceAtNightHandler(deps: SkillDependencies): RequestHandler {
  return intentHandler(Intents.SoftVoiceAtNight, (input) => saveAndSay(deps, input, { softVoiceAtNight: true }, [SOFT_VOICE_ON]));
}

/** "Use my normal voice at night". */
export function normalVoiceAtNightHandler(deps: SkillDependencies): RequestHandler {
  return intentHandler(Intents.NormalVoiceAtNight, (input) => saveAndSay(deps, input, { softVoiceAtNight: false }, [SOFT_VOICE_OFF]));
}

/** "No bells": sessions open and close without the bell. */
export function bellsOffHandler(deps: SkillDependencies): RequestHandler {
  return intentHandler(Intents.BellsOff, (input) => saveAndSay(deps, input, { bells: false }, [BELLS_OFF]));
}

/** "Bring the bells back". */
export function bellsOnHandler(deps: SkillDependencies): RequestHandler {
  return intentHandler(Intents.BellsOn, (input) => saveAndSay(deps, input, { bells: true }, [BELLS_ON]));
}

/** "Reset my preferences": back to calm breathing, the technique's own length, the everyday voice. */
export function resetPreferencesHandler(deps: SkillDependencies): RequestHandler {
  return intentHandler(Intents.ResetPreferences, async (input) => {
    const reset = await savePreferences(deps, input, {});
    return reply(input, [reset ? PREFERENCES_RESET : NOT_SAVED]);
  });
}
