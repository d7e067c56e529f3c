import { Intents } from '../../lambda/intents';
import { speechOf } from '../../tools/lib/conversation';
import { expectValidAlexaSsml } from '../support/ssml';
import { startSkillUnderTest, type SkillUnderTest } from '../support/skill-harness';

let skill: SkillUnderTest;
beforeAll(async () => {
  skill = await startSkillUnderTest();
});
afterAll(async () => {
  await skill.close();
});

describe('when someone speaks of harming themselves', () => {
  it.each([
    ['en-US', 'call or text nine eight eight'],
    ['en-CA', 'call or text nine eight eight'],
    ['en-GB', 'call Samaritans on one one six, one two three'],
    ['en-AU', 'call Lifeline on thirteen eleven fourteen'],
    ['en-IN', 'call Tele MANAS on one four four one six'],
    ['fr-FR', 'contact a local crisis line'],
  ])('in %s, Steady says where a person can help (%s) and starts no exercise', async (locale, line) => {
    const userId = `amzn1.ask.account.CRISIS${locale}`;
    const response = await skill.conversation({ locale, userId }).intent(Intents.Crisis);
    const ssml = speechOf(response);
    await expectValidAlexaSsml(ssml);
    expect(ssml).toContain(line);
    expect(ssml).toContain('local emergency number');
    expect(ssml).not.toContain('Breathe in');
    expect(response.response.shouldEndSession).toBe(true);
    expect(((await skill.store.readHistory(userId)).history).sessions).toBe(0);
  });

  it('is answered even in the middle of a conversation', async () => {
    const conversation = skill.conversation();
    await conversation.launch();
    const response = await conversation.intent(Intents.Crisis);
    expect(speechOf(response)).toContain('call or text nine eight eight');
  });
});
