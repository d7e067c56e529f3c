import type { ResponseEnvelope } from 'ask-sdk-model';
import { randomUUID } from 'node:crypto';
import { Conversation, repromptOf, speechOf } from '../../tools/lib/conversation';
import { loadInteractionModel } from '../../tools/lib/interaction-model';
import { Nlu } from '../../tools/lib/nlu';
import { expectValidAlexaSsml } from '../support/ssml';
import { startSkillUnderTest, type SkillUnderTest } from '../support/skill-harness';

const nlu = new Nlu(loadInteractionModel('en-US'));

let skill: SkillUnderTest;
beforeAll(async () => {
  skill = await startSkillUnderTest({ timeZone: 'Europe/Berlin' });
});
afterAll(async () => {
  await skill.close();
});

const newUser = () => `amzn1.ask.account.RELAX${randomUUID().replace(/-/g, '').toUpperCase()}`;

/** Says a sentence to Alexa: the interaction model decides what reaches the skill. */
async function say(conversation: Conversation, utterance: string): Promise<{ intent: string; response: ResponseEnvelope }> {
  const resolution = nlu.resolve(utterance, { sessionOpen: conversation.isOpen });
  if (resolution.kind === 'launch') return { intent: 'LaunchRequest', response: await conversation.launch() };
  if (resolution.kind !== 'intent') throw new Error(`"${utterance}" does not reach Steady`);
  return { intent: resolution.name, response: await conversation.intent(resolution.name, resolution.slots) };
}

/** The speech as words, with the renderer's escaping undone. */
const wordsOf = (response: ResponseEnvelope): string => speechOf(response).replace(/&apos;/g, "'");

/** A hands-free session: valid SSML, nothing left listening, never a question. */
async function expectHandsFree(response: ResponseEnvelope): Promise<void> {
  await expectValidAlexaSsml(speechOf(response));
  expect(response.response.shouldEndSession).toBe(true);
  expect(repromptOf(response)).toBeUndefined();
  expect(wordsOf(response)).not.toContain('?');
}

const count = (text: string, part: string): number => text.split(part).length - 1;

const MUSCLE_RELAXATION = [
  ['ask steady for progressive muscle relaxation', 7],
  ['ask steady to relax my muscles', 7],
  ['ask steady to help me relax my body', 7],
  ['ask steady for a quick body relaxation', 4],
  ['ask steady for full muscle relaxation', 16],
] as const;

describe('muscle relaxation', () => {
  it.each(MUSCLE_RELAXATION)('"%s" relaxes %i muscle groups, hands-free', async (utterance, groups) => {
    const { intent, response } = await say(skill.conversation({ userId: newUser() }), utterance);
    expect(intent).toBe('RelaxIntent');
    await expectHandsFree(response);
    const words = wordsOf(response);
    expect(words).toContain('never tense it');
    expect(count(words, 'And release.')).toBe(groups);
    expect(words).toContain('Notice where any tension remains');
    expect(words).toContain('If it helps, say to yourself:');
  });
});

describe('grounding', () => {
  it.each([
    'ask steady to ground me',
    'ask steady for the five four three two one exercise',
    'open steady and help me feel grounded',
  ])('"%s" walks through all five senses in order, hands-free', async (utterance) => {
    const { intent, response } = await say(skill.conversation({ userId: newUser() }), utterance);
    expect(intent).toBe('GroundingIntent');
    await expectHandsFree(response);
    const words = wordsOf(response);
    expect(words.match(/\w+ things? you can \w+/g)).toEqual([
      'five things you can see',
      'four things you can feel',
      'three things you can hear',
      'two things you can smell',
      'one thing you can taste',
    ]);
    expect(words).toContain('Breathe in slowly');
  });
});

describe('bedtime', () => {
  it.each([
    'ask steady to help me fall asleep',
    'ask steady for bedtime relaxation',
    "tell steady i can't sleep",
    'ask steady to help me sleep',
  ])('"%s" winds down softly to a whisper and leaves the microphone closed', async (utterance) => {
    const { intent, response } = await say(skill.conversation({ userId: newUser() }), utterance);
    expect(intent).toBe('BedtimeIntent');
    await expectHandsFree(response);
    const ssml = speechOf(response);
    expect(ssml).toContain("volume='x-soft'");
    expect(ssml).toMatch(/<amazon:effect name="whispered">Sleep well\.<\/amazon:effect>(?: <break time='10s'\/>)+<\/speak>$/);
  });
});

describe('overwhelmed or panicking', () => {
  it.each(["tell steady i'm having a panic attack", "tell steady i'm overwhelmed", "tell steady i'm panicking"])(
    '"%s" starts a grounding breath at once, then points gently to more help',
    async (utterance) => {
      const { intent, response } = await say(skill.conversation({ userId: newUser() }), utterance);
      expect(intent).toBe('OverwhelmedIntent');
      await expectHandsFree(response);
      const words = wordsOf(response);
      expect(words).toMatch(/^<speak><prosody rate='90%'>I'm here with you\./);
      expect(words.indexOf('Breathe in through your nose')).toBeLessThan(words.indexOf('a crisis line can help'));
      expect(words).toContain('a local crisis line or emergency services');
    },
  );

  it('"I can\'t breathe" hears the emergency line before any breathing', async () => {
    const { intent, response } = await say(skill.conversation({ userId: newUser() }), "tell steady i can't breathe");
    expect(intent).toBe('BreathlessIntent');
    await expectHandsFree(response);
    const words = wordsOf(response);
    expect(words.indexOf('please call emergency services now')).toBeGreaterThan(0);
    expect(words.indexOf('please call emergency services now')).toBeLessThan(words.indexOf('Breathe in'));
  });
});

describe('after opening Steady', () => {
  it.each([
    ['help me fall asleep', 'BedtimeIntent'],
    ['relax my muscles', 'RelaxIntent'],
    ['ground me', 'GroundingIntent'],
    ["i'm panicking", 'OverwhelmedIntent'],
  ])('"%s" still ends hands-free, without asking what next', async (utterance, expected) => {
    const conversation = skill.conversation({ userId: newUser() });
    const welcome = await say(conversation, 'open steady');
    expect(welcome.response.response.shouldEndSession).toBe(false);
    const { intent, response } = await say(conversation, utterance);
    expect(intent).toBe(expected);
    await expectHandsFree(response);
    expect(conversation.isOpen).toBe(false);
  });
});

describe('practice history', () => {
  it('records each session with its minutes', async () => {
    const userId = newUser();
    const sessions = ['ask steady to relax my muscles', 'ask steady to ground me', 'ask steady to help me sleep', "tell steady i'm overwhelmed"];
    for (const utterance of sessions) await say(skill.conversation({ userId }), utterance);
    const history = (await skill.store.readHistory(userId)).history;
    expect(history.techniques).toEqual({ pmr: 1, grounding: 2, bedtime: 1 });
    expect(history.minutes).toBeGreaterThan(6 + 2 + 10);
  });

  it('celebrates a three-day streak at the end of the bedtime wind-down, before the goodnight', async () => {
    const userId = newUser();
    const responses: ResponseEnvelope[] = [];
    for (const day of ['2026-03-09', '2026-03-10', '2026-03-11']) {
      const conversation = skill.conversation({ userId, timestamp: new Date(`${day}T20:30:00Z`) });
      responses.push((await say(conversation, 'ask steady to help me fall asleep')).response);
    }
    expect(wordsOf(responses[1]!)).not.toContain('in a row');
    const words = wordsOf(responses[2]!);
    expect(words).toContain("That's three days in a row. You keep showing up for yourself.");
    expect(words.indexOf('in a row')).toBeLessThan(words.indexOf('Sleep well.'));
    const compassion = responses.map((response) => /say to yourself: ([^<]+)/.exec(wordsOf(response))?.[1]);
    expect(new Set(compassion).size).toBe(3);
  });
});
