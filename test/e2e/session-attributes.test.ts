/**
 * What comes back from the device in the session attributes is checked: they hold keys of what
 * Steady asked, never its words; "repeat" renders the question again from its key; a yes acts
 * only on a question Steady asked in this session; and forged, copied, edited or garbled
 * attributes get a short kind answer, never echoed. Real envelopes through the real handler.
 */
import type { ResponseEnvelope } from 'ask-sdk-model';
import { wordsFor } from '../../lambda/content/words';
import { Intents } from '../../lambda/intents';
import { Conversation, speechOf, intentRequest, TEST_USER_ID } from '../../tools/simulator';
import { inMemorySkill } from '../reliability/support/in-memory-skill';
import { sealedSession } from '../support/sealed-session';

const FALLBACK_TEXT = wordsFor('en-US').conversation.notUnderstood.text;
const HELP_QUESTION = wordsFor('en-US').conversation.help.question;
const LAUNCH_CHOICES = wordsFor('en-US').conversation.launch.choices;

const { confirm: CONFIRM_FORGET, forgotten: FORGOTTEN, kept: KEPT } = wordsFor('en-US').summary.forget;

const spoken = (text: string): string => text.replace(/'/g, '&apos;');

/** One practice kept for the test user, so a forget has something to delete. */
async function withOnePractice() {
  const skill = inMemorySkill();
  await skill.invoke(intentRequest(Intents.Breathe, {}, { session: null }));
  expect((await skill.store.readHistory(TEST_USER_ID)).history.sessions).toBe(1);
  return skill;
}

async function expectHistoryKept(skill: Awaited<ReturnType<typeof withOnePractice>>, answer: ResponseEnvelope): Promise<void> {
  expect(speechOf(answer)).not.toContain(spoken(FORGOTTEN));
  expect((await skill.store.readHistory(TEST_USER_ID)).history.sessions).toBe(1);
}

describe('the session attributes hold keys, not speech', () => {
  it.each([
    [Intents.Help, { question: 'help' }],
    [Intents.ForgetHistory, { question: 'forget' }],
    [Intents.Fallback, { question: 'not-understood' }],
  ])('after %s they name the question by its key and hold none of its words', async (intent, asked) => {
    const conversation = new Conversation(inMemorySkill().invoke);
    const answer = await conversation.intent(intent);
    const carried = JSON.stringify(answer.sessionAttributes);
    expect(carried).not.toContain('speak');
    expect(carried).not.toContain('would you like');
    const { state } = answer.sessionAttributes as { state: string };
    expect(JSON.parse(state)).toEqual({ asked });
  });

  it.each([Intents.Help, Intents.ForgetHistory, Intents.Fallback])('"repeat" after %s renders the same question again', async (intent) => {
    const conversation = new Conversation(inMemorySkill().invoke);
    const first = await conversation.intent(intent);
    const again = await conversation.intent(Intents.Repeat);
    expect(speechOf(again)).toBe(speechOf(first));
    expect(again.response.reprompt).toEqual(first.response.reprompt);
    expect(again.response.shouldEndSession).toBe(false);
  });

  it('"repeat" after a suggested stretch says the suggestion again, from its minutes', async () => {
    const answer = await inMemorySkill().invoke(
      intentRequest(
        Intents.Repeat,
        {},
        { session: sealedSession({ asked: { question: 'time-apart', lastMinutes: 20, nextMinutes: 25 } }) },
      ),
    );
    expect(speechOf(answer)).toContain('Last time was 20 minutes. Would you like to try 25 minutes?');
  });
});

describe('a yes acts only on a question Steady asked in this session', () => {
  it('a yes to the forget question Steady asked deletes the history', async () => {
    const skill = await withOnePractice();
    const conversation = new Conversation(skill.invoke);
    expect(speechOf(await conversation.intent(Intents.ForgetHistory))).toContain(spoken(CONFIRM_FORGET));
    expect(speechOf(await conversation.intent(Intents.Yes))).toContain(spoken(FORGOTTEN));
    expect((await skill.store.readHistory(TEST_USER_ID)).history.sessions).toBe(0);
  });

  it.each([
    ['unsealed, as before', { sessionId: 'amzn1.echo-api.session.forged', isNew: false, attributes: { pending: 'forget' } }],
    [
      'unsealed, in the new shape',
      { sessionId: 'amzn1.echo-api.session.forged', isNew: false, attributes: { state: '{"asked":{"question":"forget"}}' } },
    ],
    ['sealed with another key', sealedSession({ asked: { question: 'forget' } }, { key: 'some-other-deployment-key-0123456789' })],
    [
      'sealed for another user, copied across',
      sealedSession({ asked: { question: 'forget' } }, { userId: 'amzn1.ask.account.SOMEONEELSE' }),
    ],
  ])('a yes with forget attributes %s deletes nothing and hears a kind fallback', async (_how, session) => {
    const skill = await withOnePractice();
    const answer = await skill.invoke(intentRequest(Intents.Yes, {}, { session }));
    await expectHistoryKept(skill, answer);
    expect(speechOf(answer)).toContain(spoken(FALLBACK_TEXT));
  });

  it('attributes sealed for another session of the same user are not taken', async () => {
    const skill = await withOnePractice();
    const copied = sealedSession({ asked: { question: 'forget' } }, { sessionId: 'amzn1.echo-api.session.earlier' });
    const answer = await skill.invoke(
      intentRequest(Intents.Yes, {}, { session: { ...copied, sessionId: 'amzn1.echo-api.session.later' } }),
    );
    await expectHistoryKept(skill, answer);
  });

  it('attributes edited on the way (the seal kept) are not taken', async () => {
    const skill = await withOnePractice();
    const genuine = sealedSession({ asked: { question: 'practise' } });
    const edited = { ...genuine.attributes, state: '{"asked":{"question":"forget"}}' };
    const answer = await skill.invoke(intentRequest(Intents.Yes, {}, { session: { ...genuine, attributes: edited } }));
    await expectHistoryKept(skill, answer);
  });

  it('a no to a question never asked is not taken as keeping the history', async () => {
    const skill = inMemorySkill();
    const answer = await skill.invoke(intentRequest(Intents.No, {}, { session: sealedSession({ asked: { question: 'help' } }) }));
    expect(speechOf(answer)).not.toContain(spoken(KEPT));
  });

  it.each([
    ['a question Steady never asks', { asked: { question: 'wire-money' } }],
    ['a known question with words added', { asked: { question: 'forget', speech: '<speak>Transfer your savings</speak>' } }],
    ['a stretch out of range', { asked: { question: 'time-apart', lastMinutes: 20, nextMinutes: 100000 } }],
  ])('sealed but garbled (%s): a yes does nothing it names', async (_how, state) => {
    const skill = await withOnePractice();
    const answer = await skill.invoke(intentRequest(Intents.Yes, {}, { session: sealedSession(state) }));
    await expectHistoryKept(skill, answer);
    expect(speechOf(answer)).toContain(spoken(FALLBACK_TEXT));
  });
});

describe('forged or garbled attributes are never said back', () => {
  it.each([
    [
      'speech from the old shape, unsealed',
      { lastPrompt: { speech: '<speak>Transfer your savings now</speak>', reprompt: '<speak>now</speak>' } },
    ],
    ['words in the new shape, unsealed', { state: '{"asked":{"question":"help"}}', seal: 'Transfer your savings now' }],
  ])('"repeat" with %s hears the choices, kindly', async (_how, attributes) => {
    const answer = await inMemorySkill().invoke(
      intentRequest(Intents.Repeat, {}, { session: { sessionId: 'amzn1.echo-api.session.forged', isNew: false, attributes } }),
    );
    expect(speechOf(answer)).not.toContain('savings');
    expect(speechOf(answer)).toContain(spoken(LAUNCH_CHOICES));
    expect(speechOf(answer)).not.toContain('help me breathe, relax, ground me');
  });

  it('"repeat" with speech sealed in (as an old version might have left it) says the choices, not the speech', async () => {
    const answer = await inMemorySkill().invoke(
      intentRequest(Intents.Repeat, {}, { session: sealedSession({ lastPrompt: { speech: '<speak>Transfer your savings now</speak>' } }) }),
    );
    expect(speechOf(answer)).not.toContain('savings');
    expect(speechOf(answer)).toContain(spoken(LAUNCH_CHOICES));
    expect(JSON.stringify(answer.sessionAttributes)).not.toContain('savings');
  });

  it('a genuine question repeated keeps its reprompt', async () => {
    const answer = await inMemorySkill().invoke(
      intentRequest(Intents.Repeat, {}, { session: sealedSession({ asked: { question: 'help' } }) }),
    );
    expect(JSON.stringify(answer.response.reprompt)).toContain(HELP_QUESTION);
  });
});
