import type { ResponseEnvelope } from 'ask-sdk-model';
import { Intents } from '../../lambda/intents';
import { Conversation, repromptOf, speechOf, loadInteractionModel, Nlu } from '../../tools/simulator';
import { expectValidAlexaSsml } from '../support/ssml';
import { startSkillUnderTest, type SkillUnderTest } from '../support/skill-harness';
import { expectTranscript, intent, sayThroughModel, understood } from '../support/transcript';

const nlu = new Nlu(loadInteractionModel('en-US'));

let skill: SkillUnderTest;
beforeAll(async () => {
  skill = await startSkillUnderTest();
});
afterAll(async () => {
  await skill.close();
});

/** Says a sentence to Alexa: the interaction model decides what reaches the skill. */
const say = (conversation: Conversation, utterance: string) => sayThroughModel(nlu, conversation, utterance);

const wordsOf = (response: ResponseEnvelope): string => speechOf(response).replace(/&apos;/g, "'");
const count = (text: string, part: string): number => text.split(part).length - 1;

/** The locale's line and emergency number, and how the number is said the second time. */
const LOCALES = [
  ['en-US', 'call or text nine eight eight, the Suicide and Crisis Lifeline', 'nine, eight, eight', 'nine one one'],
  ['en-CA', 'call or text nine eight eight, the Suicide Crisis Helpline', 'nine, eight, eight', 'nine one one'],
  ['en-GB', 'call Samaritans on one one six, one two three', 'one one six, one two three', 'nine nine nine'],
  ['en-AU', 'call Lifeline on thirteen eleven fourteen', 'thirteen, eleven, fourteen', 'triple zero'],
  ['en-IN', 'call Tele MANAS on one four four one six', 'one four four, one six', 'one one two'],
] as const;

async function expectCrisisAnswer(response: ResponseEnvelope, locale = 'en-US'): Promise<void> {
  const [, line, number, emergency] = LOCALES.find(([l]) => l === locale)!;
  const ssml = speechOf(response);
  await expectValidAlexaSsml(ssml);
  const words = wordsOf(response);
  expect(words).toContain(line);
  expect(words).toContain(`Once more: ${number}`);
  // The emergency number first, for whoever is in danger now, then with the line, twice.
  expect(count(words, emergency)).toBe(3);
  expect(words.indexOf(emergency)).toBeLessThan(words.indexOf(line));
  expect(ssml).toContain(`<prosody rate='80%'>If you are in danger right now, please call ${emergency}.`);
  // Slowly: both times the numbers are said under a slower rate.
  expect(ssml).toContain(`<prosody rate='80%'>Please ${line}.`);
  expect(ssml).toContain(`<prosody rate='80%'>Once more: ${number}.`);
  expect(words).not.toContain('Breathe in');
  expect(words).toContain('Would you like me to say the number again?');
  expect(response.response.shouldEndSession).toBe(false);
  expect(repromptOf(response)).toContain('say the number again');
}

/** Said through the model, reaches the feelings net and hears the emergency number before anything else, then the line. */
const expectDangerThroughFeelings = (utterance: string): Promise<void> => expectDangerThrough(Intents.Feelings, utterance);

/** Said through the model, reaches the intent whose slot holds the words, and hears the emergency number before anything else, then the line. */
async function expectDangerThrough(through: string, utterance: string): Promise<void> {
  const { intent, response } = await say(skill.conversation(), utterance);
  expect(intent).toBe(through);
  const words = wordsOf(response)
    .replace(/<[^>]+>/g, '')
    .trim();
  expect(words.startsWith('Please call nine one one now')).toBe(true);
  expect(words.indexOf('nine eight eight')).toBeGreaterThan(words.indexOf('nine one one'));
}

describe('when someone speaks of harming themselves', () => {
  it.each(LOCALES)('in %s, Steady says the line (%s) and the emergency number slowly, twice, and stays', async (locale) => {
    const userId = `amzn1.ask.account.CRISIS${locale}`;
    const response = await skill.conversation({ locale, userId }).intent(Intents.Crisis);
    await expectCrisisAnswer(response, locale);
    expect((await skill.store.readHistory(userId)).history.sessions).toBe(0);
  });

  it('points to a local crisis line and emergency number where Steady knows none', async () => {
    const response = await skill.conversation({ locale: 'fr-FR' }).intent(Intents.Crisis);
    expect(wordsOf(response)).toContain('contact a local crisis line, or call your local emergency number');
    expect(response.response.shouldEndSession).toBe(false);
  });

  it('words no intent takes reach the catch-all whole, and danger in them hears the emergency number first', async () => {
    await expectDangerThrough(Intents.Statement, "ask steady car running in the closed garage with the door shut and i'm staying");
  });

  it('words heard whole with nothing to grade in them hear the phrase that reaches the crisis answer, and no crisis words', async () => {
    const conversation = skill.conversation();
    const fellThrough = await say(conversation, 'ask steady nearly over now');
    expect(fellThrough.intent).toBe(Intents.Statement);
    expect(wordsOf(fellThrough.response)).toContain("if you're not safe right now, just say: I'm not safe.");
    expect(wordsOf(fellThrough.response)).not.toMatch(/nine eight eight|nine one one|crisis|suicide/i);
    const answer = await say(conversation, "i'm not safe");
    expect(answer.intent).toBe(Intents.Crisis);
    await expectCrisisAnswer(answer.response);
  });

  it('is answered even in the middle of a conversation', async () => {
    const conversation = skill.conversation();
    await conversation.launch();
    await expectCrisisAnswer(await conversation.intent(Intents.Crisis));
  });

  it.each(['repeat', 'say that again'])('"%s" says the numbers again, slowly and twice', async (again) => {
    await expectTranscript(skill.conversation(), [
      "U: tell steady i can't go on",
      understood(nlu, Intents.Crisis),
      "A: I'm really glad you told me, and I'm sorry you're hurting this much. " +
        "If you are in danger right now, please call nine one one. I can't give you the help a person can, " +
        'and you deserve that help right now. Please call or text nine eight eight, the Suicide and Crisis Lifeline. ' +
        'If you are in danger, call nine one one, or your local emergency number. Once more: nine, eight, eight. ' +
        'And in an emergency, nine one one. If you can, reach out to someone you trust and let them know how you feel. ' +
        'Would you like me to say the number again? You can say: repeat. [listening]',
      `U: ${again}`,
      understood(nlu, Intents.Repeat),
      'A: … Please call or text nine eight eight … nine one one … Once more: nine, eight, eight … nine one one … [listening]',
    ]);
  });

  it('"yes" to saying it again says the numbers again; "no" leaves them once more and ends kindly', async () => {
    await expectTranscript(skill.conversation({ locale: 'en-GB' }), [
      'U: tell steady everyone would be better off without me',
      understood(nlu, Intents.Crisis),
      'A: … call Samaritans on one one six, one two three. If you are in danger, call nine nine nine … Would you like me to say the number again? … [listening]',
      'U: yes',
      understood(nlu, Intents.Yes),
      'A: … Once more: one one six, one two three … [listening]',
      'U: no',
      understood(nlu, Intents.No),
      'A: … please call Samaritans on one one six, one two three, or call nine nine nine … [ends]',
    ]);
  });

  it('a misheard answer or "help" while the offer stands says the numbers again; "stop" leaves with them once more', async () => {
    await expectTranscript(skill.conversation({ locale: 'en-AU' }), [
      'U: tell steady i want to end it all',
      understood(nlu, Intents.Feelings),
      'A: … call Lifeline on thirteen eleven fourteen … [listening]',
      'U: (something Alexa did not understand)',
      intent(Intents.Fallback),
      'A: … thirteen eleven fourteen … [listening]',
      'U: help',
      intent(Intents.Help),
      'A: … thirteen eleven fourteen … [listening]',
      'U: stop',
      intent(Intents.Stop),
      'A: … call Lifeline on thirteen eleven fourteen … [ends]',
    ]);
  });

  it.each(['trapped', 'so hopeless', 'worthless', 'like a burden', 'not safe', 'done with everything', 'like i want to sleep forever'])(
    '"I feel %s", heard by the feelings net, gets the crisis answer',
    async (feeling) => {
      const response = await skill.conversation().intent(Intents.Feelings, { feeling });
      await expectCrisisAnswer(response);
    },
  );

  it.each(["ask steady i don't want to be alive anymore", 'tell steady i want to end it all', "i'm just a burden", 'suicide'])(
    '"%s", through the interaction model, gets the crisis answer',
    async (utterance) => {
      const conversation = skill.conversation();
      await conversation.launch();
      const { response } = await say(conversation, utterance);
      await expectCrisisAnswer(response);
    },
  );

  it.each(['ask steady took them all', 'ask steady the rope is ready', "ask steady it's happening tonight"])(
    '"%s", which opens with no first-person words, reaches the grader through a broad carrier and hears the emergency number first',
    expectDangerThroughFeelings,
  );

  it.each([
    'ask steady swallowed the whole bottle of my sleeping tablets',
    'ask steady at the edge of the platform waiting for the train to jump',
    'ask steady drank the bleach already',
    'ask steady walking to the tracks now to step in front of the train',
  ])(
    '"%s", which drops the "i" its verb was said with, is read with it put back and hears the emergency number first',
    expectDangerThroughFeelings,
  );

  /**
   * Statements the crisis intent once held word for word, before it kept only words no everyday
   * idiom shares: they now reach the grader with their words, and still hear the crisis answer.
   */
  it.each([
    'i want to die',
    'i just want to die',
    'i want to end it all',
    "i can't take it anymore",
    "i can't do this anymore",
    "i can't cope anymore",
    'i feel hopeless',
    "there's no way out",
    'i want it all to be over',
    "i won't be around much longer",
    "you won't have to worry about me anymore",
    'i keep thinking about dying',
    "i've taken too many pills",
    'i took an overdose',
    'i should just die',
    'i have nothing left',
    "i don't think i can do this anymore",
    "i won't bother anyone for much longer",
    'i feel worthless',
    "i'm done with it all",
    "i can't keep going like this",
  ])('"ask steady %s" still hears the line and the emergency number', async (statement) => {
    const { response } = await say(skill.conversation(), `ask steady ${statement}`);
    const words = wordsOf(response);
    expect(words).toContain('nine eight eight');
    expect(words).toContain('nine one one');
  });

  it('"ask steady part of me wants to die", through the broad carrier "part of me", gets the crisis answer', async () => {
    const { intent, response } = await say(skill.conversation(), 'ask steady part of me wants to die');
    expect(intent).toBe(Intents.Feelings);
    await expectCrisisAnswer(response);
  });

  it.each([
    'i feel like everyone would be happier if i was gone',
    "i just can't see the point in living any more",
    "i'm feeling like i want to disappear forever",
  ])('"%s" through the feelings net gets the crisis answer too', async (text) => {
    const conversation = skill.conversation();
    await conversation.launch();
    const response = await conversation.intent(Intents.Feelings, { feeling: text });
    await expectCrisisAnswer(response);
  });

  it('catches crisis words in any free text a request carries, whatever the intent', async () => {
    const conversation = skill.conversation();
    await conversation.launch();
    const response = await conversation.intent(Intents.Breathe, {
      technique: { value: 'i want to kill myself', resolved: false, slotType: 'BREATHING_TECHNIQUE' },
    });
    await expectCrisisAnswer(response);
  });

  it('keeps what was said out of the logs and out of the table', async () => {
    const userId = 'amzn1.ask.account.CRISISPRIVATE';
    const before = skill.logger.entries.length;
    const conversation = skill.conversation({ userId });
    await conversation.launch();
    await conversation.intent(Intents.Feelings, { feeling: 'like ending my life tonight' });
    const logged = JSON.stringify(skill.logger.entries.slice(before));
    expect(logged).not.toMatch(/ending|my life|tonight/);
    expect((await skill.store.readHistory(userId)).history).toMatchObject({ sessions: 0 });
  });
});
