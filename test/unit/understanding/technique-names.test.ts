import { techniqueNamesFor } from '../../../lambda/content/heard';
import { techniqueNamed } from '../../../lambda/understanding/technique-names';
import { MODEL_LOCALES } from '../../../tools/generate-locales';
import { loadInteractionModel } from '../../../tools/simulator';

/** Every value and synonym of the model's technique slot type, with the id it resolves to. */
function modelNames(locale: string): Array<[string, string]> {
  const type = loadInteractionModel(locale).interactionModel.languageModel.types?.find((t) => t.name === 'BREATHING_TECHNIQUE');
  return (type?.values ?? []).flatMap((value) => {
    const id = value.id ?? '';
    return [value.name.value, ...(value.name.synonyms ?? [])].map((name): [string, string] => [name, id]);
  });
}

describe.each([...MODEL_LOCALES])('technique names heard in %s', (locale) => {
  const names = techniqueNamesFor(locale);
  const article = locale.startsWith('es') ? 'la' : 'the';

  it.each(modelNames(locale))('reads "%s" as %s, with an article before it too', (name, id) => {
    expect(techniqueNamed(name, names)).toBe(id);
    expect(techniqueNamed(`${article} ${name}`, names)).toBe(id);
  });
});

describe('technique names heard', () => {
  it.each([
    ['en-US', 'the resonance', 'resonance'],
    ['en-US', 'the cyclic sighing', 'sigh'],
    ['en-US', 'the four seven eight one', '478'],
    ['en-US', 'do the box method please', 'box'],
    ['es-MX', 'la respiración de resonancia', 'resonance'],
    ['es-MX', 'de resonancia', 'resonance'],
    ['es-MX', 'el método de la caja', 'box'],
    ['es-MX', 'la respiración tranquila por favor', 'calm'],
  ])('%s: reads a name said around its words, "%s", as %s', (locale, words, id) => {
    expect(techniqueNamed(words, techniqueNamesFor(locale))).toBe(id);
  });

  it.each([
    ['en-US', 'dragon breathing'],
    ['en-US', 'calm box breathing'],
    ['en-US', 'anything but box'],
    ['en-US', 'not box breathing'],
    ['en-US', 'a calm voice'],
    ['en-US', 'it calm'],
    ['en-US', 'calm down'],
    ['en-US', 'my stomach hurts'],
    ['en-US', 'back to square one'],
    ['en-US', 'a sigh of relief'],
    ['en-US', `calm ${'and slow '.repeat(20)}`],
    ['es-US', 'respiración de dragón'],
    ['es-US', 'no la caja'],
    ['es-US', 'algo relajante'],
    ['es-US', 'música relajante'],
    ['es-US', 'una voz tranquila'],
    ['es-US', 'quiero estar tranquila'],
    ['es-US', 'con calma por favor ya'],
    ['es-US', 'fuera de la caja'],
    ['es-US', 'resonancia magnética'],
    ['es-US', 'cuando estoy tranquila'],
  ])('%s: reads no technique from words that are more than a name, or two: "%s"', (locale, words) => {
    expect(techniqueNamed(words, techniqueNamesFor(locale))).toBeUndefined();
  });

  it('reads nothing when no words were heard', () => {
    expect(techniqueNamed(undefined, techniqueNamesFor('en-US'))).toBeUndefined();
  });
});
