/**
 * Spanish is paced on its own clock: syllables counted as Spanish says them, each a little shorter
 * than an English one, so a Spanish cue leaves its breath the silence it should.
 */
import { estimateSpeechMs, MS_PER_WORD, SPANISH_MS_PER_SYLLABLE } from '../../../lambda/speech/estimate';
import { countSpanishSyllables } from '../../../lambda/speech/spanish-syllables';

describe('countSpanishSyllables', () => {
  it.each([
    ['inhala', 3],
    ['exhala', 3],
    ['sostén', 2],
    ['noche', 2],
    ['suave', 2],
    ['cuatro', 2],
    ['día', 2],
    ['poema', 3],
    ['que', 1],
    ['guía', 2],
    ['muy', 1],
    ['respiración', 4],
    ['oído', 3],
    ['10', 1],
    ['45', 6],
  ])('%s has %i syllables', (word, expected) => {
    expect(countSpanishSyllables(word)).toBe(expected);
  });
});

describe('the Spanish estimate', () => {
  it('gives a one-word cue its Spanish syllables, not the silent final e of English', () => {
    expect(estimateSpeechMs('Inhala')).toBe(3 * SPANISH_MS_PER_SYLLABLE + MS_PER_WORD);
    expect(estimateSpeechMs('Suave')).toBe(2 * SPANISH_MS_PER_SYLLABLE + MS_PER_WORD);
  });
});
