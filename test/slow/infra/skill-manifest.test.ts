import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ENGLISH_LOCALES, type InteractionModelFile, MODEL_LOCALES, modelPath, SPANISH_LOCALES } from '../../../tools/generate-locales';
import { PUBLIC_BASE_URL_PLACEHOLDER } from '../../../tools/deploy/skill-manifest';
import { ENDPOINT_PLACEHOLDER, MANIFEST_SOURCE } from '../../../tools/set-endpoint';

interface LocaleListing {
  name: string;
  summary: string;
  description: string;
  examplePhrases: string[];
  keywords: string[];
}

const manifestText = readFileSync(MANIFEST_SOURCE, 'utf8');
const { manifest } = JSON.parse(manifestText);
const listings = manifest.publishingInformation.locales as Record<string, LocaleListing>;

/**
 * The utterance of an example phrase, as Alexa hands it to the skill: "Alexa, ask Steady to help
 * me breathe" -> "help me breathe", "Alexa, pídele a Steady que me ayude a respirar" -> "me ayude
 * a respirar", "Alexa, pregúntale a Steady cuántos días llevo" -> "cuántos días llevo".
 */
function utteranceOf(phrase: string): string {
  return phrase
    .replace(/^Alexa, (?:ask Steady (?:to )?|(?:pídele|dile) a Steady (?:que )?|pregúntale a Steady )/i, '')
    .replace(/[.?!]$/, '')
    .toLowerCase();
}

/**
 * Whether a sample utterance, with its {slots} standing for any words, covers the utterance. A
 * sample made only of slots ("{technique}") covers nothing: certification wants the words.
 */
function sampleCovers(sample: string, utterance: string): boolean {
  if (sample.replace(/\{\w+\}/g, '').trim() === '') return false;
  const pattern = sample
    .toLowerCase()
    .split(/\{\w+\}/)
    .map((literal) => literal.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
    .join('.+');
  return new RegExp(`^${pattern}$`).test(utterance);
}

describe('skill-package/skill.json', () => {
  it('is a version 1.0 skill manifest', () => {
    expect(path.relative(path.resolve(__dirname, '../../..'), MANIFEST_SOURCE)).toBe(path.join('skill-package', 'skill.json'));
    expect(manifest.manifestVersion).toBe('1.0');
    expect(manifest.publishingInformation.category).toBe('HEALTH_AND_FITNESS');
  });

  it('is published in the five English and three Spanish locales, in their countries', () => {
    expect(Object.keys(listings).sort()).toEqual([...MODEL_LOCALES].sort());
    expect(manifest.publishingInformation.isAvailableWorldwide).toBe(false);
    expect([...manifest.publishingInformation.distributionCountries].sort()).toEqual(
      [...new Set(MODEL_LOCALES.map((locale) => locale.slice(3)))].sort(),
    );
  });

  it.each(ENGLISH_LOCALES)('lists Steady in %s with a medical disclaimer', (locale) => {
    const listing = listings[locale];
    expect(listing.name).toBe('Steady');
    expect(listing.summary.length).toBeGreaterThan(0);
    expect(listing.summary.length).toBeLessThanOrEqual(160);
    expect(listing.description).toContain('not a medical product');
    expect(listing.description).toContain('not a substitute for professional medical advice');
    expect(listing.keywords.length).toBeGreaterThan(0);
    expect(listing).toEqual(listings['en-US']);
  });

  it.each(SPANISH_LOCALES)('lists Steady in %s in Spanish, with the medical disclaimer', (locale) => {
    const listing = listings[locale];
    expect(listing.name).toBe('Steady');
    expect(listing.summary.length).toBeGreaterThan(0);
    expect(listing.summary.length).toBeLessThanOrEqual(160);
    expect(listing.description).toContain('Steady no es un producto médico');
    expect(listing.description).toContain('No sustituye el consejo médico profesional');
    expect(listing.keywords).toContain('respiración');
    expect(listing).toEqual(listings['es-US']);
  });

  it('leads in Spanish with "Alexa, pídele a Steady que me ayude a respirar"', () => {
    const phrases = listings['es-US'].examplePhrases;
    expect(phrases[0]).toBe('Alexa, pídele a Steady que me ayude a respirar');
    expect(phrases.length).toBeLessThanOrEqual(3);
    for (const phrase of phrases) expect(phrase).toMatch(/^Alexa, (pídele|pregúntale|dile) a Steady /);
  });

  it('leads with "Alexa, ask Steady to help me breathe" and at most three phrases', () => {
    const phrases = listings['en-US'].examplePhrases;
    expect(phrases[0]).toBe('Alexa, ask Steady to help me breathe');
    expect(phrases.length).toBeLessThanOrEqual(3);
    for (const phrase of phrases) expect(phrase).toMatch(/^Alexa, ask Steady /);
  });

  it.each(MODEL_LOCALES)('only uses example phrases the %s interaction model understands', (locale) => {
    const model = JSON.parse(readFileSync(modelPath(locale), 'utf8')) as InteractionModelFile;
    const samples = model.interactionModel.languageModel.intents.flatMap((intent) => intent.samples ?? []);
    const utterances = listings[locale].examplePhrases.map(utteranceOf);
    for (const utterance of utterances) expect(utterance).not.toMatch(/^alexa/);
    expect(utterances.filter((utterance) => !samples.some((sample) => sampleCovers(sample, utterance)))).toEqual([]);
  });

  it('answers the privacy and compliance questions', () => {
    expect(manifest.privacyAndCompliance).toEqual({
      allowsPurchases: false,
      usesPersonalInfo: false,
      isChildDirected: false,
      isExportCompliant: true,
      containsAds: false,
      usesHealthInfo: false,
      locales: Object.fromEntries(
        MODEL_LOCALES.map((locale) => [
          locale,
          // The Spanish locales read the policy and terms in Spanish.
          locale.startsWith('es-')
            ? {
                privacyPolicyUrl: `${PUBLIC_BASE_URL_PLACEHOLDER}/privacidad.html`,
                termsOfUseUrl: `${PUBLIC_BASE_URL_PLACEHOLDER}/terminos.html`,
              }
            : {
                privacyPolicyUrl: `${PUBLIC_BASE_URL_PLACEHOLDER}/privacy.html`,
                termsOfUseUrl: `${PUBLIC_BASE_URL_PLACEHOLDER}/terms.html`,
              },
        ]),
      ),
    });
  });

  it('asks for the reminders and timers permissions', () => {
    expect(manifest.permissions).toEqual([
      { name: 'alexa::alerts:reminders:skill:readwrite' },
      { name: 'alexa::alerts:timers:skill:readwrite' },
    ]);
  });

  it('supports APL screens and name-free requests, and keeps the endpoint as a placeholder in git', () => {
    const custom = manifest.apis.custom;
    expect(custom.interfaces.map((i: { type: string }) => i.type)).toEqual([
      'ALEXA_PRESENTATION_APL',
      'CAN_FULFILL_INTENT_REQUEST',
      'AUDIO_PLAYER',
    ]);
    expect(custom.interfaces[0].supportedViewports.length).toBeGreaterThan(0);
    expect(custom.endpoint).toEqual({ uri: ENDPOINT_PLACEHOLDER });
  });
});
