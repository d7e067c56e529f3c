/**
 * The certification rules a skill manifest can be held to offline: the lengths Amazon allows, example
 * phrases that start with the wake word, a launch phrase of the listing's language ("ask", "pídele
 * a") and the invocation name, the health disclaimer in the listing's language, icons of the two
 * sizes, and the policy pages. `npm test` runs them on the committed files, and `npm run deploy`
 * on what it is about to upload.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { LAUNCH_PHRASES, type ListingLanguage, listingLanguageOf, spokenName } from './invocation-name';
import { type SkillManifest, SITE_DIRECTORY, siteFileOf } from './skill-manifest';

export const LIMITS = {
  name: { min: 2, max: 50 },
  summary: { min: 1, max: 160 },
  description: { min: 1, max: 4000 },
  examplePhrases: { min: 1, max: 3 },
  keywords: { max: 30 },
  testingInstructions: { min: 1, max: 4000 },
} as const;

export const ICON_SIZES = { smallIconUri: 108, largeIconUri: 512 } as const;

const WAKE_WORD = 'Alexa, ';
export const HEALTH_DISCLAIMER = 'not a substitute for professional medical advice';
/** The sentence each language's description must carry, as the English one carries HEALTH_DISCLAIMER. */
export const HEALTH_DISCLAIMERS: Readonly<Record<ListingLanguage, string>> = {
  en: HEALTH_DISCLAIMER,
  es: 'No sustituye el consejo médico profesional',
};

/** The width and height in a PNG's header, or undefined when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export interface CheckOptions {
  /** The name the models carry; the example phrases must use it. */
  readonly invocationName: string;
  /** Where placeholder addresses point; their files must exist. */
  readonly siteDirectory?: string;
}

function lengthProblem(what: string, text: string | undefined, limit: { min?: number; max: number }): string | undefined {
  const length = text?.length ?? 0;
  if (length < (limit.min ?? 0)) return `${what} is missing`;
  if (length > limit.max) return `${what} is ${length} characters, over Amazon's ${limit.max}`;
  return undefined;
}

function urlProblems(what: string, url: string | undefined, siteDirectory: string): string[] {
  if (!url) return [`${what} is missing`];
  if (!url.startsWith('https://')) return [`${what} must be an HTTPS address, not ${url}`];
  const file = siteFileOf(url);
  if (file !== undefined && !existsSync(path.join(siteDirectory, file))) return [`${what} points at ${file}, which is not in infra/site/`];
  return [];
}

function iconProblems(what: string, url: string | undefined, size: number, siteDirectory: string): string[] {
  const problems = urlProblems(what, url, siteDirectory);
  const file = url ? siteFileOf(url) : undefined;
  if (problems.length > 0 || file === undefined) return problems;
  const dimensions = pngSize(readFileSync(path.join(siteDirectory, file)));
  if (!dimensions) return [`${what} (${file}) is not a PNG`];
  if (dimensions.width !== size || dimensions.height !== size) {
    return [`${what} (${file}) is ${dimensions.width}×${dimensions.height}, not ${size}×${size}`];
  }
  return [];
}

/** What an invocation name breaks of Amazon's rules (a one-word name is allowed, with brand proof). */
export function invocationNameProblems(name: string): string[] {
  const problems: string[] = [];
  if (!/^[a-z][a-z ]*[a-z]$/.test(name) || /\s{2}/.test(name))
    problems.push(`invocation name "${name}" must be lower-case letters and single spaces`);
  if (/\b(alexa|amazon|echo|skill|app)\b/.test(name))
    problems.push(`invocation name "${name}" may not contain alexa, amazon, echo, skill or app`);
  return problems;
}

/** Every rule the manifest breaks, as readable lines; empty when it passes. */
export function manifestProblems(source: SkillManifest, options: CheckOptions): string[] {
  const siteDirectory = options.siteDirectory ?? SITE_DIRECTORY;
  const { publishingInformation, privacyAndCompliance } = source.manifest;
  const problems: string[] = [...invocationNameProblems(options.invocationName)];
  const push = (problem: string | undefined): void => {
    if (problem) problems.push(problem);
  };
  const name = spokenName(options.invocationName).toLowerCase();

  for (const [locale, listing] of Object.entries(publishingInformation.locales)) {
    const language = listingLanguageOf(locale);
    const launchPhrases: readonly string[] = LAUNCH_PHRASES[language];
    const disclaimer = HEALTH_DISCLAIMERS[language];
    push(lengthProblem(`${locale} name`, listing.name, LIMITS.name));
    push(lengthProblem(`${locale} summary`, listing.summary, LIMITS.summary));
    push(lengthProblem(`${locale} description`, listing.description, LIMITS.description));
    if (!listing.description?.includes(disclaimer)) push(`${locale} description lacks the health disclaimer ("${disclaimer}")`);
    const phrases = listing.examplePhrases ?? [];
    if (phrases.length < LIMITS.examplePhrases.min || phrases.length > LIMITS.examplePhrases.max) {
      push(`${locale} has ${phrases.length} example phrases; Amazon allows ${LIMITS.examplePhrases.min} to ${LIMITS.examplePhrases.max}`);
    }
    for (const phrase of phrases) {
      const rest = phrase.startsWith(WAKE_WORD) ? phrase.slice(WAKE_WORD.length).toLowerCase() : undefined;
      const launch = rest === undefined ? undefined : launchPhrases.find((verb) => rest.startsWith(`${verb} `));
      if (rest === undefined || launch === undefined)
        push(
          `${locale} example "${phrase}" must begin "${WAKE_WORD}" and a launch phrase such as ${launchPhrases[0]} or ${launchPhrases[1]}`,
        );
      else if (!`${rest.slice(launch.length + 1)} `.startsWith(`${name} `))
        push(`${locale} example "${phrase}" must name the skill as "${spokenName(options.invocationName)}" after "${launch}"`);
    }
    if ((listing.keywords ?? []).length > LIMITS.keywords.max) push(`${locale} has more than ${LIMITS.keywords.max} keywords`);
    for (const [field, size] of Object.entries(ICON_SIZES) as Array<[keyof typeof ICON_SIZES, number]>) {
      problems.push(...iconProblems(`${locale} ${field}`, listing[field], size, siteDirectory));
    }
    const legal = privacyAndCompliance.locales?.[locale];
    problems.push(...urlProblems(`${locale} privacyPolicyUrl`, legal?.privacyPolicyUrl, siteDirectory));
    problems.push(...urlProblems(`${locale} termsOfUseUrl`, legal?.termsOfUseUrl, siteDirectory));
  }
  push(lengthProblem('testingInstructions', publishingInformation.testingInstructions, LIMITS.testingInstructions));
  return problems;
}
