import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ENGLISH_LOCALES, type InteractionModelFile, modelPath } from '../../../tools/generate-locales';
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

/** The utterance of an example phrase: "Alexa, ask Steady to help me breathe" -> "help me breathe". */
function utteranceOf(phrase: string): string {
  return phrase
    .replace(/^Alexa, ask Steady (to )?/i, '')
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

  it('is published in the five English locales, in their countries', () => {
    expect(Object.keys(listings).sort()).toEqual([...ENGLISH_LOCALES].sort());
    expect(manifest.publishingInformation.isAvailableWorldwide).toBe(false);
    expect([...manifest.publishingInformation.distributionCountries].sort()).toEqual(
      ENGLISH_LOCALES.map((locale) => locale.slice(3)).sort(),
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

  it('leads with "Alexa, ask Steady to help me breathe" and at most three phrases', () => {
    const phrases = listings['en-US'].examplePhrases;
    expect(phrases[0]).toBe('Alexa, ask Steady to help me breathe');
    expect(phrases.length).toBeLessThanOrEqual(3);
    for (const phrase of phrases) expect(phrase).toMatch(/^Alexa, ask Steady /);
  });

  it('only uses example phrases the interaction model understands', () => {
    const model = JSON.parse(readFileSync(modelPath('en-US'), 'utf8')) as InteractionModelFile;
    const samples = model.interactionModel.languageModel.intents.flatMap((intent) => intent.samples ?? []);
    const unknown = listings['en-US'].examplePhrases
      .map(utteranceOf)
      .filter((utterance) => !samples.some((sample) => sampleCovers(sample, utterance)));
    expect(unknown).toEqual([]);
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
        ENGLISH_LOCALES.map((locale) => [
          locale,
          { privacyPolicyUrl: `${PUBLIC_BASE_URL_PLACEHOLDER}/privacy.html`, termsOfUseUrl: `${PUBLIC_BASE_URL_PLACEHOLDER}/terms.html` },
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
