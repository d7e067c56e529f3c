/** Turns typed text into the plain lowercase words a speech recogniser would hear. */
import { tokenNumber } from '../lib/spoken-quantities';

const WAKE_WORD = /^(?:(?:hey|ok|okay)\s+)?alexa\b[\s,]*/;

/** Lowercase words without the wake word they open with: the device never passes it on. */
export function withoutWakeWord(text: string): string {
  return text.replace(WAKE_WORD, '');
}
/** Hesitations a speech recogniser leaves out of its transcript. */
const DISFLUENCIES: ReadonlySet<string> = new Set(['um', 'umm', 'uh', 'uhh', 'uhm', 'erm', 'er', 'hmm', 'mm']);

export function utteranceTokens(text: string): string[] {
  const words = text
    // Accents off: "respiración" and a typed "respiracion" are the same word, as Alexa hears them.
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/(\d)\.(\d)/g, '$1\u0000$2') // keep decimal points through the punctuation strip
    .replace(/[-–—/_]/g, ' ')
    .replace(/[^a-z0-9'\s\u0000]/g, ' ')
    .replace(/\u0000/g, '.')
    .trim();
  return withoutWakeWord(words)
    .split(/\s+/)
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter((word) => word !== '' && !DISFLUENCIES.has(word));
}

/** "4" and "four" are the same spoken word. */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const n = tokenNumber(a);
  return n !== undefined && n === tokenNumber(b);
}

export function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((word, i) => sameWord(word, b[i] ?? ''));
}
