/**
 * How long Alexa takes to say a text. The single estimate every pacing decision uses.
 *
 * Alexa's default voice speaks about 150-170 words a minute. Counting syllables as well as words
 * keeps both "In" and "Breathe out slowly" honest: 230 ms a syllable plus 90 ms a word gives
 * about 160 words a minute on Steady's own sentences. Punctuation adds the pauses the voice makes
 * at commas and sentence ends. A `<prosody rate>` of 80% stretches everything by 1 / 0.8.
 *
 * Spanish packs more, shorter syllables into the same time (about 7.8 a second against English's
 * 6.2 in Pellegrino, Coupé and Marsico, Language 87(3), 2011). Its syllables are counted by
 * Spanish rules (spanish-syllables.ts) and cost 195 ms: espeak-ng's Spanish and English voices,
 * timed over 120 of Steady's own lines in each language, put Spanish syllables at 0.84 of
 * English's, as the same estimate of Alexa's voice would have them.
 */
import { countSpanishSyllables } from './spanish-syllables';
import { isSpanishText } from './text-language';

export const MS_PER_SYLLABLE = 230;
export const SPANISH_MS_PER_SYLLABLE = 195;
/** Each word adds a little: its onset and the joins between words. */
export const MS_PER_WORD = 90;
const SENTENCE_END_MS = 350;
const CLAUSE_BREAK_MS = 180;

const NUMBER_SYLLABLES: Record<string, number> = {
  '0': 2,
  '1': 1,
  '2': 1,
  '3': 1,
  '4': 1,
  '5': 1,
  '6': 1,
  '7': 2,
  '8': 1,
  '9': 1,
};

/** Vowel groups, less a silent final e: close enough for the short, plain words Steady speaks. */
export function countSyllables(word: string): number {
  const letters = word.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (letters === '') return 0;
  if (/^\d+$/.test(letters)) {
    return [...letters].reduce((sum, digit) => sum + (NUMBER_SYLLABLES[digit] ?? 1), 0);
  }
  let groups = letters.match(/[aeiouy]+/g)?.length ?? 0;
  if (groups > 1 && /[^aeiouy]e$/.test(letters) && !/[^aeiouy]le$/.test(letters)) groups -= 1;
  if (/[^aeiouy]ed$/.test(letters) && !/[td]ed$/.test(letters) && groups > 1) groups -= 1;
  return Math.max(1, groups);
}

export function estimateSpeechMs(text: string, ratePercent = 100): number {
  return estimate(text, ratePercent);
}

function estimate(text: string, ratePercent: number): number {
  const spanish = isSpanishText(text);
  const words = text.split(/[\s\-–—]+/).filter((word) => /[a-z0-9]/i.test(word));
  const syllables = words.reduce((sum, word) => sum + (spanish ? countSpanishSyllables(word) : countSyllables(word)), 0);
  const msPerSyllable = spanish ? SPANISH_MS_PER_SYLLABLE : MS_PER_SYLLABLE;
  const trimmed = text.trim();
  // A final full stop is followed by the next segment's own pause, so only inner punctuation counts.
  const inner = trimmed.replace(/[.!?…]+$/, '');
  const sentenceEnds = (inner.match(/[.!?…]+/g) ?? []).length;
  const clauseBreaks = (inner.match(/[,;:]/g) ?? []).length;
  const ms = syllables * msPerSyllable + words.length * MS_PER_WORD + sentenceEnds * SENTENCE_END_MS + clauseBreaks * CLAUSE_BREAK_MS;
  return Math.round((ms * 100) / ratePercent);
}
