/**
 * A request to stop or for help that Alexa hands over as the catch-all's statement (Alexa's own
 * stop and help did not know the words) is answered as the request: the goodbye, or the help.
 * Statements about oneself that share a word are not, whether the catch-all or the feelings net
 * (which holds only what followed its carrier) takes them.
 */
import type { ResponseEnvelope } from 'ask-sdk-model';
import { randomUUID } from 'node:crypto';
import { Intents, StatementSlots } from '../../lambda/intents';
import { type Conversation, loadInteractionModel, Nlu, speechOf } from '../../tools/simulator';
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

const opening = {
  'en-US': 'open steady',
  'en-GB': 'open steady',
  'es-US': 'abre steady',
  'es-MX': 'abre steady',
  'es-ES': 'abre steady',
} as const;
type Locale = keyof typeof opening;

/** Steady opened by a new user in the locale, through its model. */
async function opened(locale: Locale): Promise<Conversation> {
  const conversation = skill.conversation({ locale, userId: `amzn1.ask.account.REQ${randomUUID().replace(/-/g, '').toUpperCase()}` });
  await sayThroughModel(nluFor(locale), conversation, opening[locale]);
  return conversation;
}

/** Opens Steady and says one sentence in the open session, through the locale's model. */
async function said(locale: Locale, sentence: string): Promise<{ intent: string; response: ResponseEnvelope }> {
  return sayThroughModel(nluFor(locale), await opened(locale), sentence);
}

/** What Steady says to Alexa's own intent in the same open session. */
async function answerTo(locale: Locale, intent: string): Promise<ResponseEnvelope> {
  return (await opened(locale)).intent(intent);
}

/** Opens Steady and hands it the catch-all's statement, as Alexa sends words no intent took. */
async function stated(locale: Locale, statement: string): Promise<ResponseEnvelope> {
  return (await opened(locale)).intent(Intents.Statement, { [StatementSlots.statement]: statement });
}

const goodbyeIn = async (locale: Locale): Promise<string> => speechOf(await answerTo(locale, Intents.Stop)).replace(/<\/?speak>/g, '');

describe('a request heard as a statement', () => {
  it.each<[Locale, string]>([
    ['en-US', 'end the session now'],
    ['en-US', 'stop the session please'],
    ['es-MX', 'pues detente ahí'],
    ['es-ES', 'bueno, cierra la aplicación de momento'],
  ])('%s: "%s", said through the model, reaches the catch-all and hears the goodbye, as stop does', async (locale, sentence) => {
    const { intent, response } = await said(locale, sentence);
    expect(intent).toBe(Intents.Statement);
    const stop = await answerTo(locale, Intents.Stop);
    expect(speechOf(response)).toBe(speechOf(stop));
    expect(response.response.shouldEndSession).toBe(true);
  });

  it.each<[Locale, string]>([
    ['es-ES', 'vale, para'],
    ['es-ES', 'vale para ya'],
    ['es-MX', 'bueno, ya para'],
    ['es-MX', 'órale para'],
  ])(
    '%s: "%s", said through the model, is Alexa\'s own stop: goodbye and the session closed, no crisis answer',
    async (locale, sentence) => {
      const { intent, response } = await said(locale, sentence);
      expect(intent).toBe(Intents.Stop);
      expect(speechOf(response)).toBe(speechOf(await answerTo(locale, Intents.Stop)));
      expect(response.response.shouldEndSession).toBe(true);
    },
  );

  it.each<[Locale, string]>([
    ['en-US', 'okay stop please'],
    ['en-GB', 'so quit please'],
    ['es-MX', 'para por favor'],
    ['es-MX', 'detente ya'],
    ['es-ES', 'acaba la sesión por favor'],
    ['es-US', 'stop ya'],
  ])('%s: the statement "%s" says goodbye and closes the session, as stop does', async (locale, statement) => {
    const response = await stated(locale, statement);
    const stop = await answerTo(locale, Intents.Stop);
    expect(speechOf(response)).toBe(speechOf(stop));
    expect(response.response.shouldEndSession).toBe(true);
  });

  it.each<[Locale, string]>([
    ['en-US', 'how does this work'],
    ['es-ES', 'explícame para qué sirves'],
    ['es-MX', 'dime qué opciones hay'],
  ])('%s: the statement "%s" hears the help, as help does', async (locale, statement) => {
    const response = await stated(locale, statement);
    const help = await answerTo(locale, Intents.Help);
    expect(speechOf(response)).toBe(speechOf(help));
    expect(response.response.shouldEndSession).toBe(false);
  });

  it.each<[Locale, string]>([
    ['en-US', "i can't stop"],
    ['en-US', 'i should just quit'],
    ['en-US', 'i just want to leave'],
    ['en-US', "it's enough"],
    ['en-US', "that's it"],
    ['es-MX', 'no quiero parar'],
    ['es-MX', 'mi vida se acabó'],
    ['es-MX', 'ya me cansé, ya basta'],
    ['es-MX', 'ya me despedí, adiós'],
    ['es-MX', 'quiero terminar esto'],
    ['es-MX', 'solo quiero silencio'],
    ['es-MX', 'quiero acabar ya'],
    ['es-MX', 'ayúdame, ya basta por favor'],
    ['es-MX', 'para entonces'],
  ])('%s: "%s", said through the model, is about the speaker: no goodbye, the session stays open', async (locale, sentence) => {
    const { response } = await said(locale, sentence);
    expect(speechOf(response)).not.toContain(await goodbyeIn(locale));
    expect(response.response.shouldEndSession).not.toBe(true);
  });

  it.each<[Locale, string]>([
    ['en-US', 'i want to quit'],
    ['en-US', 'no more'],
    ['es-MX', 'se acabó'],
    ['es-ES', 'no me apetece seguir'],
    ['es-MX', 'ya me voy'],
    ['en-US', 'goodbye'],
    ['en-US', 'enough'],
    ['es-MX', 'ya basta'],
    ['es-MX', 'terminamos'],
    ['es-ES', 'adiós'],
  ])('%s: the statement "%s" could be about the speaker: no goodbye, the session stays open', async (locale, statement) => {
    const response = await stated(locale, statement);
    expect(speechOf(response)).not.toContain(await goodbyeIn(locale));
    expect(response.response.shouldEndSession).not.toBe(true);
  });

  it("after the crisis answer a statement that reads as stop hears the numbers again, and the session stays open; Alexa's own stop leaves", async () => {
    const conversation = await opened('es-MX');
    await sayThroughModel(nluFor('es-MX'), conversation, 'ya no quiero vivir');
    const again = await conversation.intent(Intents.Statement, { [StatementSlots.statement]: 'para por favor' });
    expect(again.response.shouldEndSession).toBe(false);
    expect(speechOf(again)).toContain('ochocientos, novecientos once, dos mil');
    const done = await conversation.intent(Intents.Stop);
    expect(done.response.shouldEndSession).toBe(true);
    expect(speechOf(done)).toContain('ochocientos, novecientos once, dos mil');
  });
});
