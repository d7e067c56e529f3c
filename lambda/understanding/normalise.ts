/** How free text is read: lowercase words, contractions spelled out, nothing else. */
import { spokenNumber } from '../speech/spanish-syllables';
import { englishNumber } from './english-numbers';

/** Longer than this is not something said in one breath; only its start is read for feelings. */
export const MAX_READ_CHARACTERS = 2000;

const CONTRACTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bcan'?t\b/g, 'cannot'],
  [/\bcan not\b/g, 'cannot'],
  [/\bwon'?t\b/g, 'will not'],
  [/\bain'?t\b/g, 'is not'],
  [/\bdont\b/g, 'do not'],
  [/\bdoesnt\b/g, 'does not'],
  [/\bdidnt\b/g, 'did not'],
  [/\bisnt\b/g, 'is not'],
  [/\bwasnt\b/g, 'was not'],
  [/\bhasnt\b/g, 'has not'],
  [/\bhavent\b/g, 'have not'],
  [/\bwouldnt\b/g, 'would not'],
  [/\bcouldnt\b/g, 'could not'],
  [/n't\b/g, ' not'],
  [/\bim\b/g, 'i am'],
  [/\bi'm\b/g, 'i am'],
  [/\bive\b/g, 'i have'],
  [/'ve\b/g, ' have'],
  [/'ll\b/g, ' will'],
  [/'re\b/g, ' are'],
  [/\bi'd\b/g, 'i would'],
  [/\bwanna\b/g, 'want to'],
  [/\bgonna\b/g, 'going to'],
  [/\bo'?clock\b/g, 'o clock'],
  [/\bany more\b/g, 'anymore'],
  [/\bno one\b/g, 'nobody'],
  [/\bnoone\b/g, 'nobody'],
  [/\bit'?s\b/g, 'it is'],
  [/\bthat'?s\b/g, 'that is'],
  [/\beveryone'?s\b/g, 'everyone is'],
  [/\bwhat'?s\b/g, 'what is'],
  [/\bthere'?s\b/g, 'there is'],
  [/\bhere's\b/g, 'here is'],
  [/\bwho's\b/g, 'who is'],
  [/\b(he|she)'s\b/g, '$1 is'],
  [/\btonight's\b/g, 'tonight is'],
  // "the rope's ready", "mum's pills": the noun itself, so "rope" is heard in both.
  [/'s\b/g, ''],
];

/** A dose in milligrams or units ("40mg of prozac") is the size of one dose, not a count of pills. */
const DOSE = /\d+(?=\s*(?:mg|ml|mcg|milligrams?|micrograms?|millilitres?|milliliters?|units?|iu|miligramos?|mililitros?|unidades)\b)/g;

/** The text with its accents taken off: "está" is "esta", "ñ" is "n". */
export function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * Lowercase words and apostrophes only, one space between words, numbers said as words in either
 * language ("50 aspirin" reads "fifty aspirin", "30 pastillas" "treinta pastillas", as the phrases
 * count them; a dose's digits, "40mg", are left out). English: contractions spelled out, and a
 * letter with an accent is no letter of its words (so "ŚḢ" is not read as "sh"). Spanish: accents
 * taken off ("está" is "esta", "ñ" is "n"), as its phrases are written.
 */
export function normaliseFeelingText(text: string, language = 'en'): string {
  const lowered = text.slice(0, MAX_READ_CHARACTERS).toLowerCase();
  const inWords = lowered
    .replace(DOSE, ' ')
    .replace(/\d+/g, (digits) => ` ${language === 'en' ? englishNumber(digits) : spokenNumber(digits)} `);
  let words = (language === 'en' ? inWords : withoutAccents(inWords))
    .replace(/[‘’`´]/g, "'")
    .replace(/[^a-z'\s]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (language === 'en') for (const [pattern, replacement] of CONTRACTIONS) words = words.replace(pattern, replacement);
  return words.replace(/'/g, '').replace(/\s+/g, ' ').trim();
}
