/**
 * Writes the en-GB, en-CA, en-AU and en-IN interaction models from en-US, the one source, so the
 * English locales cannot drift apart.
 *
 *   npx tsx tools/generate-locales.ts           rewrite the generated models after editing en-US.json
 *   npx tsx tools/generate-locales.ts --check   exit 1 if a generated model is out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { runTool } from './lib/cli-errors';

export const SOURCE_LOCALE = 'en-US';
export const GENERATED_LOCALES = ['en-GB', 'en-CA', 'en-AU', 'en-IN'] as const;
export const ENGLISH_LOCALES = [SOURCE_LOCALE, ...GENERATED_LOCALES] as const;
export const INVOCATION_NAME = 'steady';

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

/** Built-in slot types that exist only in en-US; copying them would break the other locales' builds. */
function usOnlySlotTypes(model: InteractionModelFile): string[] {
  return model.interactionModel.languageModel.intents
    .flatMap((intent) => intent.slots ?? [])
    .map((slot) => slot.type)
    .filter((type) => type.startsWith('AMAZON.US_'));
}

/** Checks that the source can serve every English locale unchanged. */
export function assertUsableSource(model: InteractionModelFile): void {
  const languageModel = model?.interactionModel?.languageModel;
  if (!languageModel || !Array.isArray(languageModel.intents)) {
    throw new Error(`${SOURCE_LOCALE}.json is not an ASK interaction model (interactionModel.languageModel.intents)`);
  }
  if (languageModel.invocationName !== INVOCATION_NAME) {
    throw new Error(`${SOURCE_LOCALE}.json must use the invocation name "${INVOCATION_NAME}", not "${languageModel.invocationName}"`);
  }
  const usOnly = usOnlySlotTypes(model);
  if (usOnly.length > 0) {
    throw new Error(`${SOURCE_LOCALE}.json uses slot types that exist only in en-US: ${[...new Set(usOnly)].join(', ')}`);
  }
}

export function renderModel(model: InteractionModelFile): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}

/** The text of every generated locale's model, keyed by locale. */
export function generateLocaleModels(sourceText: string): Map<string, string> {
  const source = JSON.parse(sourceText) as InteractionModelFile;
  assertUsableSource(source);
  // The English locales share one language model; the source is copied as it is.
  const rendered = renderModel(source);
  return new Map(GENERATED_LOCALES.map((locale) => [locale, rendered]));
}

/** The generated locales whose file on disk differs from what the generator would write. */
export function staleLocales(directory = MODELS_DIRECTORY): string[] {
  const expected = generateLocaleModels(readFileSync(modelPath(SOURCE_LOCALE, directory), 'utf8'));
  return [...expected].filter(([locale, text]) => readText(modelPath(locale, directory)) !== text).map(([locale]) => locale);
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

export function writeLocaleModels(directory = MODELS_DIRECTORY): string[] {
  const models = generateLocaleModels(readFileSync(modelPath(SOURCE_LOCALE, directory), 'utf8'));
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
  console.log(`Wrote ${written.map((locale) => `${locale}.json`).join(', ')} from ${SOURCE_LOCALE}.json`);
  return 0;
}

if (require.main === module) runTool('tools/generate-locales.ts', () => main(process.argv.slice(2)));
