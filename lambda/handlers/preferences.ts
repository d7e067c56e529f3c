import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { parseIsoDuration } from '../alexa/duration';
import { echoableTechniqueName, readSlot } from '../alexa/slots';
import { type Words, wordsOf } from '../content/words';
import { breathingName } from '../guidance/breathing/plan';
import { MAX_SESSION_MS, MIN_SESSION_MS } from '../guidance/session-length';
import { Intents, PreferenceSlots } from '../intents';
import { NIGHT_FROM_HOUR, NIGHT_UNTIL_HOUR } from '../practice/night-voice';
import type { Preferences } from '../practice/preferences';
import { savePreferences, updatePreferences } from '../practice/saved-preferences';
import type { SkillDependencies } from '../skill-dependencies';
import { ask, sentences, sessionState, tell } from '../conversation/respond';
import { isIntent } from '../conversation/intent-match';
import { techniqueInSlot } from '../conversation/breathing-choice';

/** Says the lines; when the user opened Steady first, asks what next and keeps listening. */
function reply(input: HandlerInput, lines: readonly string[]): Response {
  if (!sessionState(input).launched) return tell(input, sentences(...lines));
  const { whatNow, whatNowReprompt } = wordsOf(input).preferences;
  return ask(input, sentences(...lines, whatNow), sentences(whatNowReprompt), 'what-now');
}

function intentHandler(intent: string, handle: (input: HandlerInput) => Promise<Response> | Response): RequestHandler {
  return {
    canHandle: (input: HandlerInput) => isIntent(input, intent),
    handle,
  };
}

type PreferenceWords = Words['preferences'];

/** Saves one change and says it back (`say` picks the lines); a failure to save is said kindly. */
async function saveAndSay(
  deps: SkillDependencies,
  input: HandlerInput,
  change: Preferences,
  say: (words: PreferenceWords) => readonly string[],
): Promise<Response> {
  const words = wordsOf(input).preferences;
  const saved = await updatePreferences(deps, input, change);
  return reply(input, saved ? say(words) : [words.notSaved]);
}

/** "Make box breathing my default". */
export function preferTechniqueHandler(deps: SkillDependencies): RequestHandler {
  return intentHandler(Intents.PreferTechnique, (input) => {
    const slot = readSlot(input.requestEnvelope, PreferenceSlots.technique);
    const id = techniqueInSlot(slot, input.requestEnvelope.request.locale);
    if (id !== undefined)
      return saveAndSay(deps, input, { technique: id }, (words) => [words.techniqueSaved(breathingName(wordsOf(input), id))]);
    const words = wordsOf(input).preferences;
    const echoed = echoableTechniqueName(slot.spoken);
    const unknown = echoed !== undefined ? [words.unknownTechnique(echoed)] : [];
    return reply(input, [...unknown, ...words.techniqueChoices]);
  });
}

/** "I like five-minute sessions": whole minutes, from 1 to 20. */
export function preferLengthHandler(deps: SkillDependencies): RequestHandler {
  return intentHandler(Intents.PreferLength, (input) => {
    const ms = parseIsoDuration(readSlot(input.requestEnvelope, PreferenceSlots.duration).spoken);
    if (ms === undefined || ms <= 0) return reply(input, [wordsOf(input).preferences.lengthChoices]);
    const clampedMs = Math.min(MAX_SESSION_MS, Math.max(MIN_SESSION_MS, ms));
    const minutes = Math.round(clampedMs / 60_000);
    const clamped = clampedMs !== ms;
    return saveAndSay(deps, input, { minutes }, (words) => [...(clamped ? [words.lengthClamped] : []), words.lengthSaved(minutes)]);
  });
}

/** "Use a softer voice at night". */
export function softVoiceAtNightHandler(deps: SkillDependencies): RequestHandler {
  return intentHandler(Intents.SoftVoiceAtNight, (input) =>
    saveAndSay(deps, input, { softVoiceAtNight: true }, (words) => [words.softVoiceOn(NIGHT_FROM_HOUR, NIGHT_UNTIL_HOUR)]),
  );
}

/** "Use my normal voice at night". */
export function normalVoiceAtNightHandler(deps: SkillDependencies): RequestHandler {
  return intentHandler(Intents.NormalVoiceAtNight, (input) =>
    saveAndSay(deps, input, { softVoiceAtNight: false }, (words) => [words.softVoiceOff]),
  );
}

/** "No bells": sessions open and close without the bell. */
export function bellsOffHandler(deps: SkillDependencies): RequestHandler {
  return intentHandler(Intents.BellsOff, (input) => saveAndSay(deps, input, { bells: false }, (words) => [words.bellsOff]));
}

/** "Bring the bells back". */
export function bellsOnHandler(deps: SkillDependencies): RequestHandler {
  return intentHandler(Intents.BellsOn, (input) => saveAndSay(deps, input, { bells: true }, (words) => [words.bellsOn]));
}

/** "Reset my preferences": back to calm breathing, the technique's own length, the everyday voice. */
export function resetPreferencesHandler(deps: SkillDependencies): RequestHandler {
  return intentHandler(Intents.ResetPreferences, async (input) => {
    const words = wordsOf(input).preferences;
    const reset = await savePreferences(deps, input, {});
    return reply(input, [reset ? words.reset : words.notSaved]);
  });
}
