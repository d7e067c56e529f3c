/**
 * Steady en español, as far as the words go: each Spanish locale gets Spanish, every Spanish line is
 * paced on the Spanish clock, no English word slips into a Spanish line, and each country hears
 * its own crisis line and emergency number, the emergency number first when there is danger.
 */
import { languageOf, wordsFor, type Words } from '../../../lambda/content/words';
import { crisisSpeech } from '../../../lambda/guidance/safety/crisis-lines';
import { dangerSpeech } from '../../../lambda/guidance/safety/danger';
import { isSpanishText } from '../../../lambda/speech/text-language';
import type { Segment } from '../../../lambda/timeline';

const SPANISH_LOCALES = ['es-US', 'es-MX', 'es-ES'] as const;

/** Every string a content object holds or makes: its templates are called with plausible arguments. */
function linesOf(words: Words, sample: readonly string[]): string[] {
  const lines: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') lines.push(value);
    else if (typeof value === 'function') {
      for (const args of [
        [3, 3, 3, 3],
        [1, 1, 1, 1],
        [sample[0], sample[1], 3, sample[1]],
      ]) {
        let made: unknown;
        try {
          made = (value as (...args: unknown[]) => unknown)(...args);
        } catch {
          continue; // arguments of the wrong kind for this template: another set fits it
        }
        visit(made);
      }
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(words);
  return lines.filter((line) => line.trim() !== '' && !/^[\d ]+$/.test(line) && !/undefined|NaN/.test(line));
}

const spanish = wordsFor('es-MX');
const english = wordsFor('en-US');
const spanishLines = linesOf(spanish, ['la respiración cuadrada', 'dos minutos']);
const englishLines = linesOf(english, ['box breathing', 'two minutes']);

const vocabulary = (lines: readonly string[]) =>
  new Set(
    lines
      .flatMap((line) => line.toLowerCase().split(/[^a-záéíóúñü']+/))
      .map((word) => word.replace(/^'+|'+$/g, ''))
      .filter((word) => word !== ''),
  );

/** Words both languages write the same way and Spanish uses as its own. */
const SHARED = new Set([
  'a',
  'abdomen',
  'alexa',
  'audio',
  'crisis',
  'decide',
  'favor',
  'has',
  'local',
  'me',
  'natural',
  'no',
  'normal',
  'once',
  'real',
  'steady',
  'tele',
]);

const said = (segments: readonly Segment[]) => segments.flatMap((s) => (s.kind === 'say' ? [s.text] : [])).join(' ');

describe('Steady en español', () => {
  it('answers each Spanish locale in Spanish, and every other locale as before', () => {
    for (const locale of SPANISH_LOCALES) expect(languageOf(locale)).toBe('es');
    for (const locale of ['en-US', 'en-GB', 'fr-FR', undefined]) expect(languageOf(locale)).toBe('en');
    expect(wordsFor('es-US')).toBe(spanish);
    expect(wordsFor('en-GB')).toBe(english);
  });

  it('paces every Spanish line on the Spanish clock and every English line on the English one', () => {
    expect(spanishLines.length).toBeGreaterThan(500);
    // A word both languages write alike ("abdomen", "Steady") is paced the same either way.
    expect(spanishLines.filter((line) => !SHARED.has(line.toLowerCase()) && !isSpanishText(line))).toEqual([]);
    expect(englishLines.filter((line) => isSpanishText(line))).toEqual([]);
  });

  it('puts no English word in a Spanish line', () => {
    const spanishWords = vocabulary(spanishLines);
    const borrowed = [...vocabulary(englishLines)].filter((word) => spanishWords.has(word) && !SHARED.has(word));
    expect(borrowed).toEqual([]);
  });

  it.each([
    ['es-US', /nueve, ocho, ocho/, /nueve uno uno/],
    ['es-MX', /ochocientos, novecientos once, dos mil/, /nueve once/],
    ['es-ES', /cero veinticuatro/, /uno uno dos/],
  ])('in %s, a crisis hears the country’s line, and danger its emergency number first', (locale, line, emergency) => {
    expect(said(crisisSpeech(spanish, locale))).toMatch(line);
    const danger = said(dangerSpeech(spanish, locale));
    expect(danger).toMatch(emergency);
    expect(danger.search(emergency)).toBeLessThan(danger.search(/\./));
  });
});
