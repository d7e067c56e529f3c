import type { ResponseEnvelope } from 'ask-sdk-model';
import { randomUUID } from 'node:crypto';
import { Intents } from '../../lambda/intents';
import { Conversation, repromptOf, speechOf, captureStdoutLogs, loadInteractionModel, Nlu } from '../../tools/simulator';
import { expectValidAlexaSsml } from '../support/ssml';
import { startSkillUnderTest, type SkillUnderTest } from '../support/skill-harness';
import { expectTranscript, sayThroughModel, understood } from '../support/transcript';

const nlu = new Nlu(loadInteractionModel('en-US'));

let skill: SkillUnderTest;
beforeAll(async () => {
  skill = await startSkillUnderTest();
});
afterAll(async () => {
  await skill.close();
});

const newUser = () => `amzn1.ask.account.FEEL${randomUUID().replace(/-/g, '').toUpperCase()}`;
const wordsOf = (response: ResponseEnvelope): string => speechOf(response).replace(/&apos;/g, "'");

const say = (conversation: Conversation, utterance: string) => sayThroughModel(nlu, conversation, utterance);

/** The first words Steady says, after any prosody tag. */
const opening = (response: ResponseEnvelope): string => wordsOf(response).replace(/^<speak>(?:<prosody[^>]*>)?/, '');

describe('the feelings net', () => {
  it.each([
    ['tell steady i feel so lonely', "That sounds really lonely. Let's take a few quiet minutes with that feeling together."],
    ['tell steady i feel rejected', "Feeling rejected really hurts. Let's take a few quiet minutes with that feeling together."],
    ['tell steady i feel abandoned by everyone', 'Feeling left like that is so painful.'],
    ["tell steady i'm feeling jealous", 'Jealousy can feel really uncomfortable.'],
    ["tell steady my partner hasn't replied all day", 'Worrying about someone you love is hard.'],
  ])('"%s" names the feeling, then answers the anxious thought with a breath, a reframe and a small action', async (utterance, named) => {
    const userId = newUser();
    const [response] = await expectTranscript(skill.conversation({ userId }), [
      `U: ${utterance}`,
      understood(nlu, Intents.Feelings),
      `A: ${named} … out loud. … Breathe in … ` + 'one small, kind thing you could do next … [ends]',
    ]);
    await expectValidAlexaSsml(speechOf(response));
    const { history } = await skill.store.readHistory(userId);
    expect(history.sessions).toBe(1);
    expect(history.practices).toEqual({ reflection: 1 });
  });

  it('"I\'ve been feeling on edge all week" names the stress, then breathes a minute with them', async () => {
    const userId = newUser();
    await expectTranscript(skill.conversation({ userId }), [
      "U: tell steady i've been feeling on edge all week",
      understood(nlu, Intents.Feelings),
      "A: That sounds really stressful. Let's breathe together for a minute. … Breathe in … [ends]",
    ]);
    const { history } = await skill.store.readHistory(userId);
    expect(history.sessions).toBe(1);
    expect(history.minutes).toBeGreaterThan(0.5);
    expect(history.minutes).toBeLessThanOrEqual(1.5);
  });

  it("panic: named first, then the grounding breath and the locale's line and emergency number", async () => {
    const response = await skill.conversation({ locale: 'en-AU' }).intent(Intents.Feelings, { feeling: 'like I am about to panic' });
    const words = wordsOf(response);
    expect(opening(response).startsWith('That sounds really frightening.')).toBe(true);
    expect(words.indexOf('frightening')).toBeLessThan(words.indexOf('Breathe in'));
    expect(words).toContain('call Lifeline on thirteen eleven fourteen');
    expect(words).toContain('call triple zero');
    expect(words).not.toContain('a local crisis line');
  });

  it("can't breathe: named first, then the emergency number before any breathing", async () => {
    const response = await skill.conversation({ locale: 'en-GB' }).intent(Intents.Feelings, { feeling: "like I can't breathe" });
    const words = wordsOf(response);
    expect(opening(response).startsWith('Not being able to catch your breath is really frightening.')).toBe(true);
    expect(words.indexOf('please call nine nine nine now')).toBeGreaterThan(0);
    expect(words.indexOf('please call nine nine nine now')).toBeLessThan(words.indexOf('Breathe in'));
    expect(words).toContain('call Samaritans on one one six, one two three');
  });

  it("can't sleep: named first, then the bedtime wind-down, with the goodnight of the night it is asked", async () => {
    // Tuesday 1 December 2026, 22:00 in New York, where the harness's device is.
    const tuesdayNight = new Date('2026-12-02T03:00:00Z');
    const response = await skill
      .conversation({ timestamp: tuesdayNight })
      .intent(Intents.Feelings, { feeling: "like I can't sleep again" });
    await expectValidAlexaSsml(speechOf(response));
    expect(opening(response).startsWith("Lying awake like that is exhausting. Let's help your body wind down.")).toBe(true);
    expect(wordsOf(response)).toContain('Sleep well.');
  });

  it('words about themselves that Steady cannot place are thanked, with the way to the crisis answer', async () => {
    const conversation = skill.conversation();
    await conversation.launch();
    const response = await conversation.intent(Intents.Feelings, { feeling: 'i feel kind of purple about my week' });
    expect(wordsOf(response)).toContain('Thank you for telling me.');
    expect(wordsOf(response)).toContain("if you're not safe right now, just say: I'm not safe");
    expect(repromptOf(response)).toContain('What would you like?');
  });

  describe('bad input gets a short, kind answer, never said back, never logged', () => {
    const BAD: Array<[string, string | undefined]> = [
      ['nothing at all', undefined],
      ['an empty phrase', ''],
      ['words Steady cannot place', 'purple monkey dishwasher'],
      ['5,000 characters', `zebra${' quartz'.repeat(999)}`],
      ['emoji', '🙂🙃😶‍🌫️'],
      ['SSML', '<speak><audio src="https://example.com/x.mp3"/>wobble</speak>'],
      ['a closing speak tag', '</speak><speak>wobble'],
    ];
    /** Sends the bad words in this intent's slot after a launch; returns the answer and everything logged meanwhile. */
    async function sentBad(intent: string, slot: string, text: string | undefined) {
      const conversation = skill.conversation();
      await conversation.launch();
      const before = skill.logger.entries.length;
      const consoleSpies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) =>
        jest.spyOn(console, level).mockImplementation(() => {}),
      );
      const { result: response, logs } = await captureStdoutLogs(() =>
        conversation.intent(intent, text === undefined ? {} : { [slot]: text }),
      );
      const consoleCalls = consoleSpies.flatMap((spy) => spy.mock.calls.flat().map(String));
      for (const spy of consoleSpies) spy.mockRestore();
      const everythingLogged = [JSON.stringify(skill.logger.entries.slice(before)), ...logs, ...consoleCalls].join('\n');
      return { response, everythingLogged };
    }

    /** A short, valid answer that keeps the session open, offers the crisis answer, and neither says nor logs the bad words. */
    async function expectKeptOut(response: ResponseEnvelope, everythingLogged: string) {
      const ssml = speechOf(response);
      await expectValidAlexaSsml(ssml);
      expect(ssml.length).toBeLessThan(400);
      expect(wordsOf(response)).toContain("if you're not safe right now, just say: I'm not safe");
      expect(response.response.shouldEndSession).toBe(false);
      expect(ssml.match(/<speak>/g)).toHaveLength(1);
      expect(ssml).not.toMatch(/monkey|quartz|zebra|wobble|example\.com|audio|🙂/);
      expect(everythingLogged).not.toMatch(/monkey|quartz|zebra|wobble|example\.com|🙂/);
    }

    it.each(BAD)('%s', async (_label, text) => {
      const { response, everythingLogged } = await sentBad(Intents.Feelings, 'feeling', text);
      await expectKeptOut(response, everythingLogged);
      // Nothing said of the speaker that Steady can place: what Steady can do, and no thanks.
      expect(wordsOf(response)).toContain("I'm here with you. I can breathe with you");
      expect(wordsOf(response)).not.toContain('Thank you for telling me');
      expect(repromptOf(response)).toContain('What would you like?');
    });

    it.each(BAD)('%s, heard whole by the catch-all', async (_label, text) => {
      const { response, everythingLogged } = await sentBad(Intents.Statement, 'statement', text);
      await expectKeptOut(response, everythingLogged);
      // What Steady can do, as the fallback answers.
      expect(wordsOf(response)).toContain("Sorry, I didn't catch that.");
    });
  });
});

describe('short answers to "What would you like?"', () => {
  it.each([
    ['sleep', Intents.Bedtime, 'Breathe in, slowly'],
    ['breathe', Intents.Breathe, 'Breathe in'],
    ['relax', Intents.Relax, 'tense the part I name'],
    ['ground me', Intents.Grounding, 'five things you can see'],
    ['the same again', Intents.Breathe, 'Breathe in'],
    ['another', Intents.Breathe, 'Breathe in'],
  ])('"%s" reaches %s', async (answer, intent, heard) => {
    const conversation = skill.conversation({ userId: newUser() });
    const launched = await conversation.launch();
    expect(wordsOf(launched)).toContain('What would you like?');
    const reply = await say(conversation, answer);
    expect(reply.intent).toBe(intent);
    expect(wordsOf(reply.response).toLowerCase()).toContain(heard.toLowerCase());
  });

  it('"something shorter" and "a quick one" are shorter breathing sessions than "breathe"', async () => {
    const minutesAfter = async (answer: string): Promise<number> => {
      const userId = newUser();
      const conversation = skill.conversation({ userId });
      await conversation.launch();
      expect((await say(conversation, answer)).intent).toBe(Intents.Breathe);
      return (await skill.store.readHistory(userId)).history.minutes;
    };
    const usual = await minutesAfter('breathe');
    expect(await minutesAfter('something shorter')).toBeLessThan(usual);
    expect(await minutesAfter('a quick one')).toBeLessThan(usual);
    expect(await minutesAfter('a quick one')).toBeLessThanOrEqual(1.5);
  });
});

describe("each locale's own spelling", () => {
  it.each([
    ['en-US', 'practice every day', 'favorite'],
    ['en-CA', 'practise every day', 'favourite'],
    ['en-GB', 'practise every day', 'favourite'],
    ['en-AU', 'practise every day', 'favourite'],
    ['en-IN', 'practise every day', 'favourite'],
  ])('%s says "%s" and "%s"', async (locale, practise, favourite) => {
    // Help is kept under 15 s and no longer names reminders or favourites; the summary says both words.
    const conversation = skill.conversation({ locale, userId: newUser() });
    await conversation.launch();
    await conversation.intent(Intents.Breathe);
    await conversation.intent(Intents.Breathe);
    const summary = wordsOf(await conversation.intent(Intents.Streak));
    expect(summary).toContain(`Would you like to ${practise.replace(' every day', '')} now?`);
    expect(summary).toContain(`Your ${favourite} practice is`);
  });

  it.each([
    ['en-US', "You haven't practiced with me yet."],
    ['en-GB', "You haven't practised with me yet."],
    ['en-CA', "You haven't practised with me yet."],
  ])('%s: the practice summary reads "%s"', async (locale, summary) => {
    const response = await skill.conversation({ locale, userId: newUser() }).intent(Intents.Streak);
    expect(wordsOf(response)).toContain(summary);
  });
});
