/**
 * What the Spanish models (es-US, the source, and es-MX and es-ES, copied from it) must hear: the
 * phrases Steady's Spanish words tell people to say, the ways people in the three countries ask
 * for each practice, and the slot values the handlers read by id. A sample covers an utterance
 * when its words match and each slot's words are ones the slot takes: a value or synonym of a
 * custom type, any words for a built-in type.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadInteractionModel, type LanguageModel } from '../../../tools/simulator';

type ModelIntent = LanguageModel['intents'][number];

const model: LanguageModel = loadInteractionModel('es-US').interactionModel.languageModel;
const CONTENT = path.resolve(__dirname, '..', '..', '..', 'lambda', 'content', 'es');
const spanishContent = readdirSync(CONTENT)
  .filter((file) => file.endsWith('.ts'))
  .map((file) => readFileSync(path.join(CONTENT, file), 'utf8'))
  .join('\n');

const intent = (name: string): ModelIntent => {
  const found = model.intents.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no ${name} in es-US`);
  return found;
};

const literal = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What a slot of this type may hold, as a pattern. */
function slotPattern(type: string): string {
  const custom = model.types?.find((candidate) => candidate.name === type);
  if (custom) {
    const said = (custom.values ?? []).flatMap((value) => [value.name.value, ...(value.name.synonyms ?? [])]);
    return `(?:${said.map(literal).join('|')})`;
  }
  return type === 'AMAZON.SearchQuery' ? '.+' : '[\\p{L} ]+';
}

function covers(owner: ModelIntent, sample: string, utterance: string): boolean {
  const types = new Map((owner.slots ?? []).map((slot) => [slot.name, slot.type]));
  const pattern = sample
    .split(/(\{\w+\})/)
    .map((part) => (/^\{\w+\}$/.test(part) ? slotPattern(types.get(part.slice(1, -1)) ?? '') : literal(part)))
    .join('');
  return new RegExp(`^${pattern}$`, 'u').test(utterance);
}

const PHRASE_SLOT = 'AMAZON.SearchQuery';
const takesPhrase = (owner: ModelIntent, sample: string): boolean =>
  (owner.slots ?? []).some((slot) => slot.type === PHRASE_SLOT && sample.includes(`{${slot.name}}`));

/**
 * The intents an utterance reaches: the one whose sample it is word for word (Alexa's surest
 * match); else those with a sample that covers it with its own words and slot values; else those
 * whose phrase-slot carrier takes it (a phrase slot holds whatever follows its carrier, so it
 * catches only what nothing else says).
 */
function heardBy(utterance: string): string[] {
  const exact = model.intents.filter((candidate) => (candidate.samples ?? []).includes(utterance));
  if (exact.length > 0) return exact.map((candidate) => candidate.name);
  const coveredBy = (phrase: boolean) =>
    model.intents
      .filter((candidate) =>
        (candidate.samples ?? []).some((sample) => takesPhrase(candidate, sample) === phrase && covers(candidate, sample, utterance)),
      )
      .map((candidate) => candidate.name);
  const specific = coveredBy(false);
  return specific.length > 0 ? specific : coveredBy(true);
}

/**
 * What Steady's Spanish words tell people to say, as the words appear there, and what Alexa hands
 * the skill: the phrase itself, or what follows "pídele a Steady que" and "dile a Steady que".
 */
const TOLD_TO_SAY: ReadonlyArray<readonly [said: string, utterance: string, intentName: string]> = [
  ['ayúdame a respirar', 'ayúdame a respirar', 'BreatheIntent'],
  ['respiración cuadrada', 'respiración cuadrada', 'BreatheIntent'],
  ['pídele a Steady que me ayude a respirar', 'me ayude a respirar', 'BreatheIntent'],
  ['pídele a Steady que respire conmigo', 'respire conmigo', 'BreatheIntent'],
  ['ayúdame a dormir', 'ayúdame a dormir', 'BedtimeIntent'],
  ['relajarme', 'relajarme', 'RelaxIntent'],
  ['respirar', 'respirar', 'BreatheIntent'],
  ['dormir', 'dormir', 'BedtimeIntent'],
  ['volver al presente', 'volver al presente', 'GroundingIntent'],
  ['el ejercicio de los cinco sentidos', 'el ejercicio de los cinco sentidos', 'GroundingIntent'],
  ['un pensamiento ansioso', 'un pensamiento ansioso', 'AnxiousThoughtIntent'],
  ['tiempo a solas', 'tiempo a solas', 'TimeApartIntent'],
  ['cómo voy', 'cómo voy', 'ProgressIntent'],
  ['cómo me siento', 'cómo me siento', 'SayHowIFeelIntent'],
  ['repite', 'repite', 'AMAZON.RepeatIntent'],
  ['para', 'para', 'AMAZON.StopIntent'],
  ['voz normal por la noche', 'voz normal por la noche', 'NormalVoiceAtNightIntent'],
  ['recuérdamelo a las siete de la mañana', 'recuérdamelo a las siete de la mañana', 'ReminderIntent'],
  ['prefiero sesiones de cinco minutos', 'prefiero sesiones de cinco minutos', 'PreferLengthIntent'],
  ['pon la respiración cuadrada como predeterminada', 'pon la respiración cuadrada como predeterminada', 'PreferTechniqueIntent'],
  ['dile a Steady que me voy a tomar quince minutos para mí', 'me voy a tomar quince minutos para mí', 'TimeApartIntent'],
  ['ayúdame a practicar el tiempo a solas', 'ayúdame a practicar el tiempo a solas', 'TimeApartIntent'],
  ['fácil, regular o difícil', 'fácil', 'TimeApartFeedbackIntent'],
  ['fácil, regular o difícil', 'regular', 'TimeApartFeedbackIntent'],
  ['fácil, regular o difícil', 'difícil', 'TimeApartFeedbackIntent'],
  ['dile a Steady si te resultó fácil', 'me resultó fácil', 'TimeApartFeedbackIntent'],
  ['pausa', 'pausa', 'AMAZON.PauseIntent'],
  ['continúa', 'continúa', 'AMAZON.ResumeIntent'],
  ['empieza de nuevo', 'empieza de nuevo', 'AMAZON.StartOverIntent'],
  ['sonidos para dormir', 'sonidos para dormir', 'SleepSoundsIntent'],
  ['no estoy a salvo', 'no estoy a salvo', 'CrisisIntent'],
];

describe('the Spanish model hears what Steady tells people to say', () => {
  it.each(TOLD_TO_SAY)('"%s" is in Steady\'s Spanish words, and "%s" reaches %s', (said, utterance, intentName) => {
    expect(spanishContent).toContain(said);
    expect(heardBy(utterance)).toEqual([intentName]);
  });
});

describe('the Spanish model hears people in the three countries', () => {
  it.each([
    ['ayúdame a respirar', 'BreatheIntent'],
    ['necesito calmarme', 'BreatheIntent'],
    ['respiración cuadrada', 'BreatheIntent'],
    ['cuatro siete ocho durante cinco minutos', 'BreatheIntent'],
    ['algo más corto', 'BreatheIntent'],
    ['no puedo dormir', 'BedtimeIntent'],
    ['no pego ojo', 'BedtimeIntent'],
    ['cuántos días llevo', 'StreakIntent'],
    ['se me va el aire', 'BreathlessIntent'],
    ['me estoy rayando', 'AnxiousThoughtIntent'],
    ['ponme un reminder a las ocho de la noche', 'ReminderIntent'],
    ['ya no quiero vivir', 'CrisisIntent'],
    ['ya no quiero sonidos para dormir', 'SleepSoundsIntent'],
  ])('"%s" reaches %s', (utterance, intentName) => {
    expect(heardBy(utterance)).toEqual([intentName]);
  });

  it.each([
    ['ando bien estresada'],
    ['estoy agobiado'],
    ['me siento abrumada'],
    ['me siento fatal'],
    ['estoy stressed'],
    ['tengo mucha ansiedad por el trabajo'],
    // Statements that borrow everyday words reach the phrase slot, where the grader reads them with
    // the idiom guards; the crisis intent keeps only words no idiom shares.
    ['me tomé todas las pastillas'],
    ['me quiero morir'],
    ['me quiero morir de la vergüenza'],
    ['ojalá me muriera'],
    ['ya no aguanto más'],
  ])('"%s" reaches the feelings net with its words', (utterance) => {
    expect(heardBy(utterance)).toEqual(['FeelingsIntent']);
  });

  it('gives the feelings intent the carriers of the English one, and the crisis intent "no estoy a salvo"', () => {
    const carriers = intent('FeelingsIntent').samples ?? [];
    for (const carrier of ['me siento {feeling}', 'estoy {feeling}', 'tengo {feeling}', 'ando {feeling}', 'me {feeling}', 'mi {feeling}'])
      expect(carriers).toContain(carrier);
    expect(intent('CrisisIntent').samples).toContain('no estoy a salvo');
    expect(intent('CrisisIntent').slots ?? []).toEqual([]);
  });
});

describe('the Spanish slot values', () => {
  /** The id a slot value resolves to, as Alexa's entity resolution gives it to the handlers. */
  const idOf = (type: string, said: string): string | undefined =>
    model.types
      ?.find((candidate) => candidate.name === type)
      ?.values?.find((value) => [value.name.value, ...(value.name.synonyms ?? [])].includes(said))?.id;

  it.each([
    ['BREATHING_TECHNIQUE', 'respiración en caja', 'box'],
    ['BREATHING_TECHNIQUE', 'caja', 'box'],
    ['BREATHING_TECHNIQUE', 'cuadrada', 'box'],
    ['BREATHING_TECHNIQUE', 'cuatro siete ocho', '478'],
    ['BREATHING_TECHNIQUE', 'suspiro', 'sigh'],
    ['BREATHING_TECHNIQUE', 'coherencia cardíaca', 'resonance'],
    ['BREATHING_TECHNIQUE', 'respiración abdominal', 'belly'],
    ['BREATHING_TECHNIQUE', 'respiración tranquila', 'calm'],
    ['RELAXATION_LENGTH', 'más corto', 'quick'],
    ['RELAXATION_LENGTH', 'completa', 'full'],
    ['RELAXATION_LENGTH', 'normal', 'standard'],
    ['STRETCH_EASE', 'fácil', 'easy'],
    ['STRETCH_EASE', 'regular', 'okay'],
    ['STRETCH_EASE', 'difícil', 'hard'],
    ['ANXIOUS_THEME', 'una discusión', 'disagreement'],
    ['SLEEP_SOUNDS_HABIT', 'todas las noches', 'always'],
    ['SLEEP_SOUNDS_HABIT', 'ya no', 'never'],
  ])('%s hears "%s" as %s', (type, said, id) => {
    expect(idOf(type, said)).toBe(id);
  });
});
