/**
 * The Spanish feelings net through the real skill (in memory): what a person in the US, Mexico or
 * Spain hears back when the FeelingsIntent carries their words. Stress, worry, sadness and anger
 * are named in Spanish and met with a calm minute of breathing, with no crisis words; the
 * attachment worries with the anxious-thought session; sleeplessness with the wind-down; panic
 * and breathlessness with the grounding breath and the country's line. Everyday idioms said
 * through the Mexican interaction model hear no crisis words.
 */
import type { ResponseEnvelope } from 'ask-sdk-model';
import { Intents } from '../../../lambda/intents';
import { wordsFor } from '../../../lambda/content/words';
import { Conversation, speechOf, loadInteractionModel, Nlu } from '../../../tools/simulator';
import { inMemorySkill } from '../../reliability/support/in-memory-skill';

/** The held-out Spanish test's crisis words (test/held-out/spanish.test.ts): lines, numbers, crisis. */
const CRISIS_WORDS = /nueve|cero veinticuatro|uno uno dos|ochocientos|l[ií]nea|emergencia|suicid|crisis/i;
/** Words of the English answers that must not reach a Spanish speaker. */
const ENGLISH = /\b(?:breathe|let's|that sounds|together|minute|thank you)\b/i;

const es = wordsFor('es-MX');
const heardWords = (response: ResponseEnvelope): string =>
  speechOf(response)
    .replace(/<[^>]+>/g, ' ')
    .replace(/&apos;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

async function toldSteady(locale: string, feeling: string): Promise<string> {
  const conversation = new Conversation(inMemorySkill().invoke, { locale });
  return heardWords(await conversation.intent(Intents.Feelings, { feeling }));
}

describe('Steady answers Spanish feelings in Spanish', () => {
  it.each([
    ['es-MX', 'estoy muy estresada', 'stress'],
    ['es-ES', 'ando agobiado por el trabajo', 'stress'],
    ['es-US', 'estoy bien stressed con el trabajo', 'stress'],
    ['es-MX', 'traigo mucha presión en la chamba', 'stress'],
    ['es-ES', 'estoy saturada, vaya semana', 'stress'],
    ['es-US', 'estoy overwhelmed con los bills', 'stress'],
    ['es-MX', 'me preocupa el dinero este mes', 'worry'],
    ['es-ES', 'estoy rayada con las oposiciones', 'worry'],
    ['es-US', 'estoy nerviosa por el test de manejo', 'worry'],
    ['es-MX', 'me late que me van a correr', 'worry'],
    ['es-ES', 'me siento triste', 'sadness'],
    ['es-MX', 'ando bien agüitado', 'sadness'],
    ['es-US', 'estoy depre desde el lunes', 'sadness'],
    ['es-ES', 'tengo un bajón enorme', 'sadness'],
    ['es-MX', 'estoy enojado con mi pareja', 'anger'],
    ['es-ES', 'estoy enfadadísima con mi hermano', 'anger'],
    ['es-US', 'mi roomie me saca de quicio', 'anger'],
    ['es-MX', 'me da mucho coraje', 'anger'],
  ] as const)('%s "%s": %s named in Spanish, a calm minute of breathing, no crisis words', async (locale, said, feeling) => {
    const words = await toldSteady(locale, said);
    expect(words.startsWith(es.feelings.named[feeling])).toBe(true);
    expect(words).toContain('Inhala');
    expect(words).not.toMatch(CRISIS_WORDS);
    expect(words).not.toMatch(ENGLISH);
  });

  it.each([
    ['es-ES', 'me da miedo que me deje', 'abandoned', 'Incluso cuando siento soledad'],
    ['es-MX', 'me siento sola', 'lonely', 'Incluso cuando siento soledad'],
    ['es-US', 'nadie me pela', 'rejected', 'Puedo sentir dolor'],
    ['es-MX', 'tengo celos de su amiga', 'jealous', 'No tengo que ganarme mi valor'],
    ['es-ES', 'mi chico no me contesta', 'partner-worry', 'No tengo que resolver este silencio'],
    ['es-US', 'me peleé con mi novio y no me contesta', 'partner-worry', 'Puedo dejar que esto se calme'],
  ] as const)('%s "%s": %s named, then the anxious-thought session for its theme, in Spanish', async (locale, said, feeling, reframe) => {
    const words = await toldSteady(locale, said);
    expect(words.startsWith(es.feelings.attachment[feeling])).toBe(true);
    expect(words).toContain(reframe);
    expect(words).not.toMatch(CRISIS_WORDS);
    expect(words).not.toMatch(ENGLISH);
  });

  it.each([
    ['es-ES', 'no pego ojo'],
    ['es-MX', 'no puedo dormir'],
  ])('%s "%s": sleeplessness named, then the wind-down, in Spanish', async (locale, said) => {
    const words = await toldSteady(locale, said);
    expect(words.startsWith(es.feelings.named['cant-sleep'])).toBe(true);
    // The wind-down's closing: one of its goodnights, whichever the night turns to.
    expect(es.bedtime.goodnights.some((goodnight) => words.endsWith(goodnight))).toBe(true);
    expect(words).not.toMatch(ENGLISH);
  });

  it('es-US "tengo un ataque de pánico": panic named, the grounding breath, then the line and the emergency number', async () => {
    const words = await toldSteady('es-US', 'tengo un ataque de pánico');
    expect(words.startsWith(es.feelings.named.panic)).toBe(true);
    expect(words.indexOf('Inhala')).toBeGreaterThan(0);
    expect(words).toContain('nueve ocho ocho');
    expect(words).toContain('llama al nueve uno uno');
  });

  it('es-MX "no me llega el aire": breathlessness named, then the emergency number before any breathing', async () => {
    const words = await toldSteady('es-MX', 'no me llega el aire');
    expect(words.startsWith(es.feelings.named['cant-breathe'])).toBe(true);
    expect(words.indexOf('llama al nueve once ahora')).toBeGreaterThan(0);
    expect(words.indexOf('llama al nueve once ahora')).toBeLessThan(words.indexOf('Inhala'));
  });
});

describe('everyday idioms said to Steady in es-MX', () => {
  const nlu = new Nlu(loadInteractionModel('es-MX'), { language: 'es' });

  it.each(['me muero de hambre', 'este tráfico me mata', 'estoy muerto de cansancio', 'me muero de sueño', 'el gym me está matando'])(
    '"%s" hears no crisis words',
    async (said) => {
      const resolution = nlu.resolve(`pídele a steady ${said}`, { sessionOpen: false });
      expect(resolution.kind).toBe('intent');
      if (resolution.kind !== 'intent') return;
      const conversation = new Conversation(inMemorySkill().invoke, { locale: 'es-MX' });
      const words = heardWords(await conversation.intent(resolution.name, resolution.slots));
      expect(words).not.toMatch(CRISIS_WORDS);
      // Said whole into the feelings slot, too.
      expect(await toldSteady('es-MX', said)).not.toMatch(CRISIS_WORDS);
    },
  );
});
