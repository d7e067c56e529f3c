import { techniqueNamesFor } from '../../../lambda/content/heard';
import { techniqueNamed } from '../../../lambda/understanding/technique-names';
import { loadInteractionModel } from '../../../tools/simulator';

/** Every value and synonym of the model's technique slot type, with the id it resolves to. */
function modelNames(locale: string): Array<[string, string]> {
  const type = loadInteractionModel(locale).interactionModel.languageModel.types?.find((t) => t.name === 'BREATHING_TECHNIQUE');
  return (type?.values ?? []).flatMap((value) => {
    const id = value.id ?? '';
    return [value.name.value, ...(value.name.synonyms ?? [])].map((name): [string, string] => [name, id]);
  });
}

describe.each(['en-US', 'es-US'])('technique names heard in %s', (locale) => {
  const names = techniqueNamesFor(locale);

  it.each(modelNames(locale))('reads "%s" as %s, with an article before it too', (name, id) => {
    expect(techniqueNamed(name, names)).toBe(id);
    expect(techniqueNamed(`${locale.startsWith('es') ? 'la' : 'the'} ${name}`, names)).toBe(id);
  });
});

describe('technique names heard', () => {
  it('reads none from words that name no technique, or two', () => {
    const names = techniqueNamesFor('en-US');
    expect(techniqueNamed('dragon breathing', names)).toBeUndefined();
    expect(techniqueNamed('calm box breathing', names)).toBeUndefined();
    expect(techniqueNamed(undefined, names)).toBeUndefined();
    expect(techniqueNamed('respiración de dragón', techniqueNamesFor('es-MX'))).toBeUndefined();
  });
});
