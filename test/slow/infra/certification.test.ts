import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { PRACTICE_KINDS } from '../../../lambda/practice/practice-kind';
import { PREFERENCE_FIELDS } from '../../../lambda/practice/preferences';
import { MODEL_LOCALES } from '../../../tools/generate-locales';
import { ONE_WORD_INVOCATION_NAME, TWO_WORD_INVOCATION_NAME } from '../../../tools/deploy/invocation-name';
import {
  HEALTH_DISCLAIMER,
  HEALTH_DISCLAIMERS,
  invocationNameProblems,
  manifestProblems,
  pngSize,
} from '../../../tools/deploy/manifest-checks';
import { deployableManifest, readManifest, readModel, SITE_DIRECTORY } from '../../../tools/deploy/skill-manifest';
import { ICON_FILES, renderIcon } from '../../../tools/render-icons';
import { ACCESS_LOG_DAYS } from '../../../infra/public-content';

const ARN = 'arn:aws:lambda:us-east-1:123456789012:function:Steady-SkillFunction4ADF40E6-AbCdEf123456';
const BASE = 'https://d111111abcdef8.cloudfront.net';
const site = (file: string): string => readFileSync(path.join(SITE_DIRECTORY, file), 'utf8');
const text = (html: string): string => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the manifest, checked offline against the certification rules', () => {
  it('passes as committed, and as deployed under either name', () => {
    expect(manifestProblems(readManifest(), { invocationName: ONE_WORD_INVOCATION_NAME })).toEqual([]);
    for (const invocationName of [ONE_WORD_INVOCATION_NAME, TWO_WORD_INVOCATION_NAME]) {
      const deployed = deployableManifest(readManifest(), { functionArn: ARN, publicBaseUrl: `${BASE}/`, invocationName });
      expect(manifestProblems(deployed, { invocationName })).toEqual([]);
    }
  });

  it('finds what certification would refuse', () => {
    const broken = readManifest();
    const listing = broken.manifest.publishingInformation.locales['en-GB'];
    if (!listing) throw new Error('no en-GB listing');
    listing.summary = 'x'.repeat(161);
    listing.description = 'Steady guides breathing.';
    listing.examplePhrases = [
      'Ask Steady to help me breathe',
      'Alexa, ask Calm to help me breathe',
      'Alexa, open Steady',
      'Alexa, ask Steady for a streak',
    ];
    listing.largeIconUri = listing.smallIconUri;
    delete broken.manifest.privacyAndCompliance.locales?.['en-GB']?.termsOfUseUrl;
    broken.manifest.publishingInformation.testingInstructions = '';
    expect(manifestProblems(broken, { invocationName: ONE_WORD_INVOCATION_NAME })).toEqual([
      "en-GB summary is 161 characters, over Amazon's 160",
      `en-GB description lacks the health disclaimer ("${HEALTH_DISCLAIMER}")`,
      'en-GB has 4 example phrases; Amazon allows 1 to 3',
      'en-GB example "Ask Steady to help me breathe" must begin "Alexa, " and a launch phrase such as ask or open',
      'en-GB example "Alexa, ask Calm to help me breathe" must name the skill as "Steady" after "ask"',
      'en-GB largeIconUri (icons/steady-108.png) is 108×108, not 512×512',
      'en-GB termsOfUseUrl is missing',
      'testingInstructions is missing',
    ]);
  });

  it('holds a Spanish listing to Spanish launch phrases and the Spanish disclaimer', () => {
    const broken = readManifest();
    const listing = broken.manifest.publishingInformation.locales['es-MX'];
    if (!listing) throw new Error('no es-MX listing');
    listing.description = listing.description.replace(HEALTH_DISCLAIMERS.es, '');
    listing.examplePhrases = [
      'Alexa, ask Steady to help me breathe',
      'Alexa, pídele a Calma que me ayude a respirar',
      'Alexa, abre Steady',
    ];
    delete broken.manifest.privacyAndCompliance.locales?.['es-MX']?.privacyPolicyUrl;
    expect(manifestProblems(broken, { invocationName: ONE_WORD_INVOCATION_NAME })).toEqual([
      `es-MX description lacks the health disclaimer ("${HEALTH_DISCLAIMERS.es}")`,
      'es-MX example "Alexa, ask Steady to help me breathe" must begin "Alexa, " and a launch phrase such as pídele a or abre',
      'es-MX example "Alexa, pídele a Calma que me ayude a respirar" must name the skill as "Steady" after "pídele a"',
      'es-MX privacyPolicyUrl is missing',
    ]);
  });

  it('holds the example phrases to the deployed invocation name', () => {
    const problems = manifestProblems(readManifest(), { invocationName: TWO_WORD_INVOCATION_NAME });
    expect(problems).toContain('en-US example "Alexa, ask Steady to help me breathe" must name the skill as "Steady Calm" after "ask"');
    expect(problems).toContain(
      'es-ES example "Alexa, pregúntale a Steady cuántos días llevo" must name the skill as "Steady Calm" after "pregúntale a"',
    );
  });

  it('keeps both invocation names within the rules, and the models on the one-word name', () => {
    expect(invocationNameProblems(ONE_WORD_INVOCATION_NAME)).toEqual([]);
    expect(invocationNameProblems(TWO_WORD_INVOCATION_NAME)).toEqual([]);
    expect(TWO_WORD_INVOCATION_NAME.split(' ')).toHaveLength(2);
    expect(invocationNameProblems('steady skill')).toEqual([
      'invocation name "steady skill" may not contain alexa, amazon, echo, skill or app',
    ]);
    for (const locale of MODEL_LOCALES)
      expect(readModel(locale).interactionModel.languageModel.invocationName).toBe(ONE_WORD_INVOCATION_NAME);
  });

  it('has testing instructions that name the flows a reviewer must try', () => {
    const instructions = readManifest().manifest.publishingInformation.testingInstructions ?? '';
    for (const phrase of ['help me breathe', 'fall asleep', "what's my streak", 'remind me', 'forget my history', 'no account linking']) {
      expect(instructions).toContain(phrase);
    }
  });
});

describe('the icons', () => {
  it.each(Object.entries(ICON_FILES))(
    '%s×%s is a PNG of that size, rendered from skill-package/assets/icon.svg as committed',
    (size, file) => {
      const committed = readFileSync(path.join(SITE_DIRECTORY, 'icons', file));
      expect(pngSize(committed)).toEqual({ width: Number(size), height: Number(size) });
      // Stale icons (the SVG edited, `npm run render-icons` not run) fail here.
      expect(renderIcon(Number(size)).equals(committed)).toBe(true);
    },
  );
});

describe('the privacy policy and terms', () => {
  const policy = text(site('privacy.html'));

  it('says what Steady keeps, field by field', () => {
    for (const kept of [
      'Alexa user id',
      'practised',
      'sessions and minutes',
      'each kind of practice',
      'time zone',
      'reminder',
      'timers',
      'time on your own',
      'next length',
    ]) {
      expect(policy).toContain(kept);
    }
  });

  it('names every kind of practice the table counts, and says none is a state', () => {
    for (const kind of PRACTICE_KINDS) expect(policy).toContain(kind === 'bedtime' ? 'bedtime wind-down' : kind);
    expect(policy).toContain('never by what brought you to it');
    expect(policy).toContain('the answer itself is not kept');
  });

  it('says exactly what a forget leaves, and for how long', () => {
    expect(policy).toMatch(/nothing that was asked for before the forget .* can write any of it back/);
    expect(policy).toContain('a one-way hash of the request that asked for it and the time it was asked');
    expect(policy).toContain('removed automatically three days later');
    expect(policy).toContain('point-in-time backups for 35 days');
  });

  it('says what the access logs of the pages and tracks hold, and for exactly as long as the stack keeps them', () => {
    expect(policy).toContain('access logs record the internet address a file was requested from');
    expect(policy).toContain(`deleted after ${ACCESS_LOG_DAYS} days`);
  });

  it('names every preference the table stores', () => {
    const words: Record<string, string> = {
      technique: 'default technique',
      minutes: 'session length',
      softVoiceAtNight: 'softer voice at night',
      bells: 'bell',
      sleepSoundsMinutes: 'sleep sounds',
    };
    for (const field of PREFERENCE_FIELDS) {
      expect(words[field]).toBeDefined();
      expect(policy).toContain(words[field]);
    }
  });

  it('says how long, what it never keeps, and how to delete it all by voice', () => {
    expect(policy).toMatch(/How long .*as long as you use Steady/);
    expect(policy).toMatch(/never keeps .*how you feel/i);
    expect(policy).toContain('"Alexa, ask Steady to forget my history"');
    expect(policy).toContain('deleted after 30 days');
  });

  it('the terms carry the health disclaimer, and each page links the other', () => {
    const terms = text(site('terms.html'));
    expect(terms).toContain(HEALTH_DISCLAIMER);
    expect(site('terms.html')).toContain('href="privacy.html"');
    expect(site('privacy.html')).toContain('href="terms.html"');
  });
});
