/**
 * Breathing, relaxation, bedtime and sleep sounds on a device that can play tracks. Whether a
 * session is spoken or played is decided in one place (`deliveryFor`): a session that fits one
 * reply is spoken by the usual handlers; long breathing and the full relaxation are played as
 * tracks (long breathing after a spoken start); where no track can play they are spoken in their
 * shorter version, the reason said once. Bedtime always fits one reply: it is spoken, and with
 * sleep sounds the same reply carries the Play directive, so Alexa speaks the wind-down and then
 * plays the noise. Nothing is recorded here for a track: it counts when it starts (see
 * audio-player-events).
 */
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { sessionVisual } from '../renderers/apl/session-visual';
import { readSlot } from '../alexa/slots';
import { parseIsoDuration } from '../alexa/duration';
import { trackIds, trackSpec } from '../guidance/tracks/catalog';
import { wordsOf, type Words } from '../content/words';
import {
  DEFAULT_SLEEP_SOUND_MINUTES,
  LONG_BREATHING_TECHNIQUES,
  longBreathingPlan,
  longBreathingSpokenStart,
  offeredLengthNotice,
  offeredLongMinutes,
  SLEEP_SOUND_MINUTES,
} from '../guidance/tracks/track-sessions';
import { deliveryFor, type PlayerOutlook } from '../delivery/delivery';
import {
  encodeToken,
  newPlayId,
  recentlyFailed,
  supportsAudioPlayer,
  trackUrl,
  userIdOf,
  type AudioDependencies,
} from '../playback/playback';
import { sealerWith } from '../seal';
import { planBreathing } from '../guidance/breathing/plan';
import { wholeBreathingTimeline } from '../guidance/breathing/session';
import { pmrTimeline, pmrVersionTimeline } from '../guidance/pmr/session';
import { pmrTrackClose } from '../guidance/pmr/wording';
import { MAX_SESSION_MS } from '../guidance/session-length';
import { closeFor, whatNextFor } from '../guidance/closing';
import { compassionLineFor, type CompassionWords } from '../guidance/compassion';
import { EVERYDAY_STYLE, styleOf, type SessionStyle } from '../guidance/session-style';
import { MILESTONES } from '../practice/streaks';
import type { Timeline } from '../timeline';
import { Intents, SleepSoundsSlots } from '../intents';
import type { Preferences } from '../practice/preferences';
import { readPractice } from '../practice/practice-reading';
import { requestTime } from '../practice/request-facts';
import { updatePreferences } from '../practice/saved-preferences';
import type { SkillDependencies } from '../skill-dependencies';
import { renderSsml } from '../renderers/ssml/ssml';
import { bedtimeHandler } from './bedtime';
import { breathingRequestFrom } from '../conversation/breathing-choice';
import { styleFor } from '../conversation/night-voice';
import { guideBreathing } from './breathe';
import { handsFreeHandler } from './hands-free';
import { isIntent } from '../conversation/intent-match';
import { relaxationLengthFrom, relaxHandler } from './relax';
import { sentences, sessionState, tell } from '../conversation/respond';

/** "Always end bedtime with sleep sounds" or "no more sleep sounds": the habit, kept as a preference. */
async function saveSleepSoundsHabit(deps: SkillDependencies, input: HandlerInput, habit: 'always' | 'never'): Promise<Response> {
  const minutes = habit === 'always' ? sleepSoundMinutes(input) : 0;
  const saved = await updatePreferences(deps, input, { sleepSoundsMinutes: minutes });
  const said = wordsOf(input).audio.sleepSounds;
  return tell(input, sentences(!saved ? said.notSaved : habit === 'always' ? said.always(minutes) : said.never));
}

/** Minutes of sleep sounds asked for: 30 or 60, whichever is nearer; 30 when none is named. */
export function sleepSoundMinutes(input: HandlerInput): number {
  const ms = parseIsoDuration(readSlot(input.requestEnvelope, SleepSoundsSlots.duration).spoken);
  return nearestSleepMinutes(ms === undefined ? DEFAULT_SLEEP_SOUND_MINUTES : ms / 60_000);
}

function nearestSleepMinutes(minutes: number): number {
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

function subtitleOf(practice: string, player: Words['audio']['player']): string {
  if (practice === 'pmr') return player.relaxation;
  if (practice === 'sleep-sounds') return player.sleepSounds;
  return player.breathing;
}

/** Adds the Play directive of a track, under a fresh token, to the response being built. */
function addPlay(deps: SkillDependencies, input: HandlerInput, audio: AudioDependencies, trackId: string): void {
  const words = wordsOf(input);
  const spec = trackSpec(trackId, words);
  if (!spec) throw new Error(`no track ${trackId}`);
  // Without a user nothing could count the play; its token is sealed for nobody and never checks.
  const token = encodeToken({ trackId, playId: newPlayId() }, sealerWith(deps.signingKey), userIdOf(input.requestEnvelope) ?? '');
  input.responseBuilder.addAudioPlayerPlayDirective('REPLACE_ALL', trackUrl(audio, spec), token, 0, undefined, {
    title: words.audio.player.title,
    subtitle: subtitleOf(spec.practice, words.audio.player),
  });
}

/** Speaks the reply's part and hands over to the track; the session ends, as a Play directive requires. */
function play(
  deps: SkillDependencies,
  input: HandlerInput,
  audio: AudioDependencies,
  trackId: string,
  speech: string,
  visual?: Timeline,
): Response {
  if (visual) for (const d of sessionVisual(input.requestEnvelope, visual, wordsOf(input))) input.responseBuilder.addDirective(d);
  addPlay(deps, input, audio, trackId);
  return input.responseBuilder.speak(speech).withShouldEndSession(true).getResponse();
}

/** The saved preferences; none when the table fails (the session goes on). */
async function savedPreferences(deps: SkillDependencies, input: HandlerInput): Promise<Preferences> {
  return (await readPractice(deps, input)).preferences;
}

/** How the reply's spoken start sounds: as a spoken session would, from the same reading. */
async function spokenStartStyle(deps: SkillDependencies, input: HandlerInput): Promise<SessionStyle> {
  return styleFor(await readPractice(deps, input), sessionState(input).rounds ?? 0);
}

/** Whether a track can play for this request, and forgets a failure once it has been acted on. */
function outlookOf(deps: SkillDependencies, input: HandlerInput): PlayerOutlook {
  const audio = deps.audio;
  const envelope = input.requestEnvelope;
  if (!audio || !supportsAudioPlayer(envelope)) return 'cannot-play';
  return recentlyFailed(audio, envelope, requestTime(deps, input).getTime()) ? 'failed-last-time' : 'plays';
}

/** A failed stream is answered once: the next long session after it is spoken, the one after tries the track. */
function forgetFailure(audio: AudioDependencies | undefined, input: HandlerInput): void {
  const userId = userIdOf(input.requestEnvelope);
  if (audio && userId) audio.failedPlayback.forget(userId);
}

const longest = (texts: readonly string[]): string => texts.reduce((a, b) => (b.length > a.length ? b : a));
const anyRound = (compassion: CompassionWords, line: (round: number) => string): string =>
  longest(Array.from({ length: compassion.lines.everyday.length }, (_, round) => line(round)));

const closings = new WeakMap<Words, readonly string[]>();

/**
 * The longest words a breathing session can close with (its close, the compassion line, a
 * milestone, the question after it), and the slower night voice: a breathing session is
 * spoken only if it fits one reply with all of them, as its spoken plan assumes too. Worked
 * out once for each language's words.
 */
function longestClosing(words: Words): readonly string[] {
  const known = closings.get(words);
  if (known) return known;
  const compassion = words.compassion;
  const closing = [
    anyRound(compassion, (round) => closeFor(words, EVERYDAY_STYLE.localDay, round)),
    anyRound(compassion, (round) => compassionLineFor(compassion, 'everyday', EVERYDAY_STYLE.localDay, round)),
    longest(MILESTONES.map((days) => words.summary.milestone(days))),
    anyRound(compassion, (round) => whatNextFor(words, round)),
  ];
  closings.set(words, closing);
  return closing;
}
const NIGHT: SessionStyle = styleOf({ nightVoice: true });

async function breathe(deps: SkillDependencies, input: HandlerInput): Promise<Response> {
  const envelope = input.requestEnvelope;
  const words = wordsOf(input);
  const state = sessionState(input);
  const introduced = state.introduced ?? [];
  let request = breathingRequestFrom(words, envelope, {}, introduced, state.lastTechnique);
  const { length } = request.choice;
  // Only a length asked for now can run long; a saved length is the practice path's to plan.
  if (request.consulted.includes('minutes') || length.kind !== 'minutes' || length.ms === undefined) return guideBreathing(deps, input);
  const askedMs = Math.min(length.ms, MAX_SESSION_MS);
  const decide = (technique = request.choice.technique) => {
    const minutes = LONG_BREATHING_TECHNIQUES.includes(technique) ? offeredLongMinutes(askedMs) : undefined;
    const whole = wholeBreathingTimeline(
      words,
      longBreathingPlan(technique, askedMs / 60_000, request.choice.introduce),
      longestClosing(words),
      NIGHT,
    );
    return {
      minutes,
      delivery: deliveryFor(
        whole.segments,
        minutes === undefined ? undefined : trackIds.breathing(technique, minutes),
        outlookOf(deps, input),
      ),
    };
  };
  let decided = decide();
  if (decided.delivery.kind !== 'spoken' && request.consulted.includes('technique')) {
    // Long, and no technique named: the saved favourite decides, read once.
    request = breathingRequestFrom(words, envelope, await savedPreferences(deps, input), introduced, state.lastTechnique);
    decided = decide();
  }
  const { delivery, minutes } = decided;
  if (delivery.kind === 'spoken') return guideBreathing(deps, input);
  if (delivery.kind === 'shortened') {
    if (delivery.because === 'audio-failed') forgetFailure(deps.audio, input);
    return guideBreathing(deps, input, { spokenBecause: delivery.because });
  }
  const { technique, introduce } = request.choice;
  const plan = longBreathingPlan(technique, minutes!, introduce, {
    beforeFirstBreath: planBreathing(words, request.choice).beforeFirstBreath,
    notices: offeredLengthNotice(length.ms, minutes!, words),
  });
  const start = longBreathingSpokenStart(plan, words, await spokenStartStyle(deps, input));
  return play(deps, input, deps.audio!, delivery.trackId, renderSsml(start.segments), start);
}

async function relax(deps: SkillDependencies, input: HandlerInput): Promise<Response> {
  const length = relaxationLengthFrom(input.requestEnvelope);
  // Only the full relaxation has a track; the shorter versions are always the spoken path's.
  if (length !== 'full') return relaxHandler(deps).handle(input);
  const words = wordsOf(input);
  const whole = pmrVersionTimeline(words, length, [pmrTrackClose(words)]);
  const delivery = deliveryFor(whole.segments, trackIds.fullRelaxation, outlookOf(deps, input));
  if (delivery.kind === 'spoken') return relaxHandler(deps).handle(input);
  if (delivery.kind === 'shortened') {
    if (delivery.because === 'audio-failed') forgetFailure(deps.audio, input);
    const shortened = handsFreeHandler(deps, [Intents.Relax], () => ({
      close: [pmrTrackClose(words)],
      timeline: (closing, style) => pmrTimeline(words, length, closing, style, delivery.because),
    }));
    return shortened.handle(input);
  }
  const minutes = Math.round(trackSpec(delivery.trackId, words)!.minutes);
  return play(deps, input, deps.audio!, delivery.trackId, renderSsml(sentences(words.audio.fullRelaxationIntro(minutes))));
}

/** Bedtime, spoken; with sleep sounds asked for now or kept as a habit, the noise plays when it ends. */
async function bedtime(deps: SkillDependencies, input: HandlerInput): Promise<Response> {
  const spoken = bedtimeHandler(deps);
  const sleep = isIntent(input, Intents.SleepSounds);
  const outlook = outlookOf(deps, input);
  const said = wordsOf(input).audio.sleepSounds;
  if (outlook === 'cannot-play') {
    const response = await spoken.handle(input);
    if (!sleep) return response;
    return withOpeningSentence(response, supportsAudioPlayer(input.requestEnvelope) ? said.notSetUp : said.noPlayer);
  }
  const kept = sleep ? 0 : ((await savedPreferences(deps, input)).sleepSoundsMinutes ?? 0);
  const minutes = sleep ? sleepSoundMinutes(input) : kept > 0 ? nearestSleepMinutes(kept) : undefined;
  if (minutes === undefined) return spoken.handle(input);
  if (outlook === 'failed-last-time') {
    forgetFailure(deps.audio, input);
    return withOpeningSentence(await spoken.handle(input), said.failedLastTime);
  }
  addPlay(deps, input, deps.audio!, trackIds.sleep(minutes));
  return spoken.handle(input);
}

/**
 * Decides spoken or track for breathing, relaxation, bedtime and sleep sounds on a device that
 * plays audio. Registered before the spoken handlers, which it calls for everything it does not play.
 */
export function audioSessionHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input: HandlerInput) =>
      isIntent(input, Intents.SleepSounds) ||
      (deps.audio !== undefined &&
        supportsAudioPlayer(input.requestEnvelope) &&
        isIntent(input, Intents.Breathe, Intents.Relax, Intents.Bedtime)),
    async handle(input: HandlerInput) {
      if (isIntent(input, Intents.SleepSounds)) {
        const habit = readSlot(input.requestEnvelope, SleepSoundsSlots.habit).id;
        if (habit === 'always' || habit === 'never') return saveSleepSoundsHabit(deps, input, habit);
        return bedtime(deps, input);
      }
      if (isIntent(input, Intents.Breathe)) return breathe(deps, input);
      if (isIntent(input, Intents.Relax)) return relax(deps, input);
      return bedtime(deps, input);
    },
  };
}
