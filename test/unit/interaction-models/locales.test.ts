import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
  ENGLISH_LOCALES,
  GENERATED_LOCALES,
  INVOCATION_NAME,
  type InteractionModelFile,
  generateLocaleModels,
  modelPath,
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

describe('the English interaction models', () => {
  it.each(ENGLISH_LOCALES)('%s is an ASK interaction model invoked as "steady"', (locale) => {
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

  it('are up to date with the generator (run: npx tsx tools/generate-locales.ts)', () => {
    expect(staleLocales()).toEqual([]);
  });
});

describe('generateLocaleModels', () => {
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

  it('reports a stale locale until the models are regenerated', () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'steady-locales-'));
    writeFileSync(modelPath('en-US', directory), JSON.stringify(sourceModel()));
    expect(staleLocales(directory)).toEqual([...GENERATED_LOCALES]);
    writeLocaleModels(directory);
    expect(staleLocales(directory)).toEqual([]);
    writeFileSync(modelPath('en-IN', directory), '{}\n');
    expect(staleLocales(directory)).toEqual(['en-IN']);
  });
});
