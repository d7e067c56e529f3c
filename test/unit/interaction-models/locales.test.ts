import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
  ENGLISH_LOCALES,
  GENERATED_LOCALES,
  INVOCATION_NAME,
  type InteractionModelFile,
  MODEL_LOCALES,
  SPANISH_GENERATED_LOCALES,
  SPANISH_LOCALES,
  generateLocaleModels,
  modelPath,
  sourceLocaleOf,
  staleLocales,
  writeLocaleModels,
} from '../../../tools/generate-locales';

function readModel(locale: string, directory?: string): InteractionModelFile {
  return JSON.parse(readFileSync(modelPath(locale, directory), 'utf8')) as InteractionModelFile;
}

function sourceModel(overrides: { invocationName?: string; slotType?: string } = {}): InteractionModelFile {
  return {
    interactionModel: {
      languageModel: {
        invocationName: overrides.invocationName ?? INVOCATION_NAME,
        intents: [
          {
            name: 'BreatheIntent',
            slots: [{ name: 'duration', type: overrides.slotType ?? 'AMAZON.DURATION' }],
            samples: ['help me breathe'],
          },
          { name: 'AMAZON.StopIntent', samples: [] },
        ],
        types: [],
      },
    },
  };
}

describe('the interaction models', () => {
  it.each(MODEL_LOCALES)('%s is an ASK interaction model invoked as "steady"', (locale) => {
    const { languageModel } = readModel(locale).interactionModel;
    expect(languageModel.invocationName).toBe(INVOCATION_NAME);
    expect(languageModel.intents.length).toBeGreaterThan(0);
    for (const intent of languageModel.intents) {
      expect(intent.name).toMatch(/^(AMAZON\.)?[A-Za-z_]+$/);
      expect(Array.isArray(intent.samples ?? [])).toBe(true);
    }
  });

  it.each(GENERATED_LOCALES)('%s agrees with en-US', (locale) => {
    expect(readModel(locale)).toEqual(readModel('en-US'));
  });

  it.each(SPANISH_GENERATED_LOCALES)('%s agrees with es-US', (locale) => {
    expect(readModel(locale)).toEqual(readModel('es-US'));
  });

  it.each(SPANISH_LOCALES)('%s has the English intents, each with the same slots, and the same slot types and value ids', (locale) => {
    const spanish = readModel(locale).interactionModel.languageModel;
    const english = readModel('en-US').interactionModel.languageModel;
    const shape = (model: typeof english) => model.intents.map((intent) => ({ name: intent.name, slots: intent.slots ?? [] }));
    expect(shape(spanish)).toEqual(shape(english));
    type SlotType = { name: string; values: Array<{ id: string }> };
    const ids = (model: typeof english) =>
      (model.types as SlotType[]).map((type) => ({ name: type.name, ids: type.values.map((value) => value.id) }));
    expect(ids(spanish)).toEqual(ids(english));
  });

  it('are up to date with the generator (run: npx tsx tools/generate-locales.ts)', () => {
    expect(staleLocales()).toEqual([]);
  });
});

describe('generateLocaleModels', () => {
  it('writes each locale from its own language source', () => {
    expect(MODEL_LOCALES.map(sourceLocaleOf)).toEqual([...ENGLISH_LOCALES.map(() => 'en-US'), ...SPANISH_LOCALES.map(() => 'es-US')]);
    expect(() => sourceLocaleOf('fr-FR')).toThrow(/fr-FR/);
  });

  it('copies the es-US model to es-MX and es-ES', () => {
    const models = generateLocaleModels(JSON.stringify(sourceModel()), 'es');
    expect([...models.keys()]).toEqual([...SPANISH_GENERATED_LOCALES]);
    for (const text of models.values()) expect(JSON.parse(text)).toEqual(sourceModel());
  });

  it('refuses a Spanish source with built-in slot types some Spanish locale lacks', () => {
    expect(() => generateLocaleModels(JSON.stringify(sourceModel({ slotType: 'AMAZON.US_CITY' })), 'es')).toThrow(
      /es-US\.json .*AMAZON\.US_CITY/,
    );
    expect(() => generateLocaleModels(JSON.stringify(sourceModel({ slotType: 'AMAZON.Actor' })), 'es')).toThrow(/AMAZON\.Actor/);
    expect(() => generateLocaleModels(JSON.stringify(sourceModel({ slotType: 'AMAZON.SearchQuery' })), 'es')).not.toThrow();
  });

  it('copies the en-US model to the four other English locales', () => {
    const models = generateLocaleModels(JSON.stringify(sourceModel()));
    expect([...models.keys()]).toEqual([...GENERATED_LOCALES]);
    for (const text of models.values()) expect(JSON.parse(text)).toEqual(sourceModel());
  });

  it('refuses a source with another invocation name', () => {
    expect(() => generateLocaleModels(JSON.stringify(sourceModel({ invocationName: 'calm' })))).toThrow(/"steady"/);
  });

  it('refuses a source with built-in slot types that exist only in en-US', () => {
    expect(() => generateLocaleModels(JSON.stringify(sourceModel({ slotType: 'AMAZON.US_CITY' })))).toThrow(/AMAZON\.US_CITY/);
  });

  it('refuses a file that is not an interaction model', () => {
    expect(() => generateLocaleModels('{"languageModel": {}}')).toThrow(/interactionModel\.languageModel/);
  });

  it('reports a stale locale of either language until the models are regenerated', () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'steady-locales-'));
    writeFileSync(modelPath('en-US', directory), JSON.stringify(sourceModel()));
    expect(() => staleLocales(directory)).toThrow(/es-US\.json is missing/);
    writeFileSync(modelPath('es-US', directory), JSON.stringify(sourceModel()));
    expect(staleLocales(directory)).toEqual([...GENERATED_LOCALES, ...SPANISH_GENERATED_LOCALES]);
    writeLocaleModels(directory);
    expect(staleLocales(directory)).toEqual([]);
    writeFileSync(modelPath('en-IN', directory), '{}\n');
    writeFileSync(modelPath('es-ES', directory), '{}\n');
    expect(staleLocales(directory)).toEqual(['en-IN', 'es-ES']);
    writeFileSync(modelPath('es-US', directory), JSON.stringify(sourceModel({ invocationName: 'calma' })));
    expect(() => staleLocales(directory)).toThrow(/es-US\.json must use the invocation name "steady"/);
  });
});
