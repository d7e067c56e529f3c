/**
 * Syllables of a Spanish word, for the speech estimate. Spanish writes what it says: every vowel
 * group is a syllable, except that two strong vowels (a, e, o, or an accented í or ú) meet in a
 * hiatus and count twice ("día", "poema"); a weak i or u beside another vowel joins it
 * ("cuatro", "siete", "muy"), and the u of "que", "qui", "gue", "gui" is silent.
 */
const STRONG = new Set([...'aeoáéóíú']);
const WEAK = new Set([...'iuü']);

const UNITS = ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'];
const TEENS = ['diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve'];
const TENS = ['', '', 'veinte', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'];
const HUNDREDS = [
  '',
  'ciento',
  'doscientos',
  'trescientos',
  'cuatrocientos',
  'quinientos',
  'seiscientos',
  'setecientos',
  'ochocientos',
  'novecientos',
];

/** A number as it is said (up to 999; longer runs of digits are read digit by digit). */
export function spokenNumber(digits: string): string {
  const n = Number(digits);
  if (digits.length > 3) return [...digits].map((digit) => UNITS[Number(digit)]).join(' ');
  if (n < 10) return UNITS[n]!;
  if (n < 20) return TEENS[n - 10]!;
  if (n < 30) return n === 20 ? 'veinte' : `veinti${UNITS[n - 20]}`;
  if (n < 100) return n % 10 === 0 ? TENS[n / 10]! : `${TENS[Math.floor(n / 10)]} y ${UNITS[n % 10]}`;
  if (n === 100) return 'cien';
  return n % 100 === 0 ? HUNDREDS[n / 100]! : `${HUNDREDS[Math.floor(n / 100)]} ${spokenNumber(String(n % 100))}`;
}

export function countSpanishSyllables(word: string): number {
  const letters = word.toLowerCase().replace(/[^a-záéíóúüñ0-9]/g, '');
  if (letters === '') return 0;
  if (/^\d+$/.test(letters))
    return spokenNumber(letters)
      .split(' ')
      .reduce((sum, said) => sum + countSpanishSyllables(said), 0);
  let syllables = 0;
  let previous: 'consonant' | 'strong' | 'weak' = 'consonant';
  for (let i = 0; i < letters.length; i += 1) {
    const letter = letters[i]!;
    const silentU = letter === 'u' && (letters[i - 1] === 'q' || letters[i - 1] === 'g') && /[eéií]/.test(letters[i + 1] ?? '');
    if (silentU) continue;
    if (STRONG.has(letter)) {
      if (previous !== 'weak') syllables += 1;
      previous = 'strong';
    } else if (WEAK.has(letter)) {
      if (previous === 'consonant') syllables += 1;
      previous = 'weak';
    } else {
      previous = 'consonant';
    }
  }
  return Math.max(1, syllables);
}
