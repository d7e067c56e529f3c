import type { ResponseEnvelope } from 'ask-sdk-model';
import { InMemoryOwnTimeStore } from '../support/in-memory-own-time-store';
import { Intents } from '../../lambda/intents';
import { createSkill } from '../../lambda/skill';
import { estimateSpeechMs } from '../../lambda/speech/estimate';
import { Conversation, speechOf, TEST_SKILL_ID } from '../../tools/simulator';
import { ssmlPieces } from '../../tools/lib/ssml-pieces';
import { MAX_SPOKEN_RESPONSE_MS } from '../../lambda/speech/limits';
import { BELL, NIGHT_BELL } from '../../lambda/guidance/bell';
import { heardMs } from '../support/heard';
import { createTestSkill } from '../support/test-skill';
import { InMemoryPracticeStore } from '../support/in-memory-practice-store';
import { recordingLogger, startSkillUnderTest, type SkillUnderTest } from '../support/skill-harness';
import { expectValidAlexaSsml } from '../support/ssml';
import { expectTranscript, intent, launch } from '../support/transcript';

let skill: SkillUnderTest;
beforeAll(async () => {
  skill = await startSkillUnderTest({ timeZone: 'America/New_York' });
});
afterAll(async () => {
  await skill.close();
});

let userCounter = 0;
const newUser = () => `amzn1.ask.account.PREFERENCES${++userCounter}`;

/** 21:30 and 09:00 on 9 March 2026 in New York (EDT). */
const EVENING = new Date('2026-03-10T01:30:00Z');
const MORNING = new Date('2026-03-09T13:00:00Z');

const technique = (value: string, id?: string) =>
  id ? { value, id, slotType: 'BREATHING_TECHNIQUE' } : { value, resolved: false, slotType: 'BREATHING_TECHNIQUE' };

/** A skill in a container of its own: its modules, and so its per-user memory, start empty. */
function skillInAFreshContainer(): (event: Parameters<SkillUnderTest['handler']>[0]) => Promise<ResponseEnvelope> {
  let fresh!: { createSkill: typeof createSkill };
  jest.isolateModules(() => {
    fresh = jest.requireActual('../../lambda/skill');
  });
  expect(fresh.createSkill).not.toBe(createSkill);
  const instance = createTestSkill({
    create: fresh.createSkill,
    store: skill.store,
    ownTime: skill.ownTime,
    logger: recordingLogger(),
    skillId: TEST_SKILL_ID,
  });
  return (event) => instance.invoke(event);
}

/** Minutes the response takes to say, on the skill's own estimate. */
function spokenMinutes(response: ResponseEnvelope): number {
  const ms = ssmlPieces(speechOf(response)).reduce(
    (sum, piece) =>
      sum + (piece.kind === 'pause' ? piece.ms : piece.kind === 'speech' ? estimateSpeechMs(piece.text, piece.voice.ratePercent) : 0),
    0,
  );
  return ms / 60_000;
}

describe('"make box breathing my default"', () => {
  it('is said back, stored with the practice record, and used by the next "help me breathe"', async () => {
    const userId = newUser();
    const [saved] = await expectTranscript(skill.conversation({ userId }), [
      'U: Alexa, tell Steady to make box breathing my default',
      intent(Intents.PreferTechnique, { technique: technique('box breathing', 'box') }),
      'A: Done. Box breathing is now your default. Just say: help me breathe. [ends]',
      'U: Alexa, ask Steady to help me breathe',
      intent(Intents.Breathe),
      'A: … That is box breathing … Breathe out … [ends]',
    ]);
    await expectValidAlexaSsml(speechOf(saved));
    expect((await skill.store.readHistory(userId)).history.preferences).toEqual({ technique: 'box' });
  });

  it('is used in a new container too, read from the table rather than remembered', async () => {
    const userId = newUser();
    await skill.conversation({ userId }).intent(Intents.PreferTechnique, { technique: technique('four seven eight', '478') });
    const coldStart = new Conversation(skillInAFreshContainer(), { apiEndpoint: skill.settingsApi.endpoint, userId });
    const next = await coldStart.intent(Intents.Breathe);
    expect(speechOf(next)).toContain('four seven eight.');
  });

  it('keeps the other preferences: a default length stays when the technique changes', async () => {
    const userId = newUser();
    await skill.conversation({ userId }).intent(Intents.PreferLength, { duration: 'PT5M' });
    await skill.conversation({ userId }).intent(Intents.PreferTechnique, { technique: technique('resonance', 'resonance') });
    expect((await skill.store.readHistory(userId)).history.preferences).toEqual({ minutes: 5, technique: 'resonance' });
  });

  it('saves the technique the words name when entity resolution matched none ("the belly breathing")', async () => {
    const userId = newUser();
    const saved = await skill.conversation({ userId }).intent(Intents.PreferTechnique, { technique: technique('the belly breathing') });
    expect(speechOf(saved)).toContain('Belly breathing is now your default.');
    expect((await skill.store.readHistory(userId)).history.preferences).toEqual({ technique: 'belly' });
  });

  it('saves nothing from words that are more than a name ("anything but box", "a calm voice")', async () => {
    const userId = newUser();
    for (const words of ['anything but box', 'a calm voice']) {
      const answer = await skill.conversation({ userId }).intent(Intents.PreferTechnique, { technique: technique(words) });
      expect(speechOf(answer)).toContain('make box breathing my default');
    }
    expect((await skill.store.readHistory(userId)).history.preferences).toEqual({});
  });

  it('names what it can make the default when the technique is unknown or missing, and saves nothing', async () => {
    const userId = newUser();
    const unknown = await skill.conversation({ userId }).intent(Intents.PreferTechnique, { technique: technique('dragon breathing') });
    expect(speechOf(unknown)).toContain('I don&apos;t know dragon breathing yet.');
    expect(speechOf(unknown)).toContain('make box breathing my default');
    const missing = await skill.conversation({ userId }).intent(Intents.PreferTechnique);
    await expectValidAlexaSsml(speechOf(missing));
    expect((await skill.store.readHistory(userId)).history.preferences).toEqual({});
  });

  it('after "open Steady", says the change and asks what next', async () => {
    await expectTranscript(skill.conversation({ userId: newUser() }), [
      'U: open Steady',
      launch(),
      'A: Welcome to Steady. … What would you like? [listening]',
      'U: make box my default',
      intent(Intents.PreferTechnique, { technique: technique('box', 'box') }),
      'A: Done. Box breathing is now your default. Just say: help me breathe. What would you like to do now? [listening]',
      'U: help me breathe',
      intent(Intents.Breathe),
      'A: … That is box breathing … Breathe out …',
    ]);
  });
});

describe('"help me breathe" in a container that has not seen the user', () => {
  it('with nothing saved: calm breathing, recorded', async () => {
    const userId = newUser();
    const fresh = new Conversation(skillInAFreshContainer(), { apiEndpoint: skill.settingsApi.endpoint, userId });
    expect(speechOf(await fresh.intent(Intents.Breathe))).toContain('calm breathing.');
    expect((await skill.store.readHistory(userId)).history).toMatchObject({ sessions: 1, practices: { breathing: 1 } });
  });

  it('with a saved default: the default, recorded once', async () => {
    const userId = newUser();
    await skill.conversation({ userId }).intent(Intents.PreferTechnique, { technique: technique('box', 'box') });
    const fresh = new Conversation(skillInAFreshContainer(), { apiEndpoint: skill.settingsApi.endpoint, userId });
    expect(speechOf(await fresh.intent(Intents.Breathe))).toContain('That is box breathing');
    expect((await skill.store.readHistory(userId)).history).toMatchObject({ sessions: 1, practices: { breathing: 1 } });
  });

  it('with only the night voice saved: softer in the evening', async () => {
    const userId = newUser();
    await skill.conversation({ userId }).intent(Intents.SoftVoiceAtNight);
    const fresh = new Conversation(skillInAFreshContainer(), { apiEndpoint: skill.settingsApi.endpoint, userId, timestamp: EVENING });
    expect(speechOf(await fresh.intent(Intents.Breathe))).toContain("volume='soft'");
  });

  it('follows a default changed through another container at once', async () => {
    const userId = newUser();
    const here = new Conversation(skillInAFreshContainer(), { apiEndpoint: skill.settingsApi.endpoint, userId });
    const elsewhere = new Conversation(skillInAFreshContainer(), { apiEndpoint: skill.settingsApi.endpoint, userId });
    expect(speechOf(await here.intent(Intents.Breathe))).toContain('calm breathing.');
    await elsewhere.intent(Intents.PreferTechnique, { technique: technique('four seven eight', '478') });
    expect(speechOf(await here.intent(Intents.Breathe))).toContain('four seven eight.');
  });
});

describe('"I like five-minute sessions"', () => {
  it('is said back and honoured by the next session', async () => {
    const userId = newUser();
    const saved = await skill.conversation({ userId }).intent(Intents.PreferLength, { duration: 'PT5M' });
    expect(speechOf(saved)).toContain('Your sessions will be 5 minutes long from now on');
    const next = await skill.conversation({ userId }).intent(Intents.Breathe);
    expect(spokenMinutes(next)).toBeGreaterThan(4.5);
    expect(spokenMinutes(next)).toBeLessThan(5.5);
  });

  it('keeps a length within 1 to 20 minutes, and says so', async () => {
    const userId = newUser();
    const saved = await skill.conversation({ userId }).intent(Intents.PreferLength, { duration: 'PT1H' });
    expect(speechOf(saved)).toContain('I guide sessions of 1 to 20 minutes.');
    expect((await skill.store.readHistory(userId)).history.preferences).toEqual({ minutes: 20 });
  });

  it('asks how long when the length is not understood', async () => {
    const response = await skill.conversation({ userId: newUser() }).intent(Intents.PreferLength, { duration: 'PT?M' });
    expect(speechOf(response)).toContain('How long would you like your sessions?');
  });
});

describe('"use a softer voice at night"', () => {
  it('a 20-minute saved length, at night in the soft voice, is still one reply of at most nine minutes', async () => {
    const userId = `amzn1.ask.account.CAP${Date.now()}`;
    await skill.conversation({ userId }).intent(Intents.SoftVoiceAtNight);
    await skill.conversation({ userId }).intent(Intents.PreferLength, { duration: 'PT20M' });
    const night = await skill.conversation({ userId, timestamp: EVENING }).intent(Intents.Breathe);
    const ssml = speechOf(night);
    expect(ssml).toContain('longer than I can speak in one go');
    expect(heardMs(ssml)).toBeLessThanOrEqual(MAX_SPOKEN_RESPONSE_MS);
    const loud = ssmlPieces(ssml).filter((p) => p.kind === 'speech' && p.voice.volume !== 'soft' && p.voice.volume !== 'x-soft');
    expect(loud).toEqual([]);
  });

  it('is said back, then guides in a softer, slower voice in the evening and the usual one in the morning', async () => {
    const userId = newUser();
    const saved = await skill.conversation({ userId }).intent(Intents.SoftVoiceAtNight);
    expect(speechOf(saved)).toContain('from 8 PM to 6 AM, I&apos;ll guide you in a softer, slower voice');

    const evening = await skill.conversation({ userId, timestamp: EVENING }).intent(Intents.Breathe);
    await expectValidAlexaSsml(speechOf(evening));
    const eveningVoices = ssmlPieces(speechOf(evening)).flatMap((p) => (p.kind === 'speech' ? [p.voice] : []));
    expect(eveningVoices.every((voice) => voice.volume === 'soft')).toBe(true);
    // The cues keep their timing; the guide's words around them are slower.
    expect(Math.min(...eveningVoices.map((voice) => voice.ratePercent))).toBeLessThan(90);

    const morning = await skill.conversation({ userId, timestamp: MORNING }).intent(Intents.Breathe);
    expect(speechOf(morning)).not.toContain('volume');
  });

  it('softens muscle relaxation at night too, even for a request that names everything', async () => {
    const userId = newUser();
    await skill.conversation({ userId }).intent(Intents.SoftVoiceAtNight);
    const relax = await skill.conversation({ userId, timestamp: EVENING }).intent(Intents.Relax);
    await expectValidAlexaSsml(speechOf(relax));
    expect(speechOf(relax)).toContain("volume='soft'");
    const named = await skill
      .conversation({ userId, timestamp: EVENING })
      .intent(Intents.Breathe, { technique: technique('box', 'box'), duration: 'PT3M' });
    expect(speechOf(named)).toContain("volume='soft'");
  });

  it('"use my normal voice at night" turns it off', async () => {
    const userId = newUser();
    await skill.conversation({ userId }).intent(Intents.SoftVoiceAtNight);
    const off = await skill.conversation({ userId }).intent(Intents.NormalVoiceAtNight);
    expect(speechOf(off)).toContain('everyday voice at night too');
    const evening = await skill.conversation({ userId, timestamp: EVENING }).intent(Intents.Breathe);
    expect(speechOf(evening)).not.toContain('volume');
  });
});

describe('late in the evening, with nothing asked', () => {
  /** 23:30 and 10:30 on 2 December 2026 in New York (EST). */
  const LATE = new Date('2026-12-03T04:30:00Z');
  const MID_MORNING = new Date('2026-12-02T15:30:00Z');
  const voicesOf = (response: ResponseEnvelope) => ssmlPieces(speechOf(response)).flatMap((p) => (p.kind === 'speech' ? [p.voice] : []));
  const soundsOf = (response: ResponseEnvelope) => ssmlPieces(speechOf(response)).flatMap((p) => (p.kind === 'sound' ? [p.src] : []));
  const meanRate = (response: ResponseEnvelope) => {
    const voices = voicesOf(response);
    return voices.reduce((sum, voice) => sum + voice.ratePercent, 0) / voices.length;
  };

  it('at 23:30 the session is softer and slower, with a softer bell, than at 10:30', async () => {
    const userId = newUser();
    const late = await skill.conversation({ userId, timestamp: LATE }).intent(Intents.Breathe);
    const morning = await skill.conversation({ userId, timestamp: MID_MORNING }).intent(Intents.Breathe);
    await expectValidAlexaSsml(speechOf(late));
    expect(voicesOf(late).every((voice) => voice.volume === 'soft' || voice.volume === 'x-soft')).toBe(true);
    expect(speechOf(morning)).not.toContain('volume');
    expect(meanRate(late)).toBeLessThan(meanRate(morning));
    expect(soundsOf(late)).toEqual([NIGHT_BELL.src, NIGHT_BELL.src]);
    expect(soundsOf(morning)).toEqual([BELL.src, BELL.src]);
    expect((await skill.store.readHistory(userId)).history.preferences ?? {}).toEqual({});
  });

  it('the launch and the help say so, late only, and not after "normal voice at night"', async () => {
    const userId = newUser();
    const late = await skill.conversation({ userId, timestamp: LATE }).launch();
    expect(speechOf(late).split('normal voice at night').length - 1).toBe(1);
    expect(speechOf(late)).toContain('keep my voice soft');
    expect(speechOf(await skill.conversation({ userId, timestamp: MID_MORNING }).launch())).not.toContain('voice soft');
    expect(speechOf(await skill.conversation({ userId, timestamp: LATE }).intent(Intents.Help))).toContain('softer now');
    expect(speechOf(await skill.conversation({ userId, timestamp: MID_MORNING }).intent(Intents.Help))).not.toContain('softer');
    await skill.conversation({ userId }).intent(Intents.NormalVoiceAtNight);
    expect(speechOf(await skill.conversation({ userId, timestamp: LATE }).launch())).not.toContain('voice soft');
    expect(speechOf(await skill.conversation({ userId, timestamp: LATE }).intent(Intents.Help))).not.toContain('softer');
    const normal = await skill.conversation({ userId, timestamp: LATE }).intent(Intents.Breathe);
    expect(speechOf(normal)).not.toContain('volume');
  });
});

describe('"reset my preferences"', () => {
  it('undoes them and says so; the next session is calm breathing again', async () => {
    const userId = newUser();
    await skill.conversation({ userId }).intent(Intents.PreferTechnique, { technique: technique('box', 'box') });
    await skill.conversation({ userId }).intent(Intents.SoftVoiceAtNight);
    const reset = await skill.conversation({ userId }).intent(Intents.ResetPreferences);
    expect(speechOf(reset)).toContain('I&apos;ve reset your preferences');
    expect((await skill.store.readHistory(userId)).history.preferences).toEqual({});
    const next = await skill.conversation({ userId, timestamp: EVENING }).intent(Intents.Breathe);
    expect(speechOf(next)).toContain('calm breathing.');
    expect(speechOf(next)).not.toContain('volume');
  });
});

describe('when the table cannot be reached', () => {
  it('says kindly that the change was not saved', async () => {
    const store = new InMemoryPracticeStore();
    store.unavailable = true;
    const logger = recordingLogger();
    const offline = createTestSkill({ store, ownTime: new InMemoryOwnTimeStore(store), logger, skillId: TEST_SKILL_ID });
    const talk = new Conversation((event) => offline.invoke(event), { apiEndpoint: skill.settingsApi.endpoint });
    for (const [intent, slots] of [
      [Intents.PreferTechnique, { technique: technique('box', 'box') }],
      [Intents.SoftVoiceAtNight, {}],
      [Intents.ResetPreferences, {}],
    ] as const) {
      const response = await talk.intent(intent, slots);
      expect(speechOf(response)).toContain('I couldn&apos;t save that just now');
    }
    expect(JSON.stringify(logger.entries)).not.toContain('amzn1.ask.account');
  });
});
