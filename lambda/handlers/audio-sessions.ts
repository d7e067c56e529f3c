/**
 * Sessions too long for one spoken response, played as tracks through AudioPlayer: breathing past
 * nine minutes (the reply speaks the start, the track takes over), full muscle relaxation, and
 * bedtime, which can end in sleep sounds. Nothing is recorded here: the practice counts when the
 * track starts (see audio-player-events). A device without AudioPlayer, a skill deployed without
 * tracks, a session short enough to speak, or a user whose last stream failed get the spoken
 * version from the usual handlers.
 */
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { IntentRequest, RequestEnvelope, Response } from 'ask-sdk-model';
import { sessionVisual } from '../alexa/apl/session-visual';
import { requestInstant } from '../alexa/request-instant';
import { readSlot } from '../alexa/slots';
import { parseIsoDuration } from '../alexa/duration';
import {
  DEFAULT_SLEEP_SOUND_MINUTES,
  LONG_BREATHING_TECHNIQUES,
  longBreathingPlan,
  longBreathingSpokenStart,
  needsTrack,
  offeredLongMinutes,
  SLEEP_SOUND_MINUTES,
  trackIds,
  trackSpec,
  variantFor,
} from '../audio/catalog';
import { encodeToken, failureMemory, newPlayId, recentlyFailed, supportsAudioPlayer, trackUrl, userIdOf, type AudioDependencies } from '../audio/playback';
import { bedtimeTimeline } from '../guidance/bedtime/session';
import { planBreathing } from '../guidance/breathing/plan';
import { plannedMinutes } from '../guidance/breathing/session';
import { compassionLineFor } from '../guidance/compassion';
import { pmrTimeline } from '../guidance/pmr/session';
import { PMR_CLOSE } from '../guidance/pmr/wording';
import { minutesPhrase } from '../guidance/session-length';
import type { Timeline } from '../guidance/timeline';
import { BreatheSlots, Intents, SleepSoundsSlots } from '../intents';
import { MAX_SPOKEN_RESPONSE_MS } from '../speech/limits';
import { localDay } from '../practice/local-time';
import type { Preferences } from '../practice/preferences';
import { updatePreferences, userTimeZone, withinRequestDeadline } from '../practice/practice-service';
import type { SkillDependencies } from '../skill-dependencies';
import { renderSsml } from '../speech/ssml';
import { spokenMs } from '../speech/timing';
import { bedtimeHandler } from './bedtime';
import { breathingRequestFrom } from './breathing-choice';
import { guideBreathing } from './breathe';
import { isIntent } from './intent-match';
import { relaxationLengthFrom, relaxHandler } from './relax';
import { sentences, sessionState, tell } from './respond';

export const AFTER_FAILURE_NOTE = "The audio didn't play last time, so I guided this one by voice.";
export const NO_AUDIO_PLAYER_SLEEP_SOUNDS =
  "This device can't play sleep sounds, so I'll guide your wind-down by voice, and let the quiet follow.";

export const SLEEP_SOUNDS_ALWAYS = (minutes: number) =>
  `Okay. From now on, bedtime will end with ${minutes} minutes of soft sleep sounds. Say, help me sleep, when you're ready.`;
export const SLEEP_SOUNDS_NEVER = 'Okay. Bedtime will end in quiet from now on.';
export const SLEEP_SOUNDS_NOT_SAVED = "Sorry, I couldn't save that just now. Please try again in a moment.";

/** "Always end bedtime with sleep sounds" or "no more sleep sounds": the habit, kept as a preference. */
async function saveSleepSoundsHabit(deps: SkillDependencies, input: HandlerInput, habit: 'always' | 'never'): Promise<Response> {
  const minutes = habit === 'always' ? sleepSoundMinutes(input) : 0;
  const saved = await updatePreferences(deps, input.requestEnvelope, { sleepSoundsMinutes: minutes });
  return tell(input, sentences(!saved ? SLEEP_SOUNDS_NOT_SAVED : habit === 'always' ? SLEEP_SOUNDS_ALWAYS(minutes) : SLEEP_SOUNDS_NEVER));
}

/** Minutes of sleep sounds asked for: 30 or 60, whichever is nearer; 30 when none is named. */
export function sleepSoundMinutes(input: HandlerInput): number {
  const ms = parseIsoDuration(readSlot(input.requestEnvelope, SleepSoundsSlots.duration).spoken);
  if (ms === undefined) return DEFAULT_SLEEP_SOUND_MINUTES;
  const minutes = ms / 60_000;
  return SLEEP_SOUND_MINUTES.reduce((best, m) => (Math.abs(m - minutes) < Math.abs(best - minutes) ? m : best));
}

function inner(sentence: string): string {
  return renderSsml(sentences(sentence)).replace(/^<speak>|<\/speak>$/g, '');
}

/**
 * Puts a sentence at the start of a spoken response the usual handlers made. Speech said before
 * the session would put an on-screen visual out of step, so the visual is left out.
 */
function withOpeningSentence(response: Response, sentence: string): Response {
  const speech = response.outputSpeech;
  if (speech?.type !== 'SSML') return response;
  const ssml = speech.ssml.replace(/^<speak>/, `<speak>${inner(sentence)}<break time="300ms"/>`);
  const directives = (response.directives ?? []).filter((d) => !d.type.startsWith('Alexa.Presentation.APL'));
  return { ...response, outputSpeech: { ...speech, ssml }, ...(directives.length > 0 ? { directives } : { directives: undefined }) };
}

/** Puts a sentence after the session, so the session and its visual start together as planned. */
function withClosingSentence(response: Response, sentence: string): Response {
  const speech = response.outputSpeech;
  if (speech?.type !== 'SSML') return response;
  return { ...response, outputSpeech: { ...speech, ssml: speech.ssml.replace(/<\/speak>$/, `<break time="1s"/>${inner(sentence)}</speak>`) } };
}

function play(input: HandlerInput, audio: AudioDependencies, trackId: string, options: { speech: string; next?: string; visual?: Timeline }): Response {
  const spec = trackSpec(trackId);
  if (!spec) throw new Error(`no track ${trackId}`);
  const token = encodeToken({ trackId, playId: newPlayId(), ...(options.next ? { next: options.next } : {}) });
  if (options.visual) for (const d of sessionVisual(input.requestEnvelope, options.visual)) input.responseBuilder.addDirective(d);
  return input.responseBuilder
    .speak(options.speech)
    .addAudioPlayerPlayDirective('REPLACE_ALL', trackUrl(audio, spec), token, 0, undefined, { title: 'Steady', subtitle: titleOf(spec.practice) })
    .withShouldEndSession(true)
    .getResponse();
}

function titleOf(practice: string): string {
  if (practice === 'pmr') return 'Muscle relaxation';
  if (practice === 'bedtime') return 'Bedtime wind-down';
  if (practice === 'sleep-sounds') return 'Sleep sounds';
  return 'Breathing';
}

/** The day's line of compassionate self-talk picks the variant, as the spoken session does. */
async function dayVariant(deps: SkillDependencies, input: HandlerInput): Promise<number> {
  const zone = await userTimeZone(deps, input);
  return variantFor(compassionLineFor(localDay(requestInstant(input.requestEnvelope), zone)));
}

/** The saved preferences, for a long session that names no technique or a bedtime; none when the table fails. */
async function savedPreferences(deps: SkillDependencies, input: HandlerInput): Promise<Preferences> {
  const userId = userIdOf(input.requestEnvelope);
  if (!userId) return {};
  try {
    return (await withinRequestDeadline(deps, input, () => deps.store.readHistory(userId))).preferences;
  } catch (error) {
    deps.logger.warn('preferences unavailable for a long session', { error });
    return {};
  }
}

/** The planned length of the breathing asked for in this request's own slots; undefined when it names none. */
function askedBreathingMs(input: HandlerInput): number | undefined {
  const state = sessionState(input);
  const request = breathingRequestFrom(input.requestEnvelope, {}, state.introduced ?? [], state.lastTechnique);
  // A saved length is the practice path's to plan; only a length asked for now is decided here.
  if (request.consulted.includes('minutes')) return undefined;
  return plannedMinutes(planBreathing(request.choice)) * 60_000;
}

function asksLongBreathing(input: HandlerInput): boolean {
  if (!isIntent(input, Intents.Breathe)) return false;
  const ms = askedBreathingMs(input);
  return ms !== undefined && needsTrack(ms);
}

export const SPOKEN_CAP_NOTICE = "I kept this to nine minutes: longer sessions play as audio, and this device can't play it.";

/**
 * Long breathing where no track can play: the same session for the longest one spoken response
 * allows, by the usual breathing handler, with the reason said first.
 */
async function cappedBreathing(deps: SkillDependencies, input: HandlerInput, reason: string): Promise<Response> {
  const envelope = input.requestEnvelope;
  const request = envelope.request as IntentRequest;
  const slots = { ...(request.intent.slots ?? {}) };
  delete slots[BreatheSlots.breaths];
  slots[BreatheSlots.duration] = { name: BreatheSlots.duration, value: `PT${MAX_SPOKEN_RESPONSE_MS / 60_000}M`, confirmationStatus: 'NONE' };
  const capped: RequestEnvelope = { ...envelope, request: { ...request, intent: { ...request.intent, slots } } };
  return withClosingSentence(await guideBreathing(deps, { ...input, requestEnvelope: capped }), reason);
}

async function longBreathing(deps: SkillDependencies, audio: AudioDependencies, input: HandlerInput): Promise<Response | undefined> {
  const envelope = input.requestEnvelope;
  const state = sessionState(input);
  const introduced = state.introduced ?? [];
  let request = breathingRequestFrom(envelope, {}, introduced, state.lastTechnique);
  const askedMs = askedBreathingMs(input);
  if (askedMs === undefined || !needsTrack(askedMs)) return undefined;
  if (request.consulted.includes('technique')) request = breathingRequestFrom(envelope, await savedPreferences(deps, input), introduced, state.lastTechnique);
  const { technique } = request.choice;
  if (!LONG_BREATHING_TECHNIQUES.includes(technique)) return undefined;
  const minutes = offeredLongMinutes(Math.min(askedMs, 20 * 60_000));
  const notices = Math.abs(askedMs / 60_000 - minutes) >= 1 ? [`I'll guide ${minutesPhrase(minutes)}.`] : [];
  const plan = longBreathingPlan(technique, minutes, request.choice.introduce, [...request.choice.unknownTechniqueName ? [`I don't know ${request.choice.unknownTechniqueName} yet.`] : [], ...notices]);
  const spoken = longBreathingSpokenStart(plan);
  return play(input, audio, trackIds.breathing(technique, minutes), { speech: renderSsml(spoken.segments), visual: spoken });
}

/**
 * Decides spoken or track for breathing, relaxation, bedtime and sleep sounds. Registered before
 * the spoken handlers, which it calls for everything it does not play.
 */
export function audioSessionHandler(deps: SkillDependencies): RequestHandler {
  const relax = relaxHandler(deps);
  const bedtime = bedtimeHandler(deps);
  const spoken = (input: HandlerInput): Promise<Response> => {
    if (isIntent(input, Intents.Breathe)) return guideBreathing(deps, input);
    if (isIntent(input, Intents.Relax)) return Promise.resolve(relax.handle(input));
    return Promise.resolve(bedtime.handle(input));
  };
  return {
    canHandle: (input: HandlerInput) =>
      isIntent(input, Intents.SleepSounds) ||
      asksLongBreathing(input) ||
      (deps.audio !== undefined && supportsAudioPlayer(input.requestEnvelope) && isIntent(input, Intents.Breathe, Intents.Relax, Intents.Bedtime)),
    async handle(input: HandlerInput) {
      const envelope = input.requestEnvelope;
      const audio = deps.audio;
      const sleep = isIntent(input, Intents.SleepSounds);
      const habit = sleep ? readSlot(envelope, SleepSoundsSlots.habit).id : undefined;
      if (habit === 'always' || habit === 'never') return saveSleepSoundsHabit(deps, input, habit);
      if (!audio || !supportsAudioPlayer(envelope)) {
        if (asksLongBreathing(input)) return cappedBreathing(deps, input, SPOKEN_CAP_NOTICE);
        const response = await spoken(input);
        return sleep ? withOpeningSentence(response, NO_AUDIO_PLAYER_SLEEP_SOUNDS) : response;
      }
      const now = requestInstant(envelope).getTime();
      if (recentlyFailed(audio, envelope, now)) {
        // Offered once: the next session tries the track again.
        const userId = userIdOf(envelope);
        if (userId) failureMemory(audio).forget(userId);
        if (asksLongBreathing(input)) return cappedBreathing(deps, input, AFTER_FAILURE_NOTE);
        return withClosingSentence(await spoken(input), AFTER_FAILURE_NOTE);
      }
      if (isIntent(input, Intents.Breathe)) return (await longBreathing(deps, audio, input)) ?? guideBreathing(deps, input);
      if (isIntent(input, Intents.Relax)) {
        if (relaxationLengthFrom(envelope) !== 'full' || !needsTrack(spokenMs(pmrTimeline('full', [PMR_CLOSE])))) return relax.handle(input);
        const variant = await dayVariant(deps, input);
        return play(input, audio, trackIds.pmr(variant), {
          speech: renderSsml(sentences('Here is the full muscle relaxation, about eleven minutes.', "Find a comfortable position, and follow my voice.")),
        });
      }
      const kept = sleep ? 0 : (await savedPreferences(deps, input)).sleepSoundsMinutes ?? 0;
      const next = sleep ? trackIds.sleep(sleepSoundMinutes(input)) : kept > 0 ? trackIds.sleep(kept >= 45 ? 60 : 30) : undefined;
      const variant = await dayVariant(deps, input);
      if (!needsTrack(spokenMs(bedtimeTimeline(['x'])))) {
        // Bedtime fits one response: it is spoken, and the sleep sounds start when it ends.
        const response = await bedtime.handle(input);
        if (!next) return response;
        const spec = trackSpec(next)!;
        return {
          ...response,
          directives: [
            ...(response.directives ?? []),
            { type: 'AudioPlayer.Play', playBehavior: 'REPLACE_ALL', audioItem: { stream: { url: trackUrl(audio, spec), token: encodeToken({ trackId: next, playId: newPlayId() }), offsetInMilliseconds: 0 } } },
          ],
        };
      }
      const speech = next
        ? sentences("Let's wind down for sleep. When the guidance ends, soft sleep sounds will play and slowly fade.")
        : sentences("Let's wind down for sleep. Settle in, and let my voice guide you.");
      return play(input, audio, trackIds.bedtime(variant), { speech: renderSsml(speech), ...(next ? { next } : {}) });
    },
  };
}
