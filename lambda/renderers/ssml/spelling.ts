/**
 * A locale's own spelling, applied to what Steady says. Steady's words are written once, in the
 * source spelling; a locale's map (from the words of its language, `Words['spelling']`) turns
 * them into the locale's spelling on the single path every response takes (a response
 * interceptor), so no wording is ever copied per locale.
 */
import type { Response } from 'ask-sdk-model';

/** Source words, in lower case, to a locale's spelling of them. */
export type SpellingMap = Readonly<Record<string, string>>;

/** The one pattern that finds a map's words, made once per map. */
const PATTERNS = new WeakMap<SpellingMap, RegExp>();

function patternOf(words: SpellingMap): RegExp {
  let pattern = PATTERNS.get(words);
  if (!pattern) {
    pattern = new RegExp(`\\b(${Object.keys(words).join('|')})\\b`, 'gi');
    PATTERNS.set(words, pattern);
  }
  return pattern;
}

/** The locale's map among a language's; none for a locale that writes as the source does, or for any odd value. */
export function localeSpelling(spellings: Readonly<Record<string, SpellingMap>>, locale: string | undefined): SpellingMap | undefined {
  return typeof locale === 'string' && Object.hasOwn(spellings, locale) ? spellings[locale] : undefined;
}

function matchCase(original: string, replacement: string): string {
  if (original === original.toUpperCase() && original.length > 1) return replacement.toUpperCase();
  if (original[0] === original[0]?.toUpperCase()) return replacement[0]!.toUpperCase() + replacement.slice(1);
  return replacement;
}

/** Plain text in the map's spelling; as written without a map. */
export function spellFor(words: SpellingMap | undefined, text: string): string {
  if (!words) return text;
  return text.replace(patternOf(words), (word) =>
    matchCase(word, (Object.hasOwn(words, word.toLowerCase()) ? words[word.toLowerCase()] : undefined) ?? word),
  );
}

/** SSML in the map's spelling: only the words between tags change, never a tag. */
export function spellSsmlFor(words: SpellingMap | undefined, ssml: string): string {
  if (!words) return ssml;
  return ssml
    .split(/(<[^>]*>)/)
    .map((piece) => (piece.startsWith('<') ? piece : spellFor(words, piece)))
    .join('');
}

/** Fields that name things rather than say them: addresses, tokens, ids. They are never respelt. */
const NOT_WORDS: ReadonlySet<string> = new Set(['url', 'src', 'source', 'token', 'id', 'type']);

/** Every string in a JSON value (an APL document's texts), in the map's spelling. */
function spellDeep<T>(words: SpellingMap, value: T): T {
  if (typeof value === 'string') return spellFor(words, value) as T;
  if (Array.isArray(value)) return value.map((item) => spellDeep(words, item)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, NOT_WORDS.has(key) ? item : spellDeep(words, item)])) as T;
  }
  return value;
}

/** The whole response in the map's spelling: speech, reprompt, card and screen texts. */
export function spellResponseFor(words: SpellingMap | undefined, response: Response): Response {
  if (!words) return response;
  const speech = response.outputSpeech;
  if (speech?.type === 'SSML') speech.ssml = spellSsmlFor(words, speech.ssml);
  else if (speech?.type === 'PlainText') speech.text = spellFor(words, speech.text);
  const reprompt = response.reprompt?.outputSpeech;
  if (reprompt?.type === 'SSML') reprompt.ssml = spellSsmlFor(words, reprompt.ssml);
  else if (reprompt?.type === 'PlainText') reprompt.text = spellFor(words, reprompt.text);
  if (response.card) response.card = spellDeep(words, response.card);
  if (response.directives) response.directives = response.directives.map((directive) => spellDeep(words, directive));
  return response;
}
