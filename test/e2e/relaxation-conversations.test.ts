import type { ResponseEnvelope } from 'ask-sdk-model';
import { randomUUID } from 'node:crypto';
import { wordsFor } from '../../lambda/content/words';
import { Intents } from '../../lambda/intents';
import { summarisePractice } from '../../lambda/practice/practice-summary';
import { MAX_SPOKEN_RESPONSE_MS } from '../../lambda/speech/limits';
import { repromptOf, speechOf, loadInteractionModel, Nlu } from '../../tools/simulator';
import { ssmlPieces } from '../../tools/lib/ssml-pieces';
import { firstBreathMs, heardMs } from '../support/heard';
import { startSkillUnderTest, type SkillUnderTest } from '../support/skill-harness';
import { expectValidAlexaSsml } from '../support/ssml';
import { expectTranscript, heardWords, sayThroughModel, understood } from '../support/transcript';

const STARTING_NOW = wordsFor('en-US').safety.distress.startingNow;

const nlu = new Nlu(loadInteractionModel('en-US'));

let skill: SkillUnderTest;
beforeAll(async () => {
  skill = await startSkillUnderTest({ timeZone: 'Europe/Berlin' });
});
afterAll(async () => {
  await skill.close();
});

const newUser = () => `amzn1.ask.account.RELAX${randomUUID().replace(/-/g, '').toUpperCase()}`;

/** A hands-free session: valid SSML, nothing left listening, never a question. */
async function expectHandsFree(response: ResponseEnvelope): Promise<void> {
  await expectValidAlexaSsml(speechOf(response));
  expect(response.response.shouldEndSession).toBe(true);
  expect(repromptOf(response)).toBeUndefined();
  expect(heardWords(response)).not.toContain('?');
}

const count = (text: string, part: string): number => text.split(part).length - 1;

/** A clock that moves on to the next of `times` with each request, and stays on the last. */
function oneRequestAt(...times: Date[]): () => Date {
  let next = 0;
  return () => times[Math.min(next++, times.length - 1)]!;
}

const SEVEN_PART = "The full relaxation takes longer than I can speak in one go, so we'll do the seven-part version. ";

const MUSCLE_RELAXATION = [
  ['ask steady for progressive muscle relaxation', 7, ''],
  ['ask steady to relax my muscles', 7, ''],
  ['ask steady to help me relax my body', 7, ''],
  ['ask steady for a quick body relaxation', 4, ''],
  // Sixteen groups cannot be said in nine minutes: the seven-group version is said, with why.
  ['ask steady for full muscle relaxation', 7, SEVEN_PART],
] as const;

describe('muscle relaxation', () => {
  it.each(MUSCLE_RELAXATION)('"%s" relaxes %i muscle groups, hands-free', async (utterance, groups, why) => {
    const [response] = await expectTranscript(skill.conversation({ userId: newUser() }), [
      `U: ${utterance}`,
      understood(nlu, Intents.Relax),
      `A: Breathe in, slowly And out ${why}… eyes … ` +
        'When I say now, tense the part I name, … ' +
        'If any part of you is painful or injured, never tense it. … Go gently with your calves and feet, as they can cramp. … ' +
        'Notice where any tension remains, and let it soften as you breathe out. … ' +
        "In a moment, I'll count back from four to one, … Four. … One. If your eyes are closed, open them, … [ends]",
    ]);
    await expectHandsFree(response!);
    expect(count(heardWords(response!), 'And… relax.')).toBe(groups);
    // The user's own words close it, introduced as such in the day's words.
    expect(heardWords(response!)).toMatch(
      /(If it helps, say to yourself|You could tell yourself|Some words to keep|Try saying, quietly|You might remind yourself): [^.]+\.$/,
    );
    expect(firstBreathMs(speechOf(response))).toBeLessThanOrEqual(4000);
    expect(heardMs(speechOf(response))).toBeLessThanOrEqual(MAX_SPOKEN_RESPONSE_MS);
  });
});

describe('grounding', () => {
  it.each(['ask steady to ground me', 'ask steady for the five four three two one exercise', 'open steady and help me feel grounded'])(
    '"%s" walks through all five senses in order, hands-free',
    async (utterance) => {
      const [response] = await expectTranscript(skill.conversation({ userId: newUser() }), [
        `U: ${utterance}`,
        understood(nlu, Intents.Grounding),
        'A: Breathe in, slowly And out … five things you can see … Two Three Four Five … four things you can feel … ' +
          'three things you can hear … Two Three … two things you can smell … Two … one thing you can taste … ' +
          'Breathe in slowly through your nose And breathe out, long and slow … [ends]',
      ]);
      await expectHandsFree(response!);
      expect(heardWords(response!).match(/\w+ things? you can \w+/g)).toEqual([
        'five things you can see',
        'four things you can feel',
        'three things you can hear',
        'two things you can smell',
        'one thing you can taste',
      ]);
      expect(firstBreathMs(speechOf(response))).toBeLessThanOrEqual(4000);
    },
  );
});

describe('bedtime', () => {
  it.each([
    'ask steady to help me fall asleep',
    'ask steady for bedtime relaxation',
    "tell steady i can't sleep",
    'ask steady to help me sleep',
  ])(
    '"%s" opens with the bell and a breath, winds down to its softest, slowest words and leaves the microphone closed',
    async (utterance) => {
      // Which settling words, imagery and close are said depends on the night.
      const [response] = await expectTranscript(skill.conversation({ userId: newUser() }), [
        `U: ${utterance}`,
        understood(nlu, Intents.Bedtime),
        'A: Breathe in, slowly And let it go … Breathe in gently through your nose And out, slowly, for six … ' +
          'Next, a gentle softening of the body. When I say now, tense each part only a little. … [ends]',
      ]);
      await expectHandsFree(response!);
      const ssml = speechOf(response);
      expect(ssml).toMatch(/^<speak><audio src='soundbank:\/\/soundlibrary\/musical\/amzn_sfx_bell_short_chime_01'\/>/);
      expect(firstBreathMs(ssml)).toBeLessThanOrEqual(4000);
      expect(ssml).toMatch(
        /<prosody rate='70%' volume='x-soft'>(Sleep well|Goodnight|Rest well)\.<\/prosody>(?: <break time='[\d.]+m?s'\/>)+<\/speak>$/,
      );
      expect(heardWords(response!)).not.toMatch(/say to yourself/);
    },
  );

  it('sounds different on each of seven nights in a row, and asks nothing', async () => {
    const userId = newUser();
    const nights = new Set<string>();
    for (let night = 0; night < 7; night += 1) {
      const timestamp = new Date(Date.UTC(2026, 3, 6 + night, 20, 30));
      const { response } = await sayThroughModel(nlu, skill.conversation({ userId, timestamp }), 'ask steady to help me sleep');
      await expectHandsFree(response);
      expect(heardMs(speechOf(response))).toBeLessThanOrEqual(MAX_SPOKEN_RESPONSE_MS);
      nights.add(
        ssmlPieces(speechOf(response))
          .flatMap((p) => (p.kind === 'speech' ? [p.text] : []))
          .join('|'),
      );
    }
    expect(nights.size).toBe(7);
  });

  it('with the night voice asked for, is said in its own soft, slowing voice, within nine minutes', async () => {
    const userId = newUser();
    const [, bedtime] = await expectTranscript(skill.conversation({ userId, timestamp: new Date(Date.UTC(2026, 3, 6, 21, 30)) }), [
      'U: tell steady to use a softer voice at night',
      understood(nlu, Intents.SoftVoiceAtNight),
      "A: Okay. In the evening and at night, from 8 PM to 6 AM, I'll guide you in a softer, slower voice. [ends]",
      'U: ask steady to help me sleep',
      understood(nlu, Intents.Bedtime),
      'A: Breathe in, slowly And let it go Time to rest now. Let the pillow take the weight of your head. … ' +
        'Let yourself drift, deeper and deeper, into sleep. Sleep well. [ends]',
    ]);
    const voices = ssmlPieces(speechOf(bedtime)).flatMap((p) => (p.kind === 'speech' ? [p.voice] : []));
    expect(voices.every((voice) => voice.volume === 'soft' || voice.volume === 'x-soft')).toBe(true);
    expect(voices.every((voice) => voice.ratePercent <= 90)).toBe(true);
    const rates = voices.filter((voice) => voice.pitch === undefined).map((voice) => voice.ratePercent);
    rates.slice(1).forEach((rate, i) => expect(rate).toBeLessThanOrEqual(rates[i]!));
    expect(heardMs(speechOf(bedtime))).toBeLessThanOrEqual(MAX_SPOKEN_RESPONSE_MS);
  });
});

describe('overwhelmed or panicking', () => {
  it.each(["tell steady i'm having a panic attack", "tell steady i'm overwhelmed", "tell steady i'm panicking"])(
    '"%s" starts a grounding breath at once, then points gently to more help',
    async (utterance) => {
      const [response] = await expectTranscript(skill.conversation({ userId: newUser() }), [
        `U: ${utterance}`,
        understood(nlu, Intents.Overwhelmed),
        'A: … Breathe in through your nose … ' +
          'If this feels like too much, talking to a professional or a crisis line can help. ' +
          'You can call or text nine eight eight, the Suicide and Crisis Lifeline. If you are in danger, call nine one one. … [ends]',
      ]);
      await expectHandsFree(response!);
      // 22:30 in Berlin: late enough for the night voice, with nothing asked.
      expect(speechOf(response)).toMatch(/^<speak><prosody rate='90%' volume='soft'>/);
      expect(STARTING_NOW.some((line) => heardWords(response!).startsWith(line))).toBe(true);
      expect(firstBreathMs(speechOf(response))).toBeLessThanOrEqual(4000);
      expect(heardWords(response!)).not.toContain('say to yourself');
    },
  );

  it('"I can\'t breathe" hears the emergency line before any breathing', async () => {
    const [response] = await expectTranscript(skill.conversation({ userId: newUser() }), [
      "U: tell steady i can't breathe",
      understood(nlu, Intents.Breathless),
      "A: If you can't get air, have chest pain, or feel faint, please call nine one one now. " +
        'If this feels like panic, stay with me. … Breathe in through your nose … [ends]',
    ]);
    await expectHandsFree(response!);
  });
});

describe('after opening Steady', () => {
  it.each([
    ['help me fall asleep', Intents.Bedtime, 'Next, a gentle softening of the body.'],
    ['relax my muscles', Intents.Relax, 'When I say now, tense the part I name,'],
    ['ground me', Intents.Grounding, 'five things you can see'],
    ["i'm panicking", Intents.Overwhelmed, 'Breathe in through your nose'],
  ])('"%s" still ends hands-free, without asking what next', async (utterance, expected, heard) => {
    const conversation = skill.conversation({ userId: newUser() });
    const [, response] = await expectTranscript(conversation, [
      'U: open steady',
      understood(nlu, 'LaunchRequest'),
      'A: Welcome to Steady. … What would you like? [listening]',
      `U: ${utterance}`,
      understood(nlu, expected),
      `A: … ${heard} … [ends]`,
    ]);
    await expectHandsFree(response!);
    expect(conversation.isOpen).toBe(false);
  });
});

describe('practice history', () => {
  it('records each session with its minutes', async () => {
    const userId = newUser();
    await expectTranscript(skill.conversation({ userId }), [
      'U: ask steady to relax my muscles',
      understood(nlu, Intents.Relax),
      'A: … When I say now, tense the part I name, … [ends]',
      'U: ask steady to ground me',
      understood(nlu, Intents.Grounding),
      'A: … five things you can see … [ends]',
      'U: ask steady to help me sleep',
      understood(nlu, Intents.Bedtime),
      'A: … Next, a gentle softening of the body. … [ends]',
      "U: tell steady i'm overwhelmed",
      understood(nlu, Intents.Overwhelmed),
      'A: … Breathe in through your nose … [ends]',
    ]);
    const history = (await skill.store.readHistory(userId)).history;
    expect(history.practices).toEqual({ relaxation: 1, grounding: 1, bedtime: 1, breathing: 1 });
    expect(history.minutes).toBeGreaterThan(7 + 2 + 8);
  });

  it('names panic sessions by the practice they were, breathing, never by the panic', async () => {
    const [, , summary] = await expectTranscript(skill.conversation({ userId: newUser() }), [
      "U: tell steady i'm overwhelmed",
      understood(nlu, Intents.Overwhelmed),
      'A: … Breathe in through your nose … [ends]',
      "U: tell steady i'm panicking",
      understood(nlu, Intents.Overwhelmed),
      'A: … Breathe in through your nose … [ends]',
      "U: ask steady what's my streak",
      understood(nlu, Intents.Streak),
      "A: You've started a new streak today. You've practiced twice, 3 minutes in all, on 1 of the last 7 days. " +
        'Your favorite practice is breathing. [ends]',
    ]);
    expect(heardWords(summary!)).not.toMatch(/panic|overwhelm/i);
  });

  it('celebrates no milestone just before sleep; the compassion line changes night to night', async () => {
    const userId = newUser();
    const nights = ['2026-03-09', '2026-03-10', '2026-03-11'].map((day) => new Date(`${day}T20:30:00Z`));
    // One night each: Monday, Tuesday and Wednesday.
    const responses = await expectTranscript(skill.conversation({ userId, clock: oneRequestAt(...nights) }), [
      'U: ask steady to help me fall asleep',
      understood(nlu, Intents.Bedtime),
      'A: Breathe in, slowly And let it go Time to rest now. … Let sleep come, in its own time. Goodnight. [ends]',
      'U: ask steady to help me fall asleep',
      understood(nlu, Intents.Bedtime),
      'A: Breathe in, slowly And let it go The day is done. … Sink, slowly, into rest. Rest well. [ends]',
      'U: ask steady to help me fall asleep',
      understood(nlu, Intents.Bedtime),
      "A: Breathe in, slowly And let it go Let's get ready for sleep. … Let yourself drift, deeper and deeper, into sleep. Sleep well. [ends]",
    ]);
    for (const response of responses) expect(heardWords(response)).not.toContain('in a row');
    const compassion = responses.map((response) =>
      wordsFor('en-US').compassion.lines.bedtime.find((line) => heardWords(response).includes(line)),
    );
    expect(compassion.every((line) => line !== undefined)).toBe(true);
    expect(new Set(compassion).size).toBe(3);
    const { history } = await skill.store.readHistory(userId);
    expect(summarisePractice(history, '2026-03-11').currentStreak).toBe(3);
  });
});
