/**
 * A request to stop or for help that Alexa hands over as a statement (the catch-all or the
 * feelings net took it, as Alexa's own stop and help did not know the words) is answered as the
 * request: the goodbye, or the help. Statements about oneself that share a word are not.
 */
import type { ResponseEnvelope } from 'ask-sdk-model';
import { randomUUID } from 'node:crypto';
import { Intents } from '../../lambda/intents';
import { loadInteractionModel, Nlu, speechOf } from '../../tools/simulator';
import { startSkillUnderTest, type SkillUnderTest } from '../support/skill-harness';
import { sayThroughModel } from '../support/transcript';

let skill: SkillUnderTest;
beforeAll(async () => {
  skill = await startSkillUnderTest();
});
afterAll(async () => {
  await skill.close();
});

const models = new Map<string, Nlu>();
const nluFor = (locale: string): Nlu => {
  let nlu = models.get(locale);
  if (!nlu) models.set(locale, (nlu = new Nlu(loadInteractionModel(locale), { language: locale.startsWith('es') ? 'es' : 'en' })));
  return nlu;
};

const STATEMENTS: readonly string[] = [Intents.Statement, Intents.Feelings];
const opening = { 'en-US': 'open steady', 'es-US': 'abre steady', 'es-MX': 'abre steady', 'es-ES': 'abre steady' } as const;
type Locale = keyof typeof opening;

/** Opens Steady and says one sentence in the open session, through the locale's model. */
async function said(locale: Locale, sentence: string): Promise<{ intent: string; response: ResponseEnvelope }> {
  const conversation = skill.conversation({ locale, userId: `amzn1.ask.account.REQ${randomUUID().replace(/-/g, '').toUpperCase()}` });
  await sayThroughModel(nluFor(locale), conversation, opening[locale]);
  return sayThroughModel(nluFor(locale), conversation, sentence);
}

/** What Steady says to Alexa's own intent in the same open session. */
async function answerTo(locale: Locale, intent: string): Promise<ResponseEnvelope> {
  const conversation = skill.conversation({ locale, userId: `amzn1.ask.account.REQ${randomUUID().replace(/-/g, '').toUpperCase()}` });
  await sayThroughModel(nluFor(locale), conversation, opening[locale]);
  return conversation.intent(intent);
}

describe('a request heard as a statement', () => {
  it.each<[Locale, string]>([
    ['en-US', 'stop now'],
    ['en-US', 'okay stop please'],
    ['es-MX', 'para por favor'],
    ['es-MX', 'detente ya'],
    ['es-ES', 'acaba la sesión por favor'],
    ['es-US', 'stop ya'],
  ])('%s: "%s" says goodbye and closes the session, as stop does', async (locale, sentence) => {
    const { intent, response } = await said(locale, sentence);
    expect(STATEMENTS).toContain(intent);
    const stop = await answerTo(locale, Intents.Stop);
    expect(speechOf(response)).toBe(speechOf(stop));
    expect(response.response.shouldEndSession).toBe(true);
  });

  it.each<[Locale, string]>([
    ['es-ES', 'explícame para qué sirves'],
    ['es-MX', 'dime qué opciones tengo'],
  ])('%s: "%s" hears the help, as help does', async (locale, sentence) => {
    const { intent, response } = await said(locale, sentence);
    expect(STATEMENTS).toContain(intent);
    const help = await answerTo(locale, Intents.Help);
    expect(speechOf(response)).toBe(speechOf(help));
    expect(response.response.shouldEndSession).toBe(false);
  });

  it.each<[Locale, string]>([
    ['en-US', "i can't stop crying"],
    ['en-US', 'i need help'],
    ['es-MX', 'no quiero seguir'],
    ['es-MX', 'necesito ayuda'],
  ])('%s: "%s" is about the speaker, and hears no goodbye', async (locale, sentence) => {
    const { response } = await said(locale, sentence);
    const stop = await answerTo(locale, Intents.Stop);
    expect(speechOf(response)).not.toContain(speechOf(stop).replace(/<\/?speak>/g, ''));
  });

  it('a request to stop after the crisis answer leaves with where help is, as stop does there', async () => {
    const conversation = skill.conversation({
      locale: 'es-MX',
      userId: `amzn1.ask.account.REQ${randomUUID().replace(/-/g, '').toUpperCase()}`,
    });
    await sayThroughModel(nluFor('es-MX'), conversation, 'abre steady');
    await sayThroughModel(nluFor('es-MX'), conversation, 'ya no quiero vivir');
    const { intent, response } = await sayThroughModel(nluFor('es-MX'), conversation, 'para por favor');
    expect(STATEMENTS).toContain(intent);
    expect(response.response.shouldEndSession).toBe(true);
    expect(speechOf(response)).toContain('ochocientos, novecientos once, dos mil');
  });
});
