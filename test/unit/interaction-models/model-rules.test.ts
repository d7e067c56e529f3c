/**
 * The interaction model build rules that can be checked offline, for every intent in every
 * model, English and Spanish, whoever adds the intent. Sources: docs/understanding.md.
 */
import { MODEL_LOCALES } from '../../../tools/generate-locales';
import { loadInteractionModel, type LanguageModel } from '../../../tools/simulator';

const models: Array<[string, LanguageModel]> = MODEL_LOCALES.map((locale) => [
  locale,
  loadInteractionModel(locale).interactionModel.languageModel,
]);

/** Alexa's error for a bad token: letters, spaces, periods for abbreviations, possessive apostrophes, hyphens, underscores. */
const SAMPLE_TEXT = /^[\p{L}][\p{L} .'_-]*$/u;
const SLOT_REFERENCE = /\{([^{}]*)\}/g;
/** Every custom skill needs these; Steady also declares the fallback so that nothing is misrouted. */
const REQUIRED_BUILT_INS = [
  'AMAZON.CancelIntent',
  'AMAZON.HelpIntent',
  'AMAZON.StopIntent',
  'AMAZON.NavigateHomeIntent',
  'AMAZON.FallbackIntent',
];
/** Launch phrases and wake words an invocation name may not contain. */
const FORBIDDEN_INVOCATION_WORDS = [
  'alexa',
  'amazon',
  'echo',
  'computer',
  'skill',
  'app',
  'launch',
  'ask',
  'tell',
  'open',
  'load',
  'begin',
  'enable',
  'start',
  'run',
  'resume',
  'play',
  'use',
];
const ARTICLES = ['the', 'a', 'an', 'for', 'to', 'of'];

const normalised = (sample: string): string => sample.toLowerCase().replace(/\s+/g, ' ').trim();

describe.each(models)('the %s interaction model', (_locale, model) => {
  it('shares no sample between two intents, nor repeats one within an intent', () => {
    const owners = new Map<string, string[]>();
    for (const intent of model.intents) {
      for (const sample of intent.samples ?? []) owners.set(normalised(sample), [...(owners.get(normalised(sample)) ?? []), intent.name]);
    }
    const shared = [...owners].filter(([, names]) => names.length > 1).map(([sample, names]) => `"${sample}": ${names.join(', ')}`);
    expect(shared).toEqual([]);
  });

  it('names only slots its intent declares, and each declared slot has a known type', () => {
    const customTypes = new Set((model.types ?? []).map((type) => type.name));
    const problems: string[] = [];
    for (const intent of model.intents) {
      const declared = new Set((intent.slots ?? []).map((slot) => slot.name));
      for (const sample of intent.samples ?? []) {
        for (const [, name] of sample.matchAll(SLOT_REFERENCE)) {
          if (!declared.has(name ?? '')) problems.push(`${intent.name} "${sample}" names {${name}}`);
        }
      }
      for (const slot of intent.slots ?? []) {
        if (!slot.type.startsWith('AMAZON.') && !customTypes.has(slot.type))
          problems.push(`${intent.name}.${slot.name} has unknown type ${slot.type}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('writes samples with only the characters Alexa accepts: no digits, no other punctuation', () => {
    const bad = model.intents.flatMap((intent) =>
      (intent.samples ?? [])
        .filter((sample) => !SAMPLE_TEXT.test(sample.replace(SLOT_REFERENCE, 'slot')))
        .map((s) => `${intent.name}: "${s}"`),
    );
    expect(bad).toEqual([]);
  });

  it('puts a carrier phrase beside an AMAZON.SearchQuery slot, and nothing else in its samples', () => {
    const bad: string[] = [];
    for (const intent of model.intents) {
      const phraseSlots = new Set((intent.slots ?? []).filter((slot) => slot.type === 'AMAZON.SearchQuery').map((slot) => slot.name));
      if (phraseSlots.size === 0) continue;
      for (const sample of intent.samples ?? []) {
        const slots = [...sample.matchAll(SLOT_REFERENCE)].map(([, name]) => name ?? '');
        const carrier = sample.replace(SLOT_REFERENCE, '').trim();
        if (slots.some((slot) => phraseSlots.has(slot)) && (carrier === '' || slots.length > 1)) bad.push(`${intent.name}: "${sample}"`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('follows the invocation name rules', () => {
    const name = model.invocationName;
    expect(name).toMatch(/^[a-z][a-z .']*[a-z.]$/);
    const words = name.split(' ');
    for (const word of words) expect(FORBIDDEN_INVOCATION_WORDS).not.toContain(word);
    if (words.length === 2) for (const word of words) expect(ARTICLES).not.toContain(word);
    expect(name.length).toBeLessThanOrEqual(50);
  });

  it('declares the built-in intents certification requires', () => {
    const names = model.intents.map((intent) => intent.name);
    for (const required of REQUIRED_BUILT_INS) expect(names).toContain(required);
  });

  it('gives every custom intent varied samples, and keeps slot values unique within a type', () => {
    for (const intent of model.intents.filter((i) => !i.name.startsWith('AMAZON.'))) {
      expect({ intent: intent.name, enough: (intent.samples ?? []).length >= 8 }).toEqual({ intent: intent.name, enough: true });
    }
    for (const type of model.types ?? []) {
      const said = (type.values ?? []).flatMap((value) => [value.name.value, ...(value.name.synonyms ?? [])].map(normalised));
      expect({ type: type.name, repeated: said.filter((word, i) => said.indexOf(word) !== i) }).toEqual({ type: type.name, repeated: [] });
    }
  });
});

describe('the checks themselves', () => {
  it('reject what Alexa rejects', () => {
    expect(SAMPLE_TEXT.test('breathe for 5 minutes')).toBe(false);
    expect(SAMPLE_TEXT.test('what is this?')).toBe(false);
    expect(SAMPLE_TEXT.test("what's my streak")).toBe(true);
    expect(SAMPLE_TEXT.test('p. m. r.')).toBe(true);
    expect(SAMPLE_TEXT.test('¿cuántos días llevo?')).toBe(false);
    expect(SAMPLE_TEXT.test('cuántos días llevo')).toBe(true);
    expect(SAMPLE_TEXT.test('sesiones de 5 minutos')).toBe(false);
  });
});
