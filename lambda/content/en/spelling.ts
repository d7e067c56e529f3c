/**
 * Each English locale's own spelling. Steady's words are written once, in the spelling of en-GB;
 * a locale's map turns them into its spelling on the single path every response takes, so no
 * wording is ever copied per locale.
 *
 * en-US writes "practice" for the noun and the verb, and "favorite". en-GB, en-AU and en-IN keep
 * "practise" (the verb) and "favourite". en-CA follows Canadian usage, which the Canadian style
 * guides describe as British here: "practice" the noun, "practise" the verb, and "favourite"
 * (sources in docs/understanding.md).
 */

/** Source words, in lower case, to the locale's spelling of them. */
type Respellings = Readonly<Record<string, string>>;

const american: Respellings = {
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

/** Locales whose spelling differs from the source, by locale; the others say it as written. */
export const spelling: Readonly<Record<string, Respellings>> = {
  'en-US': american,
};
