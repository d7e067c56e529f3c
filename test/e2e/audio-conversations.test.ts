/**
 * Long sessions through AudioPlayer, through the real skill with a real practice table: a
 * 20-minute box session and bedtime with 30 minutes of sleep sounds, pause and resume at an
 * offset, start over, stop, the kind answers, a failed stream, a device without AudioPlayer, and
 * events Steady never asked for.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { trackKey, trackSpec } from '../../lambda/audio/catalog';
import { parseToken } from '../../lambda/audio/playback';
import { SettingsTimeZoneLookup } from '../../lambda/alexa/time-zone';
import { NO_AUDIO_PLAYER_SLEEP_SOUNDS, AFTER_FAILURE_NOTE, SPOKEN_CAP_NOTICE } from '../../lambda/handlers/audio-sessions';
import { NOTHING_TO_RESUME, NO_SKIPPING, NO_LOOPING, STARTING_AGAIN } from '../../lambda/handlers/audio-controls';
import { createSkill } from '../../lambda/skill';
import { DynamoPracticeStore } from '../../lambda/store/dynamo-practice-store';
import { ContainerMemory } from '../../lambda/container-memory';
import { intentRequest, TEST_SKILL_ID, TEST_USER_ID, type EnvelopeOptions } from '../../tools/lib/envelope';
import { startSettingsApiStub, type SettingsApiStub } from '../../tools/lib/settings-api-stub';
import { createPracticeTable, type PracticeTable } from '../integration/store/practice-table';
import { recordingLogger } from '../support/skill-harness';
import { audioIntent, onAudioDevice, playbackEvent, type PlayerReport } from '../support/audio-player';

const BASE_URL = 'https://d111111abcdef8.cloudfront.net';
const BOX = { value: 'box breathing', id: 'box', slotType: 'BREATHING_TECHNIQUE' };

let table: PracticeTable;
let settingsApi: SettingsApiStub;
let store: DynamoPracticeStore;
let logger: ReturnType<typeof recordingLogger>;
let invoke: (event: RequestEnvelope) => Promise<ResponseEnvelope>;
let userNumber = 0;
let userId: string;

beforeAll(async () => {
  table = await createPracticeTable('steady-audio');
  settingsApi = await startSettingsApiStub({ timeZone: 'Europe/London' });
  store = new DynamoPracticeStore({ tableName: table.tableName, client: table.client });
});

afterAll(async () => {
  await settingsApi.stop();
  await table.drop();
});

beforeEach(() => {
  logger = recordingLogger();
  const skill = createSkill({
    store,
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
const ask = (name: string, slots: Parameters<typeof intentRequest>[1] = {}, player: PlayerReport = {}) => invoke(audioIntent(name, slots, player, options()));
const event = (type: string, player: PlayerReport, extra: Record<string, unknown> = {}) => invoke(playbackEvent(type, player, extra, options()));

interface PlayDirective {
  type: 'AudioPlayer.Play';
  playBehavior: string;
  audioItem: { stream: { url: string; token: string; offsetInMilliseconds: number; expectedPreviousToken?: string } };
}
const directivesOf = (r: ResponseEnvelope) => (r.response.directives ?? []) as Array<{ type: string } & Partial<PlayDirective>>;
const playOf = (r: ResponseEnvelope) => directivesOf(r).find((d) => d.type === 'AudioPlayer.Play') as PlayDirective | undefined;
const speechOf = (r: ResponseEnvelope) => (r.response.outputSpeech?.type === 'SSML' ? r.response.outputSpeech.ssml.replace(/&apos;/g, "'") : '');

describe('a 20-minute box session', () => {
  it('speaks the start, hands over to the track, counts once when it starts, and pauses and resumes at the offset', async () => {
    const start = await ask('BreatheIntent', { technique: BOX, duration: 'PT20M' });
    expect(speechOf(start)).toMatch(/box breathing/i);
    expect(speechOf(start)).toMatch(/soft tones will pace you/);
    expect(start.response.shouldEndSession).toBe(true);
    expect(start.response.reprompt).toBeUndefined();
    const play = playOf(start)!;
    expect(play.playBehavior).toBe('REPLACE_ALL');
    expect(play.audioItem.stream.url).toBe(`${BASE_URL}/tracks/${trackKey(trackSpec('breathing-box-20')!)}.mp3`);
    expect(play.audioItem.stream.offsetInMilliseconds).toBe(0);
    const token = play.audioItem.stream.token;
    expect(parseToken(token)?.trackId).toBe('breathing-box-20');
    // Nothing is counted until the track plays.
    expect((await store.readHistory(userId)).sessions).toBe(0);

    const started = await event('AudioPlayer.PlaybackStarted', { token, offsetInMilliseconds: 0, playerActivity: 'PLAYING' });
    expect(started.response.outputSpeech).toBeUndefined();
    const counted = await store.readHistory(userId);
    expect(counted).toMatchObject({ sessions: 1, techniques: { box: 1 } });
    expect(counted.minutes).toBeGreaterThanOrEqual(19.5);

    const paused = await ask('AMAZON.PauseIntent', {}, { token, offsetInMilliseconds: 312_400, playerActivity: 'PLAYING' });
    expect(paused.response.outputSpeech).toBeUndefined();
    expect(directivesOf(paused).map((d) => d.type)).toEqual(['AudioPlayer.Stop']);
    const stopped = await event('AudioPlayer.PlaybackStopped', { token, offsetInMilliseconds: 312_650, playerActivity: 'STOPPED' });
    expect(stopped.response.outputSpeech).toBeUndefined();

    const resumed = await ask('AMAZON.ResumeIntent', {}, { token, offsetInMilliseconds: 312_650, playerActivity: 'STOPPED' });
    expect(resumed.response.outputSpeech).toBeUndefined();
    expect(playOf(resumed)!.audioItem.stream).toMatchObject({ url: play.audioItem.stream.url, token, offsetInMilliseconds: 312_650 });

    // Resumed, it starts again at an offset: not a second practice.
    await event('AudioPlayer.PlaybackStarted', { token, offsetInMilliseconds: 312_650, playerActivity: 'PLAYING' });
    const over = await ask('AMAZON.StartOverIntent', {}, { token, offsetInMilliseconds: 400_000, playerActivity: 'PLAYING' });
    expect(playOf(over)!.audioItem.stream).toMatchObject({ token, offsetInMilliseconds: 0 });
    // Started over, the same play starts from 0 again: still the one session.
    await event('AudioPlayer.PlaybackStarted', { token, offsetInMilliseconds: 0, playerActivity: 'PLAYING' });
    expect((await store.readHistory(userId)).sessions).toBe(1);

    const stop = await ask('AMAZON.StopIntent', {}, { token, offsetInMilliseconds: 10_000, playerActivity: 'PLAYING' });
    expect(stop.response.outputSpeech).toBeUndefined();
    expect(directivesOf(stop).map((d) => d.type).sort()).toEqual(['AudioPlayer.ClearQueue', 'AudioPlayer.Stop']);
    const finished = await event('AudioPlayer.PlaybackFinished', { token, offsetInMilliseconds: 1_160_000, playerActivity: 'FINISHED' });
    expect(finished.response.outputSpeech).toBeUndefined();
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
    for (const name of ['AMAZON.NextIntent', 'AMAZON.PreviousIntent']) expect(speechOf(await ask(name, {}, { token, offsetInMilliseconds: 1000, playerActivity: 'PLAYING' }))).toContain(NO_SKIPPING);
    for (const name of ['AMAZON.LoopOnIntent', 'AMAZON.LoopOffIntent', 'AMAZON.ShuffleOnIntent', 'AMAZON.ShuffleOffIntent']) {
      const r = await ask(name, {}, { token, offsetInMilliseconds: 1000, playerActivity: 'PLAYING' });
      expect(speechOf(r)).toContain(NO_LOOPING);
      expect(r.response.shouldEndSession).toBe(true);
    }
    expect(speechOf(await ask('AMAZON.RepeatIntent', {}, { token, offsetInMilliseconds: 1000, playerActivity: 'PLAYING' }))).toMatch(/start over/);
  });

  it('a short session is still spoken in one response, with no track', async () => {
    const r = await ask('BreatheIntent', { technique: BOX, duration: 'PT3M' });
    expect(playOf(r)).toBeUndefined();
    expect(speechOf(r).length).toBeGreaterThan(500);
  });
});

describe('bedtime with sleep sounds', () => {
  it('plays the wind-down, queues 30 minutes of sleep sounds as it nears its end, and stops on "Alexa, stop"', async () => {
    const r = await ask('SleepSoundsIntent', {});
    const play = playOf(r)!;
    const token = parseToken(play.audioItem.stream.token)!;
    expect(token.trackId).toMatch(/^bedtime-\d$/);
    expect(token.next).toBe('sleep-brown-30');
    expect(speechOf(r)).toMatch(/sleep sounds will play/);

    await event('AudioPlayer.PlaybackStarted', { token: play.audioItem.stream.token, offsetInMilliseconds: 0, playerActivity: 'PLAYING' });
    expect(await store.readHistory(userId)).toMatchObject({ sessions: 1, techniques: { bedtime: 1 } });

    const nearly = await event('AudioPlayer.PlaybackNearlyFinished', { token: play.audioItem.stream.token, offsetInMilliseconds: 580_000, playerActivity: 'PLAYING' });
    expect(nearly.response.outputSpeech).toBeUndefined();
    const queued = playOf(nearly)!;
    expect(queued.playBehavior).toBe('ENQUEUE');
    expect(queued.audioItem.stream.expectedPreviousToken).toBe(play.audioItem.stream.token);
    expect(queued.audioItem.stream.url).toBe(`${BASE_URL}/tracks/${trackKey(trackSpec('sleep-brown-30')!)}.mp3`);

    // Sleep sounds are not a second practice.
    await event('AudioPlayer.PlaybackStarted', { token: queued.audioItem.stream.token, offsetInMilliseconds: 0, playerActivity: 'PLAYING' });
    expect((await store.readHistory(userId)).sessions).toBe(1);
    const stop = await ask('AMAZON.StopIntent', {}, { token: queued.audioItem.stream.token, offsetInMilliseconds: 60_000, playerActivity: 'PLAYING' });
    expect(stop.response.outputSpeech).toBeUndefined();
    expect(directivesOf(stop).map((d) => d.type).sort()).toEqual(['AudioPlayer.ClearQueue', 'AudioPlayer.Stop']);
  });

  it('keeps sleep sounds as a preference: every bedtime ends with them until the user says no more', async () => {
    const habit = (id: 'always' | 'never', value: string) => ({ value, id, slotType: 'SLEEP_SOUNDS_HABIT' });
    expect(playOf(await ask('BedtimeIntent'))!.audioItem.stream.token).not.toMatch(/sleep-brown/);
    const always = await ask('SleepSoundsIntent', { habit: habit('always', 'every night'), duration: 'PT1H' });
    expect(speechOf(always)).toContain('From now on, bedtime will end with 60 minutes of soft sleep sounds.');
    expect(playOf(always)).toBeUndefined();
    expect((await store.readHistory(userId)).preferences).toMatchObject({ sleepSoundsMinutes: 60 });
    const bedtime = await ask('BedtimeIntent');
    expect(parseToken(playOf(bedtime)!.audioItem.stream.token)!.next).toBe('sleep-brown-60');
    expect(speechOf(bedtime)).toMatch(/sleep sounds will play/);
    const never = await ask('SleepSoundsIntent', { habit: habit('never', 'no more') });
    expect(speechOf(never)).toContain('Bedtime will end in quiet from now on.');
    expect(parseToken(playOf(await ask('BedtimeIntent'))!.audioItem.stream.token)!.next).toBeUndefined();
  });

  it('asks for an hour of sleep sounds by duration', async () => {
    const token = parseToken(playOf(await ask('SleepSoundsIntent', { duration: 'PT1H' }))!.audioItem.stream.token)!;
    expect(token.next).toBe('sleep-brown-60');
  });

  it('a device without AudioPlayer gets long breathing by voice, capped at nine minutes, with the reason said kindly', async () => {
    const r = await invoke(intentRequest('BreatheIntent', { technique: BOX, duration: 'PT20M' }, options()));
    expect(playOf(r)).toBeUndefined();
    expect(speechOf(r).endsWith(`${SPOKEN_CAP_NOTICE}</speak>`)).toBe(true);
    const history = await store.readHistory(userId);
    expect(history.minutes).toBeGreaterThanOrEqual(8.5);
    expect(history.minutes).toBeLessThanOrEqual(9.2);
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
    const failed = await event('AudioPlayer.PlaybackFailed', { token, offsetInMilliseconds: 0, playerActivity: 'STOPPED' }, {
      error: { type: 'MEDIA_ERROR_INVALID_REQUEST', message: '404 Not Found' },
    });
    expect(failed.response.outputSpeech).toBeUndefined();
    expect(logger.entries).toContainEqual(expect.objectContaining({ level: 'warn', message: 'track could not be played', errorType: 'MEDIA_ERROR_INVALID_REQUEST' }));
    const next = await ask('BreatheIntent', { technique: BOX, duration: 'PT20M' });
    expect(playOf(next)).toBeUndefined();
    expect(speechOf(next)).toMatch(/The audio didn't play last time, so I guided this one by voice\.<\/speak>$/);
    expect(speechOf(next).length).toBeGreaterThan(1000);
    // Spoken, it is counted when it is guided, for the nine minutes one response holds.
    const afterFallback = await store.readHistory(userId);
    expect(afterFallback.sessions).toBe(1);
    expect(afterFallback.minutes).toBeGreaterThanOrEqual(8.5);
    expect(afterFallback.minutes).toBeLessThanOrEqual(9.2);
    // Offered once: the session after that tries the track again.
    expect(playOf(await ask('BreatheIntent', { technique: BOX, duration: 'PT20M' }))).toBeDefined();
    expect(AFTER_FAILURE_NOTE).toMatch(/by voice/);
  });

  it('answers an event for a token Steady never issued with nothing, and does not crash', async () => {
    for (const type of ['AudioPlayer.PlaybackStarted', 'AudioPlayer.PlaybackNearlyFinished', 'AudioPlayer.PlaybackFailed', 'AudioPlayer.PlaybackStopped', 'PlaybackController.PlayCommandIssued']) {
      for (const token of ['some-other-skill-track', 'steady:1|breathing-box-99|abcdefgh12|', '']) {
        const r = await event(type, { token, offsetInMilliseconds: 0, playerActivity: 'PLAYING' });
        expect(r.response.outputSpeech).toBeUndefined();
        expect(r.response.directives ?? []).toEqual([]);
      }
    }
    expect((await store.readHistory(userId)).sessions).toBe(0);
  });

  it('never speaks to any playback event', async () => {
    const token = playOf(await ask('BreatheIntent', { technique: BOX, duration: 'PT20M' }))!.audioItem.stream.token;
    const types = [
      'AudioPlayer.PlaybackStarted', 'AudioPlayer.PlaybackFinished', 'AudioPlayer.PlaybackStopped', 'AudioPlayer.PlaybackNearlyFinished', 'AudioPlayer.PlaybackFailed',
      'PlaybackController.PlayCommandIssued', 'PlaybackController.PauseCommandIssued', 'PlaybackController.NextCommandIssued', 'PlaybackController.PreviousCommandIssued',
    ];
    for (const type of types) {
      const r = await invoke(onAudioDevice(playbackEvent(type, { token, offsetInMilliseconds: 1000, playerActivity: 'PLAYING' }, {}, options())));
      expect(r.response.outputSpeech).toBeUndefined();
      expect(r.response.reprompt).toBeUndefined();
    }
  });
});
