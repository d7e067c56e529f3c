/**
 * Long sessions through AudioPlayer, through the real skill with a real practice table: a
 * 20-minute box session, the full muscle relaxation, bedtime spoken with 30 minutes of sleep
 * sounds played from the same reply, pause and resume at an offset, start over, stop, the kind
 * answers, a failed stream, a device without AudioPlayer, and events Steady never asked for.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { trackKey, trackSpec } from '../../lambda/renderers/audio/catalog';
import { parseToken } from '../../lambda/renderers/audio/playback';
import { SettingsTimeZoneLookup } from '../../lambda/alexa/time-zone';
import {
  FULL_RELAXATION_INTRO,
  NO_AUDIO_PLAYER_SLEEP_SOUNDS,
  SLEEP_SOUNDS_FAILED_NOTE,
  SLEEP_SOUNDS_NOT_SET_UP,
} from '../../lambda/handlers/audio-sessions';
import { NOTHING_TO_RESUME, NO_SKIPPING, NO_LOOPING, STARTING_AGAIN } from '../../lambda/handlers/audio-controls';
import { createSkill } from '../../lambda/skill';
import { DynamoPracticeStore } from '../../lambda/store/dynamo-practice-store';
import { DynamoOwnTimeStore } from '../../lambda/store/own-time-store';
import { ContainerMemory } from '../../lambda/container-memory';
import { intentRequest, TEST_SKILL_ID, TEST_USER_ID, type EnvelopeOptions } from '../../tools/lib/envelope';
import { startSettingsApiStub, type SettingsApiStub } from '../../tools/lib/settings-api-stub';
import { createPracticeTable, type PracticeTable } from '../support/practice-table';
import { recordingLogger } from '../support/skill-harness';
import { audioIntent, onAudioDevice, playbackEvent, type PlayerReport } from '../support/audio-player';

const BASE_URL = 'https://d111111abcdef8.cloudfront.net';
const BOX = { value: 'box breathing', id: 'box', slotType: 'BREATHING_TECHNIQUE' };

let table: PracticeTable;
let settingsApi: SettingsApiStub;
let store: DynamoPracticeStore;
let ownTime: DynamoOwnTimeStore;
let logger: ReturnType<typeof recordingLogger>;
let invoke: (event: RequestEnvelope) => Promise<ResponseEnvelope>;
let userNumber = 0;
let userId: string;

beforeAll(async () => {
  table = await createPracticeTable('steady-audio');
  settingsApi = await startSettingsApiStub({ timeZone: 'Europe/London' });
  store = new DynamoPracticeStore({ tableName: table.tableName, client: table.client });
  ownTime = new DynamoOwnTimeStore({ tableName: table.tableName, client: table.client });
});

afterAll(async () => {
  await settingsApi.stop();
  await table.drop();
});

beforeEach(() => {
  logger = recordingLogger();
  const skill = createSkill({
    store,
    ownTime,
    timeZones: new SettingsTimeZoneLookup(),
    logger,
    skillId: TEST_SKILL_ID,
    audio: { baseUrl: BASE_URL, failedPlayback: new ContainerMemory<number>() },
  });
  invoke = (event) => skill.invoke(event);
  userNumber += 1;
  userId = `${TEST_USER_ID}AUDIO${userNumber}`;
});

const options = (): EnvelopeOptions => ({ userId, apiEndpoint: settingsApi.endpoint, timestamp: new Date('2026-03-14T21:30:00Z') });
const ask = (name: string, slots: Parameters<typeof intentRequest>[1] = {}, player: PlayerReport = {}) =>
  invoke(audioIntent(name, slots, player, options()));
const event = (type: string, player: PlayerReport, extra: Record<string, unknown> = {}) =>
  invoke(playbackEvent(type, player, extra, options()));

interface PlayDirective {
  type: 'AudioPlayer.Play';
  playBehavior: string;
  audioItem: { stream: { url: string; token: string; offsetInMilliseconds: number; expectedPreviousToken?: string } };
}
const directivesOf = (r: ResponseEnvelope) => (r.response.directives ?? []) as Array<{ type: string } & Partial<PlayDirective>>;
const playOf = (r: ResponseEnvelope) => directivesOf(r).find((d) => d.type === 'AudioPlayer.Play') as PlayDirective | undefined;
const speechOf = (r: ResponseEnvelope) =>
  r.response.outputSpeech?.type === 'SSML' ? r.response.outputSpeech.ssml.replace(/&apos;/g, "'") : '';
const times = (text: string, part: string | RegExp) => text.split(part).length - 1;
const ONE_REPLY_NOTICE = "That's longer than I can speak in one go, so we'll breathe for about";
const FAILED_NOTICE = "The audio didn't play last time, so I'll guide this one by voice, for about";
const FULL = { value: 'full', id: 'full', slotType: 'RELAXATION_LENGTH' };

describe('a 20-minute box session', () => {
  it('speaks the start, hands over to the track, counts once when it starts, and pauses and resumes at the offset', async () => {
    const start = await ask('BreatheIntent', { technique: BOX, duration: 'PT20M' });
    expect(speechOf(start)).toMatch(/box breathing/i);
    // Breathe first: the bell, then the first breath counted aloud, before any explanation.
    expect(speechOf(start)).toMatch(/^<speak><audio src='soundbank:[^']+'\/>.{0,40}Breathe in/);
    expect(speechOf(start)).toMatch(/soft tones will pace you/);
    expect(speechOf(start)).not.toContain(ONE_REPLY_NOTICE);
    expect(start.response.shouldEndSession).toBe(true);
    expect(start.response.reprompt).toBeUndefined();
    const play = playOf(start)!;
    expect(play.playBehavior).toBe('REPLACE_ALL');
    expect(play.audioItem.stream.url).toBe(`${BASE_URL}/tracks/${trackKey(trackSpec('breathing-box-20')!)}.mp3`);
    expect(play.audioItem.stream.offsetInMilliseconds).toBe(0);
    const token = play.audioItem.stream.token;
    expect(parseToken(token)?.trackId).toBe('breathing-box-20');
    // Nothing is counted until the track plays.
    expect((await store.readHistory(userId)).history.sessions).toBe(0);

    const started = await event('AudioPlayer.PlaybackStarted', { token, offsetInMilliseconds: 0, playerActivity: 'PLAYING' });
    expect(started.response.outputSpeech).toBeUndefined();
    const counted = (await store.readHistory(userId)).history;
    expect(counted).toMatchObject({ sessions: 1, techniques: { box: 1 } });
    expect(counted.minutes).toBeGreaterThanOrEqual(19.5);

    const paused = await ask('AMAZON.PauseIntent', {}, { token, offsetInMilliseconds: 312_400, playerActivity: 'PLAYING' });
    expect(paused.response.outputSpeech).toBeUndefined();
    expect(directivesOf(paused).map((d) => d.type)).toEqual(['AudioPlayer.Stop']);
    const stopped = await event('AudioPlayer.PlaybackStopped', { token, offsetInMilliseconds: 312_650, playerActivity: 'STOPPED' });
    expect(stopped.response.outputSpeech).toBeUndefined();

    const resumed = await ask('AMAZON.ResumeIntent', {}, { token, offsetInMilliseconds: 312_650, playerActivity: 'STOPPED' });
    expect(resumed.response.outputSpeech).toBeUndefined();
    // Played again, the token says so: its start was counted already, whatever the record still holds.
    const again = `${token}|again`;
    expect(playOf(resumed)!.audioItem.stream).toMatchObject({
      url: play.audioItem.stream.url,
      token: again,
      offsetInMilliseconds: 312_650,
    });

    // Resumed, it starts again at an offset: not a second practice.
    await event('AudioPlayer.PlaybackStarted', { token: again, offsetInMilliseconds: 312_650, playerActivity: 'PLAYING' });
    const over = await ask('AMAZON.StartOverIntent', {}, { token: again, offsetInMilliseconds: 400_000, playerActivity: 'PLAYING' });
    expect(playOf(over)!.audioItem.stream).toMatchObject({ token: again, offsetInMilliseconds: 0 });
    // Started over, the same play starts from 0 again: still the one session, even once the
    // record no longer holds the first start's answer (ten minutes on, or after other practices).
    await event('AudioPlayer.PlaybackStarted', { token: again, offsetInMilliseconds: 0, playerActivity: 'PLAYING' });
    expect((await store.readHistory(userId)).history.sessions).toBe(1);

    const stop = await ask('AMAZON.StopIntent', {}, { token, offsetInMilliseconds: 10_000, playerActivity: 'PLAYING' });
    expect(stop.response.outputSpeech).toBeUndefined();
    expect(
      directivesOf(stop)
        .map((d) => d.type)
        .sort(),
    ).toEqual(['AudioPlayer.ClearQueue', 'AudioPlayer.Stop']);
    const finished = await event('AudioPlayer.PlaybackFinished', { token, offsetInMilliseconds: 1_160_000, playerActivity: 'FINISHED' });
    expect(finished.response.outputSpeech).toBeUndefined();
  });

  it('says its spoken start in the night voice and without bells when the user asked for them, the track unchanged', async () => {
    await store.savePreferences(userId, { softVoiceAtNight: true, bells: false });
    const r = await ask('BreatheIntent', { technique: BOX, duration: 'PT20M' });
    expect(speechOf(r)).not.toMatch(/soundbank:/);
    expect(speechOf(r)).toMatch(/^<speak><prosody[^>]*volume='soft'>Breathe in<\/prosody>/);
    expect(playOf(r)!.audioItem.stream.url).toBe(`${BASE_URL}/tracks/${trackKey(trackSpec('breathing-box-20')!)}.mp3`);
  });

  it('plays the button presses silently: play resumes at the offset, pause stops', async () => {
    const token = playOf(await ask('BreatheIntent', { technique: BOX, duration: 'PT20M' }))!.audioItem.stream.token;
    const play = await event('PlaybackController.PlayCommandIssued', { token, offsetInMilliseconds: 5000, playerActivity: 'PAUSED' });
    expect(play.response.outputSpeech).toBeUndefined();
    expect(playOf(play)!.audioItem.stream.offsetInMilliseconds).toBe(5000);
    const pause = await event('PlaybackController.PauseCommandIssued', { token, offsetInMilliseconds: 7000, playerActivity: 'PLAYING' });
    expect(directivesOf(pause).map((d) => d.type)).toEqual(['AudioPlayer.Stop']);
    for (const type of ['PlaybackController.NextCommandIssued', 'PlaybackController.PreviousCommandIssued']) {
      const r = await event(type, { token, offsetInMilliseconds: 7000, playerActivity: 'PLAYING' });
      expect(r.response.outputSpeech).toBeUndefined();
    }
  });

  it('resumes with no offset known by starting again, kindly, and says so when nothing is paused', async () => {
    const token = playOf(await ask('BreatheIntent', { technique: BOX, duration: 'PT20M' }))!.audioItem.stream.token;
    const again = await ask('AMAZON.ResumeIntent', {}, { token, playerActivity: 'STOPPED' });
    expect(speechOf(again)).toContain(STARTING_AGAIN);
    expect(playOf(again)!.audioItem.stream.offsetInMilliseconds).toBe(0);
    const nothing = await ask('AMAZON.ResumeIntent');
    expect(speechOf(nothing)).toContain(NOTHING_TO_RESUME);
    expect(playOf(nothing)).toBeUndefined();
  });

  it('answers next, previous, loop and shuffle kindly and briefly', async () => {
    const token = playOf(await ask('BreatheIntent', { technique: BOX, duration: 'PT20M' }))!.audioItem.stream.token;
    for (const name of ['AMAZON.NextIntent', 'AMAZON.PreviousIntent'])
      expect(speechOf(await ask(name, {}, { token, offsetInMilliseconds: 1000, playerActivity: 'PLAYING' }))).toContain(NO_SKIPPING);
    for (const name of ['AMAZON.LoopOnIntent', 'AMAZON.LoopOffIntent', 'AMAZON.ShuffleOnIntent', 'AMAZON.ShuffleOffIntent']) {
      const r = await ask(name, {}, { token, offsetInMilliseconds: 1000, playerActivity: 'PLAYING' });
      expect(speechOf(r)).toContain(NO_LOOPING);
      expect(r.response.shouldEndSession).toBe(true);
    }
    expect(speechOf(await ask('AMAZON.RepeatIntent', {}, { token, offsetInMilliseconds: 1000, playerActivity: 'PLAYING' }))).toMatch(
      /start over/,
    );
  });

  it('a short session is still spoken in one response, with no track', async () => {
    const r = await ask('BreatheIntent', { technique: BOX, duration: 'PT3M' });
    expect(playOf(r)).toBeUndefined();
    expect(speechOf(r).length).toBeGreaterThan(500);
  });
});

describe('the full muscle relaxation', () => {
  it('plays the sixteen-group track on a device that plays audio, and counts it once when it starts', async () => {
    const r = await ask('RelaxIntent', { length: FULL });
    const play = playOf(r)!;
    expect(parseToken(play.audioItem.stream.token)!.trackId).toBe('pmr-full');
    expect(play.audioItem.stream.url).toBe(`${BASE_URL}/tracks/${trackKey(trackSpec('pmr-full')!)}.mp3`);
    const minutes = Math.round(trackSpec('pmr-full')!.minutes);
    expect(speechOf(r)).toContain(FULL_RELAXATION_INTRO(minutes));
    expect(speechOf(r)).not.toMatch(/seven-part/);
    expect(r.response.shouldEndSession).toBe(true);
    expect((await store.readHistory(userId)).history.sessions).toBe(0);
    await event('AudioPlayer.PlaybackStarted', { token: play.audioItem.stream.token, offsetInMilliseconds: 0, playerActivity: 'PLAYING' });
    const history = (await store.readHistory(userId)).history;
    expect(history).toMatchObject({ sessions: 1, techniques: { pmr: 1 } });
    expect(history.minutes).toBeGreaterThan(11);
  });

  it('speaks the shorter relaxations in one reply even where tracks play', async () => {
    const r = await ask('RelaxIntent', { length: { value: 'quick', id: 'quick', slotType: 'RELAXATION_LENGTH' } });
    expect(playOf(r)).toBeUndefined();
    expect(speechOf(r)).toMatch(/And… relax/);
  });

  it('on a device without AudioPlayer is the seven-part version, the reason said once', async () => {
    const r = await invoke(intentRequest('RelaxIntent', { length: FULL }, options()));
    expect(playOf(r)).toBeUndefined();
    expect(times(speechOf(r), "The full relaxation takes longer than I can speak in one go, so we'll do the seven-part version.")).toBe(1);
    expect(speechOf(r)).not.toMatch(/play as audio|didn't play/);
    expect((await store.readHistory(userId)).history).toMatchObject({ sessions: 1, techniques: { pmr: 1 } });
  });
});

describe('someone in crisis while a track plays', () => {
  it('hears the crisis answer, and the track is stopped so it does not play over the numbers', async () => {
    const started = await ask('BreatheIntent', { duration: 'PT20M', technique: 'box' });
    const token = playOf(started)!.audioItem.stream.token;
    const r = await ask('CrisisIntent', {}, { token, offsetInMilliseconds: 90_000, playerActivity: 'PLAYING' });
    expect(speechOf(r)).toContain('nine eight eight');
    expect(r.response.shouldEndSession).toBe(false);
    expect(directivesOf(r).map((d) => d.type)).toEqual(['AudioPlayer.Stop']);
  });

  it("sends no audio directive when nothing of Steady's is playing", async () => {
    const r = await ask('CrisisIntent', {});
    expect(directivesOf(r)).toEqual([]);
  });
});

describe('bedtime with sleep sounds', () => {
  it('speaks the wind-down and plays 30 minutes of sleep sounds from the same reply, and stops on "Alexa, stop"', async () => {
    const r = await ask('SleepSoundsIntent', {});
    // Bedtime fits one reply: it is spoken, and the sleep sounds follow it, as AudioPlayer plays after outputSpeech.
    expect(speechOf(r).length).toBeGreaterThan(2000);
    expect(speechOf(r)).toMatch(/^<speak><audio src='soundbank:/);
    expect(r.response.shouldEndSession).toBe(true);
    expect(r.response.reprompt).toBeUndefined();
    const play = playOf(r)!;
    expect(play.playBehavior).toBe('REPLACE_ALL');
    expect(play.audioItem.stream.url).toBe(`${BASE_URL}/tracks/${trackKey(trackSpec('sleep-brown-30')!)}.mp3`);
    expect(parseToken(play.audioItem.stream.token)!.trackId).toBe('sleep-brown-30');
    // The wind-down is the practice, counted as it is guided; the sleep sounds are not practice.
    expect((await store.readHistory(userId)).history).toMatchObject({ sessions: 1, techniques: { bedtime: 1 } });
    await event('AudioPlayer.PlaybackStarted', { token: play.audioItem.stream.token, offsetInMilliseconds: 0, playerActivity: 'PLAYING' });
    expect((await store.readHistory(userId)).history.sessions).toBe(1);

    const nearly = await event('AudioPlayer.PlaybackNearlyFinished', {
      token: play.audioItem.stream.token,
      offsetInMilliseconds: 1_700_000,
      playerActivity: 'PLAYING',
    });
    expect(nearly.response.outputSpeech).toBeUndefined();
    expect(nearly.response.directives ?? []).toEqual([]);
    const stop = await ask(
      'AMAZON.StopIntent',
      {},
      { token: play.audioItem.stream.token, offsetInMilliseconds: 60_000, playerActivity: 'PLAYING' },
    );
    expect(stop.response.outputSpeech).toBeUndefined();
    expect(
      directivesOf(stop)
        .map((d) => d.type)
        .sort(),
    ).toEqual(['AudioPlayer.ClearQueue', 'AudioPlayer.Stop']);
  });

  it('keeps sleep sounds as a preference: every bedtime ends with them until the user says no more', async () => {
    const habit = (id: 'always' | 'never', value: string) => ({ value, id, slotType: 'SLEEP_SOUNDS_HABIT' });
    const plain = await ask('BedtimeIntent');
    expect(playOf(plain)).toBeUndefined();
    expect(speechOf(plain).length).toBeGreaterThan(2000);
    const always = await ask('SleepSoundsIntent', { habit: habit('always', 'every night'), duration: 'PT1H' });
    expect(speechOf(always)).toContain('From now on, bedtime will end with 60 minutes of soft sleep sounds.');
    expect(playOf(always)).toBeUndefined();
    expect((await store.readHistory(userId)).history.preferences).toMatchObject({ sleepSoundsMinutes: 60 });
    const bedtime = await ask('BedtimeIntent');
    expect(parseToken(playOf(bedtime)!.audioItem.stream.token)!.trackId).toBe('sleep-brown-60');
    expect(speechOf(bedtime).length).toBeGreaterThan(2000);
    const never = await ask('SleepSoundsIntent', { habit: habit('never', 'no more') });
    expect(speechOf(never)).toContain('Bedtime will end in quiet from now on.');
    expect(playOf(await ask('BedtimeIntent'))).toBeUndefined();
  });

  it('asks for an hour of sleep sounds by duration', async () => {
    expect(parseToken(playOf(await ask('SleepSoundsIntent', { duration: 'PT1H' }))!.audioItem.stream.token)!.trackId).toBe(
      'sleep-brown-60',
    );
  });

  it('a device without AudioPlayer gets long breathing by voice, shortened to one reply, with the reason said once', async () => {
    const r = await invoke(intentRequest('BreatheIntent', { technique: BOX, duration: 'PT20M' }, options()));
    expect(playOf(r)).toBeUndefined();
    expect(times(speechOf(r), ONE_REPLY_NOTICE)).toBe(1);
    expect(speechOf(r)).not.toMatch(/nine minutes|play as audio/);
    const history = (await store.readHistory(userId)).history;
    expect(history.minutes).toBeGreaterThanOrEqual(7.5);
    expect(history.minutes).toBeLessThanOrEqual(9);
  });

  it('a skill deployed without tracks speaks everything, and says so for sleep sounds on a device that could play them', async () => {
    const untracked = createSkill({ store, ownTime, timeZones: new SettingsTimeZoneLookup(), logger, skillId: TEST_SKILL_ID });
    const sleep = await untracked.invoke(audioIntent('SleepSoundsIntent', {}, {}, options()));
    expect(playOf(sleep)).toBeUndefined();
    expect(speechOf(sleep)).toContain(SLEEP_SOUNDS_NOT_SET_UP);
    const long = await untracked.invoke(audioIntent('BreatheIntent', { technique: BOX, duration: 'PT20M' }, {}, options()));
    expect(playOf(long)).toBeUndefined();
    expect(times(speechOf(long), ONE_REPLY_NOTICE)).toBe(1);
  });

  it('a device without AudioPlayer gets bedtime by voice, with the reason said kindly', async () => {
    const r = await invoke(intentRequest('SleepSoundsIntent', {}, options()));
    expect(playOf(r)).toBeUndefined();
    expect(speechOf(r)).toContain(NO_AUDIO_PLAYER_SLEEP_SOUNDS);
    expect(speechOf(r).length).toBeGreaterThan(2000);
  });
});

describe('faults', () => {
  it('logs a failed stream, and offers the next session by voice', async () => {
    const token = playOf(await ask('BreatheIntent', { technique: BOX, duration: 'PT20M' }))!.audioItem.stream.token;
    const failed = await event(
      'AudioPlayer.PlaybackFailed',
      { token, offsetInMilliseconds: 0, playerActivity: 'STOPPED' },
      {
        error: { type: 'MEDIA_ERROR_INVALID_REQUEST', message: '404 Not Found' },
      },
    );
    expect(failed.response.outputSpeech).toBeUndefined();
    expect(logger.entries).toContainEqual(
      expect.objectContaining({ level: 'warn', message: 'track could not be played', errorType: 'MEDIA_ERROR_INVALID_REQUEST' }),
    );
    // A short session after it is spoken as always, and says nothing about the failure.
    const short = await ask('BreatheIntent', { technique: BOX, duration: 'PT3M' });
    expect(speechOf(short)).not.toMatch(/didn't play/);
    const next = await ask('BreatheIntent', { technique: BOX, duration: 'PT20M' });
    expect(playOf(next)).toBeUndefined();
    // One message, the real reason: not the one-reply notice as well.
    expect(times(speechOf(next), FAILED_NOTICE)).toBe(1);
    expect(speechOf(next)).not.toContain(ONE_REPLY_NOTICE);
    expect(speechOf(next).length).toBeGreaterThan(1000);
    // Spoken, it is counted when it is guided, for what one reply holds.
    const afterFallback = (await store.readHistory(userId)).history;
    expect(afterFallback.sessions).toBe(2);
    expect(afterFallback.minutes - 3).toBeGreaterThanOrEqual(7.5);
    // Offered once: the session after that tries the track again.
    expect(playOf(await ask('BreatheIntent', { technique: BOX, duration: 'PT20M' }))).toBeDefined();
  });

  it('after a failed relaxation track, the next full relaxation is the seven-part version, the real reason said once', async () => {
    const token = playOf(await ask('RelaxIntent', { length: FULL }))!.audioItem.stream.token;
    await event(
      'AudioPlayer.PlaybackFailed',
      { token, offsetInMilliseconds: 0, playerActivity: 'STOPPED' },
      { error: { type: 'MEDIA_ERROR_INVALID_REQUEST', message: '404 Not Found' } },
    );
    const next = await ask('RelaxIntent', { length: FULL });
    expect(playOf(next)).toBeUndefined();
    expect(times(speechOf(next), "The audio didn't play last time, so I'll guide the seven-part version by voice.")).toBe(1);
    expect(speechOf(next)).not.toContain('longer than I can speak');
  });

  it('after failed sleep sounds, the next bedtime is spoken and ends in quiet, said first', async () => {
    const token = playOf(await ask('SleepSoundsIntent', {}))!.audioItem.stream.token;
    await event(
      'AudioPlayer.PlaybackFailed',
      { token, offsetInMilliseconds: 0, playerActivity: 'STOPPED' },
      { error: { type: 'MEDIA_ERROR_SERVICE_UNAVAILABLE', message: '503' } },
    );
    const next = await ask('SleepSoundsIntent', {});
    expect(playOf(next)).toBeUndefined();
    expect(speechOf(next).startsWith(`<speak>${SLEEP_SOUNDS_FAILED_NOTE}`)).toBe(true);
    expect(playOf(await ask('SleepSoundsIntent', {}))).toBeDefined();
  });

  it('answers an event for a token Steady never issued with nothing, and does not crash', async () => {
    for (const type of [
      'AudioPlayer.PlaybackStarted',
      'AudioPlayer.PlaybackNearlyFinished',
      'AudioPlayer.PlaybackFailed',
      'AudioPlayer.PlaybackStopped',
      'PlaybackController.PlayCommandIssued',
    ]) {
      for (const token of [
        'some-other-skill-track',
        'steady:1|breathing-box-20|abcdefgh12|',
        'steady:2|breathing-box-99|abcdefgh12',
        'steady:2|bedtime-0|abcdefgh12',
        '',
      ]) {
        const r = await event(type, { token, offsetInMilliseconds: 0, playerActivity: 'PLAYING' });
        expect(r.response.outputSpeech).toBeUndefined();
        expect(r.response.directives ?? []).toEqual([]);
      }
    }
    expect((await store.readHistory(userId)).history.sessions).toBe(0);
  });

  it('never speaks to any playback event', async () => {
    const token = playOf(await ask('BreatheIntent', { technique: BOX, duration: 'PT20M' }))!.audioItem.stream.token;
    const types = [
      'AudioPlayer.PlaybackStarted',
      'AudioPlayer.PlaybackFinished',
      'AudioPlayer.PlaybackStopped',
      'AudioPlayer.PlaybackNearlyFinished',
      'AudioPlayer.PlaybackFailed',
      'PlaybackController.PlayCommandIssued',
      'PlaybackController.PauseCommandIssued',
      'PlaybackController.NextCommandIssued',
      'PlaybackController.PreviousCommandIssued',
    ];
    for (const type of types) {
      const r = await invoke(
        onAudioDevice(playbackEvent(type, { token, offsetInMilliseconds: 1000, playerActivity: 'PLAYING' }, {}, options())),
      );
      expect(r.response.outputSpeech).toBeUndefined();
      expect(r.response.reprompt).toBeUndefined();
    }
  });
});
