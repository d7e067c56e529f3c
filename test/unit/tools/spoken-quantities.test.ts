import { isoDuration, parseDuration, parseNumber } from '../../../tools/lib/spoken-quantities';

const words = (text: string): string[] => text.split(' ');

describe('parseNumber', () => {
  it.each([
    ['10', 10],
    ['ten', 10],
    ['twenty five', 25],
    ['ninety', 90],
    ['a hundred', 100],
    ['one hundred and five', 105],
    ['two thousand twenty six', 2026],
    ['nineteen', 19],
  ])('%s -> %d', (text, expected) => expect(parseNumber(words(text))).toBe(expected));

  it.each(['four seven eight', 'ten five', 'slow', 'a', 'twenty thirty', 'and'])('%s is not a number', (text) =>
    expect(parseNumber(words(text))).toBeUndefined(),
  );
});

describe('parseDuration', () => {
  it.each([
    ['3 minutes', 'PT3M'],
    ['three minutes', 'PT3M'],
    ['ninety seconds', 'PT90S'],
    ['an hour', 'PT1H'],
    ['a minute', 'PT1M'],
    ['twenty minutes', 'PT20M'],
    ['a minute and a half', 'PT1M30S'],
    ['one and a half minutes', 'PT1M30S'],
    ['half an hour', 'PT30M'],
    ['an hour and a half', 'PT1H30M'],
    ['2 minutes and 30 seconds', 'PT2M30S'],
    ['one hour fifteen minutes', 'PT1H15M'],
    ['a day', 'P1D'],
  ])('%s -> %s', (text, expected) => expect(parseDuration(words(text))).toBe(expected));

  it.each(['minutes', 'three', 'three apples', 'box breathing'])('%s is not a duration', (text) =>
    expect(parseDuration(words(text))).toBeUndefined(),
  );

  it('formats seconds as ISO 8601', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(90_061)).toBe('P1DT1H1M1S');
  });
});
