/**
 * Long sessions through AudioPlayer, through the real skill with a real practice table: a
 * 20-minute box session, the full muscle relaxation, bedtime spoken with 30 minutes of sleep
 * sounds played from the same reply, pause and resume at an offset, start over, stop, the kind
 * answers, a failed stream, a device without AudioPlayer, and events Steady never asked for.
 */
import { wordsFor } from '../../lambda/content/words';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { trackKey, trackSpec as trackSpecIn } from '../../lambda/guidance/tracks/catalog';
import { encodeToken, parseToken, type PlayToken } from '../../lambda/playback/playback';
import { sealerWith } from '../../lambda/seal';
import { Intents } from '../../lambda/intents';
import { createTestSkill, TEST_INSTANT, TEST_SIGNING_KEY } from '../support/test-skill';
import { DynamoPracticeStore } from '../../lambda/store/dynamo-practice-store';
import { DynamoOwnTimeStore } from '../../lambda/store/own-time-store';
import { ContainerMemory } from '../../lambda/container-memory';
import {
  Conversation,
  intentRequest,
  TEST_SKILL_ID,
  TEST_USER_ID,
  type EnvelopeOptions,
  type SlotInput,
  startSettingsApiStub,
  type SettingsApiStub,
} from '../../tools/simulator';
import { createPracticeTable, type PracticeTable } from '../support/practice-table';
import { recordingLogger } from '../support/skill-harness';
import { audioIntent, onAudioDevice, playbackEvent, type PlayerReport } from '../support/audio-player';
import { expectTranscript, intent, request } from '../support/transcript';

const BASE_URL = 'https://d111111abcdef8.cloudfront.net';
const trackSpec = (id: string) => trackSpecIn(id, wordsFor('en-US'));
const BOX = { value: 'box breathing', id: 'box', slotType: 'BREATHING_TECHNIQUE' };

let table: PracticeTable;
let settingsApi: SettingsApiStub;
let store: DynamoPracticeStore;
let ownTime: DynamoOwnTimeStore;
let logger: ReturnType<typeof recordingLogger>;
let invoke: (event: RequestEnvelope) => Promise<ResponseEnvelope>;
let userNumber = 0;
let userId: string;
/** The tokens of the tracks Steady has started in this test's conversations, in order. */
let tracks: string[];

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
  const skill = createTestSkill({
    store,
    ownTime,
    logger,
    skillId: TEST_SKILL_ID,
    audio: { baseUrl: BASE_URL, failedPlayback: new ContainerMemory<number>() },
  });
  invoke = (event) => skill.invoke(event);
  userNumber += 1;
  userId = `${TEST_USER_ID}AUDIO${userNumber}`;
  tracks = [];
});

/** Every request is sent on the test evening: Wednesday 2 December 2026, 21:30 in London, the device's zone. */
const options = (): EnvelopeOptions => ({ userId, apiEndpoint: settingsApi.endpoint, timestamp: TEST_INSTANT });
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
const QUICK = { value: 'quick', id: 'quick', slotType: 'RELAXATION_LENGTH' };
const NOT_FOUND = { error: { type: 'MEDIA_ERROR_INVALID_REQUEST', message: '404 Not Found' } };

/** The user's conversation with Steady (this file's skill unless told), noting each track Steady starts. */
function talk(handler: (event: RequestEnvelope) => Promise<ResponseEnvelope> = invoke): Conversation {
  return new Conversation(async (envelope) => {
    const response = await handler(envelope);
    const play = playOf(response);
    if (play) tracks.push(play.audioItem.stream.token);
    return response;
  }, options());
}

/** The first track Steady started in the test, and the same track once it is played again. */
const firstTrack = (): string => tracks[0]!;
const firstTrackAgain = (): string => encodeToken({ ...issued(firstTrack())!, again: true }, testSealer, userId);

const testSealer = sealerWith(TEST_SIGNING_KEY);
/** The play a token names, if Steady issued it to this test's user. */
const issued = (token: string): PlayToken | undefined => parseToken(token, testSealer, userId);

/** What the Echo reports of Steady's track with a request (the first track unless told), read as the request is sent. */
const player =
  (playerActivity: NonNullable<PlayerReport['playerActivity']>, offsetInMilliseconds?: number, token: () => string = firstTrack) =>
  (): PlayerReport => ({ token: token(), playerActivity, ...(offsetInMilliseconds === undefined ? {} : { offsetInMilliseconds }) });

/** An intent from an Echo that plays audio, reporting its player. */
const onEcho = (name: string, slots: Record<string, SlotInput | undefined> = {}, report: () => PlayerReport = () => ({})) =>
  request((o) => audioIntent(name, slots, report(), o));

/** An AudioPlayer or PlaybackController event from the Echo. */
const fromEcho = (type: string, report: () => PlayerReport, extra: Record<string, unknown> = {}) =>
  request((o) => playbackEvent(type, report(), extra, o));

const BOX_20 = { technique: BOX, duration: 'PT20M' };
const BOX_20_STARTS_TRACK = [
  'U: Alexa, ask Steady for twenty minutes of box breathing',
  onEcho(Intents.Breathe, BOX_20),
  'A: Breathe in two three four … That is box breathing … [plays]',
] as const;

describe('a 20-minute box session', () => {
  it('speaks the start, hands over to the track, counts once when it starts, and pauses and resumes at the offset', async () => {
    const conversation = talk();
    const [start] = await expectTranscript(conversation, [
      'U: Alexa, ask Steady for twenty minutes of box breathing',
      onEcho(Intents.Breathe, BOX_20),
      'A: Breathe in two three four … That is box breathing. … Four even sides. … ' +
        'Tones pace you next. … Rising tone, in. … In Rest Falling tone, out. [plays]',
    ]);
    // Breathe first: the bell, then the first breath counted aloud, before any explanation.
    expect(speechOf(start!)).toMatch(/^<speak><audio src='soundbank:[^']+'\/>.{0,40}Breathe in/);
    expect(speechOf(start!)).not.toContain(ONE_REPLY_NOTICE);
    expect(start!.response.shouldEndSession).toBe(true);
    expect(start!.response.reprompt).toBeUndefined();
    const play = playOf(start!)!;
    expect(play.playBehavior).toBe('REPLACE_ALL');
    expect(play.audioItem.stream.url).toBe(`${BASE_URL}/tracks/${trackKey(trackSpec('breathing-box-20')!)}.mp3`);
    expect(play.audioItem.stream.offsetInMilliseconds).toBe(0);
    expect(issued(firstTrack())?.trackId).toBe('breathing-box-20');
    // Nothing is counted until the track plays.
    expect((await store.readHistory(userId)).history.sessions).toBe(0);

    await expectTranscript(conversation, [
      'U: (the track starts playing)',
      fromEcho('AudioPlayer.PlaybackStarted', player('PLAYING', 0)),
      'A: [silent]',
    ]);
    const counted = (await store.readHistory(userId)).history;
    expect(counted).toMatchObject({ sessions: 1, practices: { breathing: 1 } });
    expect(counted.minutes).toBeGreaterThanOrEqual(19.5);

    const [paused, , resumed, , over] = await expectTranscript(conversation, [
      'U: Alexa, pause',
      onEcho(Intents.Pause, {}, player('PLAYING', 312_400)),
      'A: [silent] [ends]',
      'U: (the track stops)',
      fromEcho('AudioPlayer.PlaybackStopped', player('STOPPED', 312_650)),
      'A: [silent]',
      'U: Alexa, resume',
      onEcho(Intents.Resume, {}, player('STOPPED', 312_650)),
      'A: [silent] [plays]',
      // Resumed, it starts again at an offset: not a second practice.
      'U: (the track starts playing again)',
      fromEcho('AudioPlayer.PlaybackStarted', player('PLAYING', 312_650, firstTrackAgain)),
      'U: Alexa, start over',
      onEcho(Intents.StartOver, {}, player('PLAYING', 400_000, firstTrackAgain)),
      'A: [plays]',
      // Started over, the same play starts from 0 again: still the one session, even once the
      // record no longer holds the first start's answer (ten minutes on, or after other practices).
      'U: (the track starts from the beginning)',
      fromEcho('AudioPlayer.PlaybackStarted', player('PLAYING', 0, firstTrackAgain)),
    ]);
    expect(directivesOf(paused!).map((d) => d.type)).toEqual(['AudioPlayer.Stop']);
    // Played again, the token says so: its start was counted already, whatever the record still holds.
    expect(playOf(resumed!)!.audioItem.stream).toMatchObject({
      url: play.audioItem.stream.url,
      token: firstTrackAgain(),
      offsetInMilliseconds: 312_650,
    });
    expect(playOf(over!)!.audioItem.stream).toMatchObject({ token: firstTrackAgain(), offsetInMilliseconds: 0 });
    expect((await store.readHistory(userId)).history.sessions).toBe(1);

    const [stop] = await expectTranscript(conversation, [
      'U: Alexa, stop',
      onEcho(Intents.Stop, {}, player('PLAYING', 10_000)),
      'A: [silent] [ends]',
      'U: (the track finishes)',
      fromEcho('AudioPlayer.PlaybackFinished', player('FINISHED', 1_160_000)),
      'A: [silent]',
    ]);
    expect(
      directivesOf(stop!)
        .map((d) => d.type)
        .sort(),
    ).toEqual(['AudioPlayer.ClearQueue', 'AudioPlayer.Stop']);
  });

  it('says its spoken start in the night voice and without bells when the user asked for them, the track unchanged', async () => {
    await store.savePreferences(userId, { softVoiceAtNight: true, bells: false }, TEST_INSTANT.getTime());
    const r = await ask('BreatheIntent', { technique: BOX, duration: 'PT20M' });
    expect(speechOf(r)).not.toMatch(/soundbank:/);
    expect(speechOf(r)).toMatch(/^<speak><prosody[^>]*volume='soft'>Breathe in<\/prosody>/);
    expect(playOf(r)!.audioItem.stream.url).toBe(`${BASE_URL}/tracks/${trackKey(trackSpec('breathing-box-20')!)}.mp3`);
  });

  it('plays the button presses silently: play resumes at the offset, pause stops', async () => {
    const [, play, pause] = await expectTranscript(talk(), [
      ...BOX_20_STARTS_TRACK,
      'U: (presses play on the Echo)',
      fromEcho('PlaybackController.PlayCommandIssued', player('PAUSED', 5000)),
      'A: [silent] [plays]',
      'U: (presses pause)',
      fromEcho('PlaybackController.PauseCommandIssued', player('PLAYING', 7000)),
      'A: [silent]',
      'U: (presses next)',
      fromEcho('PlaybackController.NextCommandIssued', player('PLAYING', 7000)),
      'A: [silent]',
      'U: (presses previous)',
      fromEcho('PlaybackController.PreviousCommandIssued', player('PLAYING', 7000)),
      'A: [silent]',
    ]);
    expect(playOf(play!)!.audioItem.stream.offsetInMilliseconds).toBe(5000);
    expect(directivesOf(pause!).map((d) => d.type)).toEqual(['AudioPlayer.Stop']);
  });

  it('resumes with no offset known by starting again, kindly, and says so when nothing is paused', async () => {
    const [, again, nothing] = await expectTranscript(talk(), [
      ...BOX_20_STARTS_TRACK,
      'U: Alexa, resume',
      onEcho(Intents.Resume, {}, player('STOPPED')),
      "A: I couldn't find where we left off, so let's start again from the beginning. [plays]",
      'U: Alexa, resume',
      onEcho(Intents.Resume),
      "A: There's nothing paused right now. You can say, help me breathe, or help me sleep. [ends]",
    ]);
    expect(playOf(again!)!.audioItem.stream.offsetInMilliseconds).toBe(0);
    expect(playOf(nothing!)).toBeUndefined();
  });

  it('answers next, previous, loop and shuffle kindly and briefly', async () => {
    const noSkipping =
      "A: Each Steady session plays from start to finish, so there's nothing to skip to. You can say pause, resume, or start over. [ends]";
    const noLooping = "A: Steady's sessions play once, from start to finish. You can say start over to hear one again. [ends]";
    await expectTranscript(talk(), [
      ...BOX_20_STARTS_TRACK,
      'U: Alexa, next',
      onEcho(Intents.Next, {}, player('PLAYING', 1000)),
      noSkipping,
      'U: Alexa, previous',
      onEcho(Intents.Previous, {}, player('PLAYING', 1000)),
      noSkipping,
      'U: Alexa, loop on',
      onEcho(Intents.LoopOn, {}, player('PLAYING', 1000)),
      noLooping,
      'U: Alexa, loop off',
      onEcho(Intents.LoopOff, {}, player('PLAYING', 1000)),
      noLooping,
      'U: Alexa, shuffle on',
      onEcho(Intents.ShuffleOn, {}, player('PLAYING', 1000)),
      noLooping,
      'U: Alexa, shuffle off',
      onEcho(Intents.ShuffleOff, {}, player('PLAYING', 1000)),
      noLooping,
      'U: Alexa, repeat',
      onEcho(Intents.Repeat, {}, player('PLAYING', 1000)),
      'A: To hear this session from the beginning, say start over.',
    ]);
  });

  it('a short session is still spoken in one response, with no track', async () => {
    const r = await ask('BreatheIntent', { technique: BOX, duration: 'PT3M' });
    expect(playOf(r)).toBeUndefined();
    expect(speechOf(r).length).toBeGreaterThan(500);
  });
});

describe('the full muscle relaxation', () => {
  it('plays the sixteen-group track on a device that plays audio, and counts it once when it starts', async () => {
    const minutes = Math.round(trackSpec('pmr-full')!.minutes);
    const conversation = talk();
    const [r] = await expectTranscript(conversation, [
      'U: Alexa, ask Steady for the full muscle relaxation',
      onEcho(Intents.Relax, { length: FULL }),
      `A: Here's the full muscle relaxation, about ${minutes} minutes. [plays]`,
    ]);
    const play = playOf(r!)!;
    expect(issued(play.audioItem.stream.token)!.trackId).toBe('pmr-full');
    expect(play.audioItem.stream.url).toBe(`${BASE_URL}/tracks/${trackKey(trackSpec('pmr-full')!)}.mp3`);
    expect(r!.response.shouldEndSession).toBe(true);
    expect((await store.readHistory(userId)).history.sessions).toBe(0);

    await expectTranscript(conversation, ['U: (the track starts playing)', fromEcho('AudioPlayer.PlaybackStarted', player('PLAYING', 0))]);
    const history = (await store.readHistory(userId)).history;
    expect(history).toMatchObject({ sessions: 1, practices: { relaxation: 1 } });
    expect(history.minutes).toBeGreaterThan(11);
  });

  it('speaks the shorter relaxations in one reply even where tracks play', async () => {
    const [r] = await expectTranscript(talk(), [
      'U: Alexa, ask Steady for a quick muscle relaxation',
      onEcho(Intents.Relax, { length: QUICK }),
      'A: … When I say now, tense the part I name, … Start with both arms. … And… relax. … Four. … One. … [ends]',
    ]);
    expect(playOf(r!)).toBeUndefined();
  });

  it('on a device without AudioPlayer is the seven-part version, the reason said once', async () => {
    const [r] = await expectTranscript(talk(), [
      'U: Alexa, ask Steady for the full muscle relaxation',
      intent(Intents.Relax, { length: FULL }),
      "A: Breathe in, slowly … The full relaxation takes longer than I can speak in one go, so we'll do the seven-part version. … " +
        'When I say now, tense the part I name, … Start with your dominant arm, the one you write with. … ' +
        'One. If your eyes are closed, open them, and take in the room. … [ends]',
    ]);
    expect(playOf(r!)).toBeUndefined();
    expect(times(speechOf(r!), "The full relaxation takes longer than I can speak in one go, so we'll do the seven-part version.")).toBe(1);
    expect(speechOf(r!)).not.toMatch(/play as audio|didn't play/);
    expect((await store.readHistory(userId)).history).toMatchObject({ sessions: 1, practices: { relaxation: 1 } });
  });
});

describe('someone in crisis while a track plays', () => {
  it('hears the crisis answer, and the track is stopped so it does not play over the numbers', async () => {
    const [, r] = await expectTranscript(talk(), [
      'U: Alexa, ask Steady for twenty minutes of box breathing',
      onEcho(Intents.Breathe, { duration: 'PT20M', technique: 'box' }),
      'A: … [plays]',
      'U: Alexa, tell Steady I want to end it all',
      onEcho(Intents.Crisis, {}, player('PLAYING', 90_000)),
      "A: I'm really glad you told me … Please call or text nine eight eight, the Suicide and Crisis Lifeline. … " +
        'Would you like me to say the number again? You can say: repeat. [listening]',
    ]);
    expect(directivesOf(r!).map((d) => d.type)).toEqual(['AudioPlayer.Stop']);
  });

  it("sends no audio directive when nothing of Steady's is playing", async () => {
    const r = await ask('CrisisIntent', {});
    expect(directivesOf(r)).toEqual([]);
  });
});

/** The end of Wednesday 2 December's wind-down, as heard. */
const GOODNIGHT = 'Let tonight be easy. Let sleep come, in its own time. Goodnight.';

describe('bedtime with sleep sounds', () => {
  it('speaks the wind-down and plays 30 minutes of sleep sounds from the same reply, and stops on "Alexa, stop"', async () => {
    const conversation = talk();
    const [r] = await expectTranscript(conversation, [
      'U: Alexa, ask Steady to help me sleep with sleep sounds',
      onEcho(Intents.SleepSounds),
      `A: Breathe in, slowly … Let's get ready for sleep. … ${GOODNIGHT} [plays]`,
    ]);
    // Bedtime fits one reply: it is spoken, and the sleep sounds follow it, as AudioPlayer plays after outputSpeech.
    expect(speechOf(r!).length).toBeGreaterThan(2000);
    expect(speechOf(r!)).toMatch(/^<speak><audio src='soundbank:/);
    expect(r!.response.shouldEndSession).toBe(true);
    expect(r!.response.reprompt).toBeUndefined();
    const play = playOf(r!)!;
    expect(play.playBehavior).toBe('REPLACE_ALL');
    expect(play.audioItem.stream.url).toBe(`${BASE_URL}/tracks/${trackKey(trackSpec('sleep-pink-30')!)}.mp3`);
    expect(issued(play.audioItem.stream.token)!.trackId).toBe('sleep-pink-30');
    // The wind-down is the practice, counted as it is guided; the sleep sounds are not practice.
    expect((await store.readHistory(userId)).history).toMatchObject({ sessions: 1, practices: { bedtime: 1 } });
    await expectTranscript(conversation, ['U: (the sleep sounds start)', fromEcho('AudioPlayer.PlaybackStarted', player('PLAYING', 0))]);
    expect((await store.readHistory(userId)).history.sessions).toBe(1);

    const [nearly, stop] = await expectTranscript(conversation, [
      'U: (the sleep sounds are nearly over)',
      fromEcho('AudioPlayer.PlaybackNearlyFinished', player('PLAYING', 1_700_000)),
      'A: [silent]',
      'U: Alexa, stop',
      onEcho(Intents.Stop, {}, player('PLAYING', 60_000)),
      'A: [silent] [ends]',
    ]);
    expect(nearly!.response.directives ?? []).toEqual([]);
    expect(
      directivesOf(stop!)
        .map((d) => d.type)
        .sort(),
    ).toEqual(['AudioPlayer.ClearQueue', 'AudioPlayer.Stop']);
  });

  it('keeps sleep sounds as a preference: every bedtime ends with them until the user says no more', async () => {
    const habit = (id: 'always' | 'never', value: string) => ({ value, id, slotType: 'SLEEP_SOUNDS_HABIT' });
    const conversation = talk();
    const [plain, always] = await expectTranscript(conversation, [
      'U: Alexa, ask Steady for bedtime',
      onEcho(Intents.Bedtime),
      `A: Breathe in, slowly … Let's get ready for sleep. … ${GOODNIGHT} [ends]`,
      'U: Alexa, tell Steady to end bedtime with an hour of sleep sounds every night',
      onEcho(Intents.SleepSounds, { habit: habit('always', 'every night'), duration: 'PT1H' }),
      "A: Okay. From now on, bedtime will end with 60 minutes of soft sleep sounds. Say, help me sleep, when you're ready. [ends]",
    ]);
    expect(playOf(plain!)).toBeUndefined();
    expect(speechOf(plain!).length).toBeGreaterThan(2000);
    expect(playOf(always!)).toBeUndefined();
    expect((await store.readHistory(userId)).history.preferences).toMatchObject({ sleepSoundsMinutes: 60 });

    const [bedtime, , quiet] = await expectTranscript(conversation, [
      'U: Alexa, ask Steady for bedtime',
      onEcho(Intents.Bedtime),
      `A: Breathe in, slowly … Let's get ready for sleep. … ${GOODNIGHT} [plays]`,
      'U: Alexa, tell Steady no more sleep sounds',
      onEcho(Intents.SleepSounds, { habit: habit('never', 'no more') }),
      'A: Okay. Bedtime will end in quiet from now on. [ends]',
      'U: Alexa, ask Steady for bedtime',
      onEcho(Intents.Bedtime),
      `A: Breathe in, slowly … ${GOODNIGHT} [ends]`,
    ]);
    expect(issued(playOf(bedtime!)!.audioItem.stream.token)!.trackId).toBe('sleep-pink-60');
    expect(speechOf(bedtime!).length).toBeGreaterThan(2000);
    expect(playOf(quiet!)).toBeUndefined();
  });

  it('asks for an hour of sleep sounds by duration', async () => {
    expect(issued(playOf(await ask('SleepSoundsIntent', { duration: 'PT1H' }))!.audioItem.stream.token)!.trackId).toBe('sleep-pink-60');
  });

  it('a device without AudioPlayer gets long breathing by voice, shortened to one reply, with the reason said once', async () => {
    const [r] = await expectTranscript(talk(), [
      'U: Alexa, ask Steady for twenty minutes of box breathing',
      intent(Intents.Breathe, BOX_20),
      "A: That's longer than I can speak in one go, so we'll breathe for about 8 minutes. … Breathe in two three four … " +
        'That is box breathing … I can feel uneasy and still be okay. [ends]',
    ]);
    expect(playOf(r!)).toBeUndefined();
    expect(times(speechOf(r!), ONE_REPLY_NOTICE)).toBe(1);
    expect(speechOf(r!)).not.toMatch(/nine minutes|play as audio/);
    const history = (await store.readHistory(userId)).history;
    expect(history.minutes).toBeGreaterThanOrEqual(7.5);
    expect(history.minutes).toBeLessThanOrEqual(9);
  });

  it('a skill deployed without tracks speaks everything, and says so for sleep sounds on a device that could play them', async () => {
    const untracked = createTestSkill({ store, ownTime, logger, skillId: TEST_SKILL_ID });
    const [sleep, long] = await expectTranscript(
      talk((envelope) => untracked.invoke(envelope)),
      [
        'U: Alexa, ask Steady to help me sleep with sleep sounds',
        onEcho(Intents.SleepSounds),
        "A: Sleep sounds aren't set up yet, so I'll guide your wind-down by voice, and let the quiet follow. " +
          `Breathe in, slowly … ${GOODNIGHT} [ends]`,
        'U: Alexa, ask Steady for twenty minutes of box breathing',
        onEcho(Intents.Breathe, BOX_20),
        "A: That's longer than I can speak in one go, so we'll breathe for about 8 minutes. … Breathe in two three four … [ends]",
      ],
    );
    expect(playOf(sleep!)).toBeUndefined();
    expect(playOf(long!)).toBeUndefined();
    expect(times(speechOf(long!), ONE_REPLY_NOTICE)).toBe(1);
  });

  it('a device without AudioPlayer gets bedtime by voice, with the reason said kindly', async () => {
    const [r] = await expectTranscript(talk(), [
      'U: Alexa, ask Steady to help me sleep with sleep sounds',
      intent(Intents.SleepSounds),
      "A: This device can't play sleep sounds, so I'll guide your wind-down by voice, and let the quiet follow. " +
        `Breathe in, slowly … Let's get ready for sleep. … ${GOODNIGHT} [ends]`,
    ]);
    expect(playOf(r!)).toBeUndefined();
    expect(speechOf(r!).length).toBeGreaterThan(2000);
  });
});

describe('faults', () => {
  it('logs a failed stream, and offers the next session by voice', async () => {
    const conversation = talk();
    const [, , short, next] = await expectTranscript(conversation, [
      ...BOX_20_STARTS_TRACK,
      'U: (the track fails to play: 404 Not Found)',
      fromEcho('AudioPlayer.PlaybackFailed', player('STOPPED', 0), NOT_FOUND),
      'A: [silent]',
      // A short session after it is spoken as always, and says nothing about the failure.
      'U: Alexa, ask Steady for three minutes of box breathing',
      onEcho(Intents.Breathe, { technique: BOX, duration: 'PT3M' }),
      'A: Breathe in two three four … That is box breathing … I can feel uneasy and still be okay. [ends]',
      // One message, the real reason: not the one-reply notice as well.
      'U: Alexa, ask Steady for twenty minutes of box breathing',
      onEcho(Intents.Breathe, BOX_20),
      "A: The audio didn't play last time, so I'll guide this one by voice, for about 8 minutes. … Breathe in two three four … " +
        'I can feel uneasy and still be okay. [ends]',
    ]);
    expect(logger.entries).toContainEqual(
      expect.objectContaining({ level: 'warn', message: 'track could not be played', errorType: 'MEDIA_ERROR_INVALID_REQUEST' }),
    );
    expect(speechOf(short!)).not.toMatch(/didn't play/);
    expect(playOf(next!)).toBeUndefined();
    expect(times(speechOf(next!), FAILED_NOTICE)).toBe(1);
    expect(speechOf(next!)).not.toContain(ONE_REPLY_NOTICE);
    expect(speechOf(next!).length).toBeGreaterThan(1000);
    // Spoken, it is counted when it is guided, for what one reply holds.
    const afterFallback = (await store.readHistory(userId)).history;
    expect(afterFallback.sessions).toBe(2);
    expect(afterFallback.minutes - 3).toBeGreaterThanOrEqual(7.5);

    // Offered once: the session after that tries the track again.
    await expectTranscript(conversation, BOX_20_STARTS_TRACK);
  });

  it('after a failed relaxation track, the next full relaxation is the seven-part version, the real reason said once', async () => {
    const [, , next] = await expectTranscript(talk(), [
      'U: Alexa, ask Steady for the full muscle relaxation',
      onEcho(Intents.Relax, { length: FULL }),
      "A: Here's the full muscle relaxation … [plays]",
      'U: (the track fails to play: 404 Not Found)',
      fromEcho('AudioPlayer.PlaybackFailed', player('STOPPED', 0), NOT_FOUND),
      'U: Alexa, ask Steady for the full muscle relaxation',
      onEcho(Intents.Relax, { length: FULL }),
      "A: Breathe in, slowly … The audio didn't play last time, so I'll guide the seven-part version by voice. … " +
        'When I say now, tense the part I name, … Start with your dominant arm, the one you write with. … [ends]',
    ]);
    expect(playOf(next!)).toBeUndefined();
    expect(times(speechOf(next!), "The audio didn't play last time, so I'll guide the seven-part version by voice.")).toBe(1);
    expect(speechOf(next!)).not.toContain('longer than I can speak');
  });

  it('after failed sleep sounds, the next bedtime is spoken and ends in quiet, said first', async () => {
    const [, , next] = await expectTranscript(talk(), [
      'U: Alexa, ask Steady to help me sleep with sleep sounds',
      onEcho(Intents.SleepSounds),
      `A: Breathe in, slowly … ${GOODNIGHT} [plays]`,
      'U: (the sleep sounds fail to play: 503)',
      fromEcho('AudioPlayer.PlaybackFailed', player('STOPPED', 0), { error: { type: 'MEDIA_ERROR_SERVICE_UNAVAILABLE', message: '503' } }),
      'U: Alexa, ask Steady to help me sleep with sleep sounds',
      onEcho(Intents.SleepSounds),
      "A: The sleep sounds didn't play last time, so tonight I'll let the quiet follow. Breathe in, slowly … " + `${GOODNIGHT} [ends]`,
      'U: Alexa, ask Steady to help me sleep with sleep sounds',
      onEcho(Intents.SleepSounds),
      `A: Breathe in, slowly … ${GOODNIGHT} [plays]`,
    ]);
    expect(playOf(next!)).toBeUndefined();
    // Said first: before the bell, too.
    expect(speechOf(next!).startsWith("<speak>The sleep sounds didn't play last time, so tonight I'll let the quiet follow.")).toBe(true);
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
