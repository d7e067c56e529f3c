/**
 * Steady en español, end to end: what a Spanish speaker says goes through the country's
 * interaction model (the runner's Spanish classifier) to the real skill, and the test reads what
 * they hear. A crisis hears the country's line, danger hears the emergency number first, an
 * everyday idiom hears no crisis words, and a breathing session and a bedtime wind-down are
 * Spanish from the first word to the last.
 */
import type { ResponseEnvelope } from 'ask-sdk-model';
import { Conversation, speechOf, loadInteractionModel, Nlu } from '../../tools/simulator';
import { expectValidAlexaSsml } from '../support/ssml';
import { startSkillUnderTest, type SkillUnderTest } from '../support/skill-harness';
import { sayThroughModel } from '../support/transcript';

type Locale = 'es-US' | 'es-MX' | 'es-ES';

const models = new Map<Locale, Nlu>();
const nluFor = (locale: Locale): Nlu => {
  let nlu = models.get(locale);
  if (!nlu) models.set(locale, (nlu = new Nlu(loadInteractionModel(locale), { language: 'es' })));
  return nlu;
};

let skill: SkillUnderTest;
beforeAll(async () => {
  skill = await startSkillUnderTest();
});
afterAll(async () => {
  await skill.close();
});

const wordsOf = (response: ResponseEnvelope): string =>
  speechOf(response)
    .replace(/<[^>]+>/g, ' ')
    .replace(/&apos;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

/** Opens Steady in the country's Spanish and says one sentence in the open session. */
async function said(locale: Locale, sentence: string): Promise<{ intent: string; response: ResponseEnvelope }> {
  const conversation: Conversation = skill.conversation({ locale, userId: `amzn1.ask.account.ES${locale}${sentence.length}` });
  const opened = await sayThroughModel(nluFor(locale), conversation, 'abre steady');
  expect(opened.intent).toBe('LaunchRequest');
  return sayThroughModel(nluFor(locale), conversation, sentence);
}

/** Each country's line and emergency number as Steady says them. */
const COUNTRIES = [
  ['es-US', 'nueve, ocho, ocho, y marca el dos', 'nueve uno uno'],
  ['es-MX', 'ochocientos, novecientos once, dos mil', 'nueve once'],
  ['es-ES', 'cero, veinticuatro', 'uno uno dos'],
] as const;

/** What only a crisis answer says: a number, a line, an emergency. */
const CRISIS_WORDS = /nueve|cero veinticuatro|uno uno dos|ochocientos|l[ií]nea|emergencia|suicid|crisis/i;

describe('Steady en español, when someone is in crisis', () => {
  it.each(COUNTRIES)(
    'in %s, "ya no quiero vivir" hears the country’s line (%s) and its emergency number',
    async (locale, line, emergency) => {
      const { response } = await said(locale, 'ya no quiero vivir');
      await expectValidAlexaSsml(speechOf(response));
      const words = wordsOf(response);
      expect(words).toContain(line);
      expect(words).toContain(emergency);
      expect(response.response.shouldEndSession).toBe(false);
    },
  );

  it.each(COUNTRIES)('in %s, danger now hears the emergency number (%s) before the line', async (locale, line, emergency) => {
    const { response } = await said(locale, 'me tomé todas las pastillas');
    const words = wordsOf(response);
    expect(words.indexOf(emergency)).toBeGreaterThanOrEqual(0);
    expect(words.indexOf(emergency)).toBeLessThan(words.indexOf(line));
  });

  it.each(COUNTRIES)(
    'in %s, danger said with no subject and no carrier reaches the catch-all whole and hears the emergency number first',
    async (locale, line, emergency) => {
      const { intent, response } = await said(locale, 'del otro lado del barandal del puente ahorita mismo');
      expect(intent).toBe('StatementIntent');
      const words = wordsOf(response);
      expect(words.indexOf(emergency)).toBeGreaterThanOrEqual(0);
      expect(words.indexOf(emergency)).toBeLessThan(words.indexOf(line));
    },
  );

  it.each(COUNTRIES)(
    'in %s, a question from elsewhere heard whole by the catch-all hears what Steady can do, and no crisis words',
    async (locale, line, emergency) => {
      const { intent, response } = await said(locale, 'qué clima hace en monterrey');
      expect(intent).toBe('StatementIntent');
      const words = wordsOf(response);
      expect(words).not.toContain(line);
      expect(words).not.toContain(emergency);
      expect(words.length).toBeGreaterThan(0);
    },
  );

  it.each(COUNTRIES)('in %s, someone standing on a bridge to jump hears the emergency number first', async (locale, line, emergency) => {
    const { response } = await said(locale, 'estoy en el puente y me voy a aventar');
    const words = wordsOf(response);
    expect(words.indexOf(emergency)).toBeGreaterThanOrEqual(0);
    expect(words.indexOf(emergency)).toBeLessThan(words.indexOf(line));
  });

  it.each([
    ['es-MX', 'me mata este calor'],
    ['es-ES', 'me muero de hambre'],
    ['es-US', 'estoy muerto de cansancio'],
    ['es-ES', 'se me ha muerto el móvil'],
    ['es-MX', 'me quiero morir de la vergüenza'],
    ['es-ES', 'ya no puedo más con este calor'],
    ['es-US', 'me tomé una pastilla para el dolor de cabeza'],
  ] as const)('in %s, the everyday idiom "%s" hears no crisis words', async (locale, sentence) => {
    const { response } = await said(locale, sentence);
    expect(wordsOf(response)).not.toMatch(CRISIS_WORDS);
  });

  /**
   * Statements that borrow everyday words left the crisis intent, which answers without reading a
   * word, for the phrase slot, whose words the grader reads with its idiom guards: each still
   * hears its country's line through the model and the real skill.
   */
  it.each([
    ['es-MX', 'me quiero morir'],
    ['es-ES', 'ya no aguanto más'],
    ['es-US', 'ojalá me muriera'],
    ['es-MX', 'no hay salida'],
    ['es-ES', 'solo quería despedirme'],
    ['es-US', 'me voy a colgar'],
    ['es-MX', 'estaría mejor muerta'],
    ['es-ES', 'volví a cortarme'],
  ] as const)('in %s, "%s" reaches the feelings net and hears the country’s line', async (locale, sentence) => {
    const { intent, response } = await said(locale, sentence);
    expect(intent).toBe('FeelingsIntent');
    const line = COUNTRIES.find(([country]) => country === locale)![1];
    expect(wordsOf(response)).toContain(line);
  });

  it.each([
    ['es-ES', 'estoy agobiado'],
    ['es-MX', 'ando bien estresada'],
  ] as const)('in %s, stress ("%s") hears a calm minute, named as stress, and no crisis words', async (locale, sentence) => {
    const { intent, response } = await said(locale, sentence);
    const words = wordsOf(response);
    expect(intent).toBe('FeelingsIntent');
    expect(words).toMatch(/Inhala/);
    expect(words).not.toMatch(CRISIS_WORDS);
  });
});

/** The words of a reply, lowercased, without numbers or punctuation. */
const vocabulary = (text: string): Set<string> => new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
/** Words English and Spanish write alike: "me", "no", "once" and the brand. */
const SHARED = new Set(['a', 'me', 'no', 'once', 'steady', 'normal', 'real', 'has', 'favor', 'natural', 'local', 'decide', 'tele']);

/** The words of a Spanish reply that the same request's English reply also says. */
async function englishIn(locale: Locale, sentence: string, english: string): Promise<string[]> {
  const { response } = await said(locale, sentence);
  const englishNlu = new Nlu(loadInteractionModel('en-US'));
  const conversation = skill.conversation({ locale: 'en-US', userId: `amzn1.ask.account.EN${english.length}` });
  await sayThroughModel(englishNlu, conversation, 'open steady');
  const englishReply = vocabulary(wordsOf((await sayThroughModel(englishNlu, conversation, english)).response));
  return [...vocabulary(wordsOf(response))].filter((word) => englishReply.has(word) && !SHARED.has(word));
}

describe('Steady en español guides its sessions in Spanish', () => {
  it.each(['es-US', 'es-MX', 'es-ES'] as const)(
    'in %s, "ayúdame a respirar" is a paced session with no English word, then an offer of another round',
    async (locale) => {
      const { intent, response } = await said(locale, 'ayúdame a respirar');
      expect(intent).toBe('BreatheIntent');
      const words = wordsOf(response);
      expect(words).toMatch(/Inhala/);
      expect(words).toMatch(/Exhala/);
      expect(words).not.toMatch(CRISIS_WORDS);
      expect(words).toMatch(/¿Quieres otra ronda/);
      expect(await englishIn(locale, 'ayúdame a respirar', 'help me breathe')).toEqual([]);
    },
  );

  it.each(['es-US', 'es-MX', 'es-ES'] as const)(
    'in %s, "ayúdame a dormir" is a hands-free wind-down with no English word',
    async (locale) => {
      const { intent, response } = await said(locale, 'ayúdame a dormir');
      expect(intent).toBe('BedtimeIntent');
      const words = wordsOf(response);
      expect(words.length).toBeGreaterThan(200);
      expect(words).not.toMatch(CRISIS_WORDS);
      expect(response.response.reprompt).toBeUndefined();
      expect(await englishIn(locale, 'ayúdame a dormir', 'help me sleep')).toEqual([]);
    },
  );
});
