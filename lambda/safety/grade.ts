/**
 * The safety grader: every piece of free text a request carries is read here first. One logic for
 * every language; the words live in lambda/content/<language>/heard/ as data.
 *
 *   danger  an act in progress or means at hand: the emergency number first, then the line
 *   crisis  thoughts of suicide, self-harm, goodbyes, hopelessness with finality: the line, twice
 *   none    nothing of either (the feelings net then reads it for distress and everyday feelings)
 *
 * Everyday idioms ("dead tired", "this traffic is killing me") are set aside before anything is
 * read, so they never hear the crisis answer. Pure: the text is never kept, logged or said back.
 */
import { normaliseFeelingText } from '../understanding/normalise';
import { safetyPhrasesFor } from '../content/heard';
import { languageOf } from '../content/words';
import type { SafetyGrade, SafetyPhrases, SafetyRule } from './safety-phrases';

export type { SafetyGrade, SafetyPhrases, SafetyRule, SlotOpening } from './safety-phrases';

export { safetyPhrasesFor };

/** Each language's idioms, compiled once to blank every span they match. */
const GLOBAL_IDIOMS = new WeakMap<SafetyPhrases, readonly RegExp[]>();

/** The normalised words with every everyday idiom's span blanked out. */
export function withoutIdioms(words: string, phrases: SafetyPhrases): string {
  let idioms = GLOBAL_IDIOMS.get(phrases);
  if (!idioms) {
    idioms = phrases.idioms.map((idiom) => new RegExp(idiom.source, 'g'));
    GLOBAL_IDIOMS.set(phrases, idioms);
  }
  let rest = words;
  for (const idiom of idioms) rest = rest.replace(idiom, ' | ');
  return rest.replace(/\s+/g, ' ').trim();
}

const anyMatch = (patterns: readonly RegExp[], text: string): boolean => patterns.some((pattern) => pattern.test(text));

/** How much danger words already set apart from their idioms (withoutIdioms) speak of. */
export function gradeRead(read: string, phrases: SafetyPhrases): SafetyGrade {
  const saidTogether = (grade: SafetyRule['grade']): boolean =>
    phrases.together.some((rule) => rule.grade === grade && rule.all.every((part) => part.test(read)) && !rule.unless?.test(read));
  if (anyMatch(phrases.danger, read) || saidTogether('danger')) return 'danger';
  if (anyMatch(phrases.crisis, read) || saidTogether('crisis') || phrases.warningWords.test(read)) return 'crisis';
  return 'none';
}

/** How much danger the normalised words speak of, once their idioms are set aside. */
function gradeWords(words: string, phrases: SafetyPhrases): SafetyGrade {
  return words === '' ? 'none' : gradeRead(withoutIdioms(words, phrases), phrases);
}

/** The words as the grader reads them: normalised, each misheard word of danger as it was meant. */
function wordsMeant(text: string, phrases: SafetyPhrases, locale: string | undefined): string {
  let words = normaliseFeelingText(text, languageOf(locale));
  for (const [heard, meant] of phrases.misheard) words = words.replace(heard, meant);
  return words;
}

/** The grade of a piece of free text, in the language of the locale. */
export function gradeText(text: string | undefined, locale?: string): SafetyGrade {
  if (text === undefined) return 'none';
  const phrases = safetyPhrasesFor(locale);
  return gradeWords(wordsMeant(text, phrases, locale), phrases);
}

const SEVERITY: readonly SafetyGrade[] = ['none', 'crisis', 'danger'];

interface Opening {
  readonly words: string;
  readonly before?: RegExp;
}

/** Each language's openings with their words read as the person's are, each said once. */
const NORMALISED_OPENINGS = new WeakMap<SafetyPhrases, readonly Opening[]>();

function openingsOf(phrases: SafetyPhrases, locale: string | undefined): readonly Opening[] {
  let openings = NORMALISED_OPENINGS.get(phrases);
  if (!openings) {
    const seen = new Map<string, Opening>();
    for (const opening of phrases.openings) {
      const { words, before } = typeof opening === 'string' ? { words: opening, before: undefined } : opening;
      const normalised = normaliseFeelingText(words, languageOf(locale));
      const key = `${normalised}|${before?.source ?? ''}`;
      if (!seen.has(key)) seen.set(key, before ? { words: normalised, before } : { words: normalised });
    }
    openings = [...seen.values()];
    NORMALISED_OPENINGS.set(phrases, openings);
  }
  return openings;
}

/**
 * The grade of a slot's words, read as they came and after each first-person opening the slot's
 * carrier may have taken from them: the gravest reading counts.
 */
export function gradeSlotText(text: string | undefined, locale?: string): SafetyGrade {
  if (text === undefined) return 'none';
  const phrases = safetyPhrasesFor(locale);
  const words = wordsMeant(text, phrases, locale);
  let grade = gradeWords(words, phrases);
  for (const opening of openingsOf(phrases, locale)) {
    if (grade === 'danger') break;
    if (opening.before && !opening.before.test(words)) continue;
    const reread = gradeWords(`${opening.words} ${words}`, phrases);
    if (SEVERITY.indexOf(reread) > SEVERITY.indexOf(grade)) grade = reread;
  }
  return grade;
}

/**
 * The grade of a whole statement (the catch-all's slot, every word said after a filler): read as
 * it came, and in a language that leaves out the subject also after each opening.
 */
export function gradeStatementText(text: string | undefined, locale?: string): SafetyGrade {
  return safetyPhrasesFor(locale).dropsSubjects ? gradeSlotText(text, locale) : gradeText(text, locale);
}
