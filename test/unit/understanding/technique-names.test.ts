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
    ['the resonance', 'resonance'],
    ['the cyclic sighing', 'sigh'],
    ['the four seven eight one', '478'],
    ['do the box method please', 'box'],
  ])('reads a name said around its words: "%s" is %s', (words, id) => {
    expect(techniqueNamed(words, techniqueNamesFor('en-US'))).toBe(id);
  });

  it.each([
    ['la respiración de resonancia', 'resonance'],
    ['de resonancia', 'resonance'],
    ['el método de la caja', 'box'],
    ['la respiración tranquila por favor', 'calm'],
  ])('lee un nombre dicho con sus palabras: "%s" es %s', (words, id) => {
    expect(techniqueNamed(words, techniqueNamesFor('es-MX'))).toBe(id);
  });

  it.each([
    'dragon breathing',
    'calm box breathing',
    'anything but box',
    'not box breathing',
    'a calm voice',
    'it calm',
    'calm down',
    'my stomach hurts',
    'back to square one',
    'a sigh of relief',
    `calm ${'and slow '.repeat(20)}`,
  ])('reads no technique from words that are more than a name, or two: "%s"', (words) => {
    expect(techniqueNamed(words, techniqueNamesFor('en-US'))).toBeUndefined();
  });

  it.each([
    'respiración de dragón',
    'no la caja',
    'algo relajante',
    'música relajante',
    'una voz tranquila',
    'quiero estar tranquila',
    'con calma por favor ya',
    'fuera de la caja',
    'resonancia magnética',
    'cuando estoy tranquila',
  ])('no lee ninguna técnica en palabras que dicen más que un nombre: "%s"', (words) => {
    expect(techniqueNamed(words, techniqueNamesFor('es-US'))).toBeUndefined();
  });

  it('reads nothing when no words were heard', () => {
    expect(techniqueNamed(undefined, techniqueNamesFor('en-US'))).toBeUndefined();
  });
});
