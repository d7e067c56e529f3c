/** How free text is read: lowercase words, contractions spelled out, nothing else. */
import { spokenNumber } from '../speech/spanish-syllables';

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

/** The text with its accents taken off: "está" is "esta", "ñ" is "n". */
export function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * Lowercase words and apostrophes only, one space between words. English: contractions spelled
 * out, and a letter with an accent is no letter of its words (so "ŚḢ" is not read as "sh").
 * Spanish: accents taken off ("está" is "esta", "ñ" is "n"), as its phrases are written, and
 * numbers said as words ("30 pastillas" reads "treinta pastillas", as the phrases count them).
 */
export function normaliseFeelingText(text: string, language = 'en'): string {
  const lowered = text.slice(0, MAX_READ_CHARACTERS).toLowerCase();
  const spanish = language === 'en' ? lowered : lowered.replace(/\d+/g, (digits) => ` ${spokenNumber(digits)} `);
  let words = (language === 'en' ? lowered : withoutAccents(spanish))
    .replace(/[‘’`´]/g, "'")
    .replace(/[^a-z'\s]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (language === 'en') for (const [pattern, replacement] of CONTRACTIONS) words = words.replace(pattern, replacement);
  return words.replace(/'/g, '').replace(/\s+/g, ' ').trim();
}
