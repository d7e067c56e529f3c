/**
 * The feelings net in Spanish, after the English tests (./feelings.test.ts): each field heard in
 * the words of the US, Mexico and Spain, whole statements and what a FeelingsIntent slot keeps of
 * them after its carrier ("estoy {feeling}" leaves "reventado"); the everyday idioms the grader
 * sets aside; and English left as it was.
 */
import { runInNewContext } from 'node:vm';
import { feelingPhrasesFor } from '../../../lambda/content/heard';
import { classifyFeeling, isCrisisText, MAX_READ_CHARACTERS, type Feeling } from '../../../lambda/understanding/feelings';

const LOCALES = ['es-US', 'es-MX', 'es-ES'] as const;
/** Each statement in one of the three locales, in turn, so every country's net is read. */
const inTurn = <T>(rows: ReadonlyArray<readonly [string, T]>) =>
  rows.map(([said, expected], i) => [said, LOCALES[i % LOCALES.length]!, expected] as const);

const attachment = (feeling: string, theme: string): Feeling => ({ kind: 'attachment', feeling, theme }) as Feeling;
const LONELY = attachment('lonely', 'left');
const REJECTED = attachment('rejected', 'rejection');
const ABANDONED = attachment('abandoned', 'left');
const JEALOUS = attachment('jealous', 'not-enough');
const PARTNER_WORRY = attachment('partner-worry', 'waiting');
const ARGUED = attachment('partner-worry', 'disagreement');

describe('the Spanish feelings net', () => {
  it.each(
    inTurn<Feeling>([
      // Can't breathe.
      ['no puedo respirar', { kind: 'cant-breathe' }],
      ['no me llega el aire', { kind: 'cant-breathe' }],
      ['siento que me falta el aire', { kind: 'cant-breathe' }],
      ['me cuesta mucho respirar', { kind: 'cant-breathe' }],
      ['siento que me ahogo', { kind: 'cant-breathe' }],
      ['se me va el aire', { kind: 'cant-breathe' }],
      // Panic.
      ['creo que tengo un ataque de pánico', { kind: 'panic' }],
      ['me está dando una crisis de ansiedad', { kind: 'panic' }],
      ['el corazón me late muy rápido', { kind: 'panic' }],
      ['siento que pierdo el control', { kind: 'panic' }],
      ['estoy aterrada', { kind: 'panic' }],
      ['estoy teniendo un panic attack', { kind: 'panic' }],
      // Can't sleep.
      ['no puedo dormir', { kind: 'cant-sleep' }],
      ['no me puedo dormir otra vez', { kind: 'cant-sleep' }],
      ['llevo tres noches sin pegar ojo', { kind: 'cant-sleep' }],
      ['no pego ojo', { kind: 'cant-sleep' }],
      ['ando bien desvelado', { kind: 'cant-sleep' }],
      ['sigo despierta y son las tres', { kind: 'cant-sleep' }],
      ['tengo insomnio', { kind: 'cant-sleep' }],
      ['doy vueltas en la cama', { kind: 'cant-sleep' }],
      // Anger.
      ['estoy enojado con mi pareja', { kind: 'anger' }],
      ['estoy muy enfadada con mi hermana', { kind: 'anger' }],
      ['mi jefe me saca de quicio', { kind: 'anger' }],
      ['me da mucho coraje', { kind: 'anger' }],
      ['estoy cabreadísimo', { kind: 'anger' }],
      ['estoy hasta la madre de mi roomie', { kind: 'anger' }],
      ['estoy bien frustrada', { kind: 'anger' }],
      ['estoy que exploto', { kind: 'anger' }],
      // Sadness.
      ['me siento triste', { kind: 'sadness' }],
      ['tengo un bajón', { kind: 'sadness' }],
      ['estoy de bajón', { kind: 'sadness' }],
      ['ando bien agüitada', { kind: 'sadness' }],
      ['estoy muy depre', { kind: 'sadness' }],
      ['no paro de llorar', { kind: 'sadness' }],
      ['se murió mi abuelita', { kind: 'sadness' }],
      ['me siento vacía', { kind: 'sadness' }],
      ['ando achicopalado', { kind: 'sadness' }],
      // Worry.
      ['me preocupa el dinero', { kind: 'worry' }],
      ['estoy muy nerviosa por el examen', { kind: 'worry' }],
      ['tengo miedo de que me corran', { kind: 'worry' }],
      ['me late que algo malo va a pasar', { kind: 'worry' }],
      ['estoy rayada con las oposiciones', { kind: 'worry' }],
      ['me estoy rayando con todo', { kind: 'worry' }],
      ['y si no me dan el trabajo', { kind: 'worry' }],
      ['me da pánico hablar en público', { kind: 'worry' }],
      ['estoy bien worried por mi hijo', { kind: 'worry' }],
      // Stress.
      ['estoy muy estresada', { kind: 'stress' }],
      ['ando agobiado por el trabajo', { kind: 'stress' }],
      ['me siento abrumada con tantas cosas', { kind: 'stress' }],
      ['estoy bien stressed con el trabajo', { kind: 'stress' }],
      ['estoy overwhelmed con los bills', { kind: 'stress' }],
      ['tengo mucha ansiedad', { kind: 'stress' }],
      ['traigo mucha presión en la chamba', { kind: 'stress' }],
      ['estoy saturada', { kind: 'stress' }],
      ['hoy fue un día súper pesado', { kind: 'stress' }],
      ['me siento fatal', { kind: 'stress' }],
      ['no doy abasto', { kind: 'stress' }],
      ['estoy reventado', { kind: 'stress' }],
    ]),
  )('"%s" (%s) is %j', (said, locale, feeling) => {
    expect(classifyFeeling(said, locale)).toEqual(feeling);
    expect(isCrisisText(said, locale)).toBe(false);
  });

  it.each(
    inTurn<Feeling>([
      // Lonely.
      ['me siento sola', LONELY],
      ['estoy muy solo esta noche', LONELY],
      ['siento mucha soledad', LONELY],
      ['no tengo con quien hablar', LONELY],
      ['extraño a mi mamá', LONELY],
      ['echo de menos a mi madre', LONELY],
      // Rejected.
      ['me siento rechazada', REJECTED],
      ['nadie me pela', REJECTED],
      ['me hacen el vacío en el trabajo', REJECTED],
      ['me dejó en visto', REJECTED],
      ['me ghosteó', REJECTED],
      ['no me siento querido', REJECTED],
      // Abandoned.
      ['me da miedo que me deje', ABANDONED],
      ['me late que me va a dejar', ABANDONED],
      ['mi novio me dejó por otra', ABANDONED],
      ['me siento abandonado', ABANDONED],
      ['terminamos ayer', ABANDONED],
      ['tengo miedo de perderla', ABANDONED],
      // Jealous, not enough.
      ['tengo celos de su amiga', JEALOUS],
      ['me pongo muy celoso', JEALOUS],
      ['le tengo envidia a mi prima', JEALOUS],
      ['siento que no soy suficiente para él', JEALOUS],
      // Worried about a partner, waiting; arguing is its own theme.
      ['mi novio no me contesta', PARTNER_WORRY],
      ['no me ha escrito en todo el día', PARTNER_WORRY],
      ['no sé nada de él desde ayer', PARTNER_WORRY],
      ['estoy preocupada por mi esposo', PARTNER_WORRY],
      ['me peleé con mi novio', ARGUED],
      ['discutimos con mi pareja y no me habla', ARGUED],
      ['tuvimos bronca mi chico y yo', ARGUED],
    ]),
  )('"%s" (%s) is %j', (said, locale, feeling) => {
    expect(classifyFeeling(said, locale)).toEqual(feeling);
    expect(isCrisisText(said, locale)).toBe(false);
  });

  it.each(
    inTurn<Feeling['kind']>([
      // What "estoy {feeling}", "me siento {feeling}", "me da miedo que {feeling}" leave in the slot.
      ['estresada', 'stress'],
      ['agobiado por el trabajo', 'stress'],
      ['reventado', 'stress'],
      ['triste', 'sadness'],
      ['depre', 'sadness'],
      ['mal', 'sadness'],
      ['enojado con mi pareja', 'anger'],
      ['nerviosa por el examen', 'worry'],
      ['pánico', 'panic'],
      ['me deje', 'attachment'],
      ['sola', 'attachment'],
      ['celos', 'attachment'],
    ]),
  )('the slot\'s "%s" (%s) is %s', (said, locale, kind) => {
    expect(classifyFeeling(said, locale).kind).toBe(kind);
  });

  it.each(
    inTurn<Feeling['kind']>([
      // Words that look like a feeling and are something else.
      ['me late que hoy sí llega temprano', 'worry'],
      ['estoy solo cansado', 'unknown'],
      ['estoy sola con los niños', 'unknown'],
      ['me siento extraño', 'unknown'],
      ['terminamos el proyecto', 'unknown'],
      ['me hizo llorar de risa', 'unknown'],
      ['tengo la presión alta', 'unknown'],
      ['me ahogo con tanto trabajo', 'unknown'],
      ['me dejo llevar', 'unknown'],
    ]),
  )('"%s" (%s) is %s, not the feeling its words look like', (said, locale, kind) => {
    expect(classifyFeeling(said, locale).kind).toBe(kind);
  });

  it('puts crisis before every other feeling in the same words', () => {
    expect(classifyFeeling('estoy muy estresada y me quiero morir', 'es-MX')).toEqual({ kind: 'crisis' });
    expect(classifyFeeling('me siento sola y quiero quitarme la vida', 'es-ES')).toEqual({ kind: 'crisis' });
    expect(classifyFeeling('no puedo dormir y ya no quiero vivir', 'es-US')).toEqual({ kind: 'crisis' });
  });

  it.each([
    ['me muero de hambre', 'es-MX'],
    ['este tráfico me mata', 'es-MX'],
    ['estoy muerto de cansancio', 'es-MX'],
    ['me muero de sueño, tía', 'es-ES'],
    ['el gym me está matando', 'es-US'],
  ])('"%s" (%s) is an everyday idiom: no crisis, and no feeling its borrowed words would name', (said, locale) => {
    expect(isCrisisText(said, locale)).toBe(false);
    expect(classifyFeeling(said, locale).kind).toBe('unknown');
  });

  it.each([
    ['nothing', undefined],
    ['empty', ''],
    ['emoji', '😢😢😢'],
    ['SSML', '<speak><audio src="x"/></speak>'],
    ['words Steady cannot place', 'mono morado lavaplatos'],
    ['5,000 characters', 'la '.repeat(1667)],
  ])('%s is unknown, never a guess', (_label, text) => {
    expect(classifyFeeling(text, 'es-MX')).toEqual({ kind: 'unknown' });
  });

  it('reads Spanish only in Spanish locales: English is read as it was', () => {
    expect(feelingPhrasesFor('es-MX')).toBe(feelingPhrasesFor('es-ES'));
    expect(feelingPhrasesFor('en-US')).not.toBe(feelingPhrasesFor('es-US'));
    expect(feelingPhrasesFor(undefined)).toBe(feelingPhrasesFor('en-GB'));
    expect(classifyFeeling('estoy muy estresada', 'en-US')).toEqual({ kind: 'unknown' });
    expect(classifyFeeling("I'm so overwhelmed", 'en-US')).toEqual({ kind: 'panic' });
    expect(classifyFeeling('stressed about work')).toEqual({ kind: 'stress' });
  });

  it('is quick on 5,000 characters of anything', () => {
    const started = Date.now();
    for (const chunk of ['a', 'me ', 'no puedo ', 'sol', 'x'.repeat(10) + ' ']) {
      classifyFeeling(chunk.repeat(Math.ceil(5000 / chunk.length)), 'es-MX');
    }
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('no phrase backtracks on the longest text read, built from its own words', () => {
    const heard = feelingPhrasesFor('es-MX');
    const patterns = [
      ...heard.cantBreathe,
      ...heard.panic,
      ...heard.cantSleep,
      ...heard.attachment.flatMap(({ patterns }) => patterns),
      heard.disagreement,
      ...heard.anger,
      ...heard.sadness,
      ...heard.worry,
      ...heard.stress,
    ];
    for (const pattern of patterns) {
      const words = [...new Set(pattern.source.replace(/\\[a-zA-Z]/g, ' ').match(/[a-z]{2,}/g) ?? [])];
      let text = '';
      for (let i = 0; text.length < MAX_READ_CHARACTERS; i++) text += `${words[i % words.length]} `;
      expect(() => runInNewContext('pattern.test(text)', { pattern, text }, { timeout: 2000 })).not.toThrow();
    }
  });
});
