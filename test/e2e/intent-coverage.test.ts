import { Intents } from '../../lambda/intents';
import { speechOf, loadInteractionModel } from '../../tools/simulator';
import { startSkillUnderTest, type SkillUnderTest } from '../support/skill-harness';
import { wordsFor } from '../../lambda/content/words';

const CALM_APOLOGY = wordsFor('en-US').conversation.apology;

const model = loadInteractionModel('en-US').interactionModel.languageModel;
const modelIntents = model.intents.map((intent) => intent.name);

let skill: SkillUnderTest;
beforeAll(async () => {
  skill = await startSkillUnderTest();
});
afterAll(async () => {
  await skill.close();
});

describe('the interaction model and the handlers agree', () => {
  it.each(modelIntents)('%s, from the model, is answered by a handler of its own', async (intent) => {
    const conversation = skill.conversation();
    await conversation.launch();
    const response = await conversation.intent(intent);
    const apology = CALM_APOLOGY.replace(/'/g, '&apos;');
    expect(speechOf(response)).not.toContain(apology);
    expect(skill.logger.entries.filter((e) => e.level === 'error')).toEqual([]);
  });

  it.each(Object.values(Intents))('%s, handled in code, exists in the model', (intent) => {
    expect(modelIntents).toContain(intent);
  });

  it('uses the invocation name steady', () => {
    expect(model.invocationName).toBe('steady');
  });
});
