/**
 * Each English locale's own spelling. Steady's wording is written once, in the spelling of
 * en-GB; this map turns it into a locale's spelling on the single path every response takes
 * (a response interceptor), so no wording is ever copied per locale.
 *
 * en-US writes "practice" for the noun and the verb, and "favorite". en-GB, en-AU and en-IN keep
 * "practise" (the verb) and "favourite". en-CA follows Canadian usage, which the Canadian style
 * guides describe as British here: "practice" the noun, "practise" the verb, and "favourite"
 * (sources in docs/understanding.md).
 */
import type { Response } from 'ask-sdk-model';

type SpellingMap = Readonly<Record<string, string>>;

const AMERICAN: SpellingMap = {
  practise: 'practice',
  practised: 'practiced',
  practises: 'practices',
  practising: 'practicing',
  favourite: 'favorite',
  favourites: 'favorites',
  favour: 'favor',
  colour: 'color',
  colours: 'colors',
  centre: 'center',
  centred: 'centered',
  behaviour: 'behavior',
  honour: 'honor',
  realise: 'realize',
  realised: 'realized',
  recognise: 'recognize',
  organise: 'organize',
  apologise: 'apologize',
};

/** A locale's spelling: its words, and the one pattern that finds them, made once from the constant. */
interface LocaleSpelling {
  readonly words: SpellingMap;
  readonly pattern: RegExp;
}

const spelling = (words: SpellingMap): LocaleSpelling => ({
  words,
  pattern: new RegExp(`\\b(${Object.keys(words).join('|')})\\b`, 'gi'),
});

/** Locales whose spelling differs from the source; the others say it as written. */
const SPELLING_BY_LOCALE: ReadonlyMap<string, LocaleSpelling> = new Map([['en-US', spelling(AMERICAN)]]);

/** The locale's map; none for a locale that writes as the source does, or for any odd value. */
function mapFor(locale: string | undefined): LocaleSpelling | undefined {
  return typeof locale === 'string' ? SPELLING_BY_LOCALE.get(locale) : undefined;
}

function matchCase(original: string, replacement: string): string {
  if (original === original.toUpperCase() && original.length > 1) return replacement.toUpperCase();
  if (original[0] === original[0]?.toUpperCase()) return replacement[0]!.toUpperCase() + replacement.slice(1);
  return replacement;
}

/** Plain text in the locale's spelling. */
export function spellFor(locale: string | undefined, text: string): string {
  const found = mapFor(locale);
  if (!found) return text;
  const { words, pattern } = found;
  return text.replace(pattern, (word) =>
    matchCase(word, (Object.hasOwn(words, word.toLowerCase()) ? words[word.toLowerCase()] : undefined) ?? word),
  );
}

/** SSML in the locale's spelling: only the words between tags change, never a tag. */
export function spellSsmlFor(locale: string | undefined, ssml: string): string {
  if (!mapFor(locale)) return ssml;
  return ssml
    .split(/(<[^>]*>)/)
    .map((piece) => (piece.startsWith('<') ? piece : spellFor(locale, piece)))
    .join('');
}

/** Fields that name things rather than say them: addresses, tokens, ids. They are never respelt. */
const NOT_WORDS: ReadonlySet<string> = new Set(['url', 'src', 'source', 'token', 'id', 'type']);

/** Every string in a JSON value (an APL document's texts), in the locale's spelling. */
function spellDeep<T>(locale: string, value: T): T {
  if (typeof value === 'string') return spellFor(locale, value) as T;
  if (Array.isArray(value)) return value.map((item) => spellDeep(locale, item)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, NOT_WORDS.has(key) ? item : spellDeep(locale, item)])) as T;
  }
  return value;
}

/** The whole response in the locale's spelling: speech, reprompt, card and screen texts. */
export function spellResponseFor(locale: string | undefined, response: Response): Response {
  if (!locale || !mapFor(locale)) return response;
  const speech = response.outputSpeech;
  if (speech?.type === 'SSML') speech.ssml = spellSsmlFor(locale, speech.ssml);
  else if (speech?.type === 'PlainText') speech.text = spellFor(locale, speech.text);
  const reprompt = response.reprompt?.outputSpeech;
  if (reprompt?.type === 'SSML') reprompt.ssml = spellSsmlFor(locale, reprompt.ssml);
  else if (reprompt?.type === 'PlainText') reprompt.text = spellFor(locale, reprompt.text);
  if (response.card) response.card = spellDeep(locale, response.card);
  if (response.directives) response.directives = response.directives.map((directive) => spellDeep(locale, directive));
  return response;
}
