/**
 * Writes each language's other locales from its one source, so the locales of a language cannot
 * drift apart: en-GB, en-CA, en-AU and en-IN from en-US; es-MX and es-ES from es-US. Each source
 * holds the samples of every country that speaks the language (US and UK spellings in English;
 * Mexican, Spanish and US forms, with the English words US Spanish mixes in, in Spanish), and is
 * copied as it is.
 *
 *   npx tsx tools/generate-locales.ts           rewrite the generated models after editing a source
 *   npx tsx tools/generate-locales.ts --check   exit 1 if a generated model of any language is out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { runTool } from './lib/cli-errors';

export const INVOCATION_NAME = 'steady';

/** Each language's source locale and the locales generated from it. */
export const LANGUAGES = {
  en: { source: 'en-US', generated: ['en-GB', 'en-CA', 'en-AU', 'en-IN'] },
  es: { source: 'es-US', generated: ['es-MX', 'es-ES'] },
} as const;
export type Language = keyof typeof LANGUAGES;

export const SOURCE_LOCALE = LANGUAGES.en.source;
export const GENERATED_LOCALES = LANGUAGES.en.generated;
export const ENGLISH_LOCALES = [SOURCE_LOCALE, ...GENERATED_LOCALES] as const;
export const SPANISH_SOURCE_LOCALE = LANGUAGES.es.source;
export const SPANISH_GENERATED_LOCALES = LANGUAGES.es.generated;
export const SPANISH_LOCALES = [SPANISH_SOURCE_LOCALE, ...SPANISH_GENERATED_LOCALES] as const;
/** Every locale Steady has an interaction model for, in the order they are deployed. */
export const MODEL_LOCALES = [...ENGLISH_LOCALES, ...SPANISH_LOCALES] as const;

/** The source locale a locale's model is written from (itself for a source). */
export function sourceLocaleOf(locale: string): string {
  for (const { source, generated } of Object.values(LANGUAGES)) {
    if (locale === source || (generated as readonly string[]).includes(locale)) return source;
  }
  throw new Error(`Steady has no interaction model for ${locale}`);
}

export const MODELS_DIRECTORY = path.resolve(__dirname, '..', 'interaction-models');

/** The parts of the ASK interaction model format that the generator relies on. */
export interface InteractionModelFile {
  interactionModel: {
    languageModel: {
      invocationName: string;
      intents: Array<{ name: string; samples?: string[]; slots?: Array<{ name: string; type: string }> }>;
      types?: unknown[];
    };
    [section: string]: unknown;
  };
  [field: string]: unknown;
}

export function modelPath(locale: string, directory = MODELS_DIRECTORY): string {
  return path.join(directory, `${locale}.json`);
}

/**
 * The built-in slot types a Spanish model may use: those Amazon offers in es-US, es-MX and es-ES
 * alike (numbers, dates, times, durations and the phrase slot). Anything else (AMAZON.US_CITY,
 * an English-only list type) would break one of the three builds.
 */
export const SPANISH_BUILT_IN_SLOT_TYPES: readonly string[] = [
  'AMAZON.DATE',
  'AMAZON.DURATION',
  'AMAZON.FOUR_DIGIT_NUMBER',
  'AMAZON.NUMBER',
  'AMAZON.SearchQuery',
  'AMAZON.TIME',
];

function builtInSlotTypes(model: InteractionModelFile): string[] {
  return model.interactionModel.languageModel.intents
    .flatMap((intent) => intent.slots ?? [])
    .map((slot) => slot.type)
    .filter((type) => type.startsWith('AMAZON.'));
}

/** Built-in slot types in the source that some locale of its language lacks. */
function unavailableSlotTypes(model: InteractionModelFile, language: Language): string[] {
  const types = builtInSlotTypes(model);
  // English: only en-US has the US_ types; the others exist in every English locale.
  const unavailable =
    language === 'en'
      ? types.filter((type) => type.startsWith('AMAZON.US_'))
      : types.filter((type) => !SPANISH_BUILT_IN_SLOT_TYPES.includes(type));
  return [...new Set(unavailable)];
}

/** Checks that a language's source can serve every locale of that language unchanged. */
export function assertUsableSource(model: InteractionModelFile, language: Language = 'en'): void {
  const source = LANGUAGES[language].source;
  const languageModel = model?.interactionModel?.languageModel;
  if (!languageModel || !Array.isArray(languageModel.intents)) {
    throw new Error(`${source}.json is not an ASK interaction model (interactionModel.languageModel.intents)`);
  }
  if (languageModel.invocationName !== INVOCATION_NAME) {
    throw new Error(`${source}.json must use the invocation name "${INVOCATION_NAME}", not "${languageModel.invocationName}"`);
  }
  const unavailable = unavailableSlotTypes(model, language);
  if (unavailable.length > 0) {
    const where = language === 'en' ? 'exist only in en-US' : `are not offered in every Spanish locale (${SPANISH_LOCALES.join(', ')})`;
    throw new Error(`${source}.json uses slot types that ${where}: ${unavailable.join(', ')}`);
  }
}

export function renderModel(model: InteractionModelFile): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}

/** The text of every locale generated from a language's source, keyed by locale. */
export function generateLocaleModels(sourceText: string, language: Language = 'en'): Map<string, string> {
  const source = JSON.parse(sourceText) as InteractionModelFile;
  assertUsableSource(source, language);
  // The locales of a language share one language model; the source is copied as it is.
  const rendered = renderModel(source);
  return new Map(LANGUAGES[language].generated.map((locale) => [locale, rendered]));
}

function readSource(language: Language, directory: string): string {
  const file = modelPath(LANGUAGES[language].source, directory);
  const text = readText(file);
  if (text === undefined) throw new Error(`${path.basename(file)} is missing: it is the source of the ${language} models`);
  return text;
}

/** Every generated locale, of every language, with the text the generator would write for it. */
function expectedModels(directory: string): Map<string, string> {
  const all = new Map<string, string>();
  for (const language of Object.keys(LANGUAGES) as Language[]) {
    for (const [locale, text] of generateLocaleModels(readSource(language, directory), language)) all.set(locale, text);
  }
  return all;
}

/** The generated locales whose file on disk differs from what the generator would write. */
export function staleLocales(directory = MODELS_DIRECTORY): string[] {
  return [...expectedModels(directory)]
    .filter(([locale, text]) => readText(modelPath(locale, directory)) !== text)
    .map(([locale]) => locale);
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

export function writeLocaleModels(directory = MODELS_DIRECTORY): string[] {
  const models = expectedModels(directory);
  for (const [locale, text] of models) writeFileSync(modelPath(locale, directory), text);
  return [...models.keys()];
}

function main(argv: string[]): number {
  if (argv.includes('--check')) {
    const stale = staleLocales();
    if (stale.length === 0) return 0;
    console.error(`Out of date: ${stale.join(', ')}. Run: npx tsx tools/generate-locales.ts`);
    return 1;
  }
  const written = writeLocaleModels();
  const sources = Object.values(LANGUAGES).map(
    ({ source, generated }) => `${generated.map((locale) => `${locale}.json`).join(', ')} from ${source}.json`,
  );
  console.log(`Wrote ${sources.join('; ')} (${written.length} models)`);
  return 0;
}

if (require.main === module) runTool('tools/generate-locales.ts', () => main(process.argv.slice(2)));
