import { isoDuration, parseDuration, parseNumber, parseTime } from '../../../../tools/lib/spoken-quantities';
import { utteranceTokens } from '../../../../tools/simulator';

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

describe('parseTime', () => {
  it.each([
    ['nine p.m.', '21:00'],
    ['9 pm', '21:00'],
    ['seven thirty in the morning', '07:30'],
    ['half past eight', '08:30'],
    ['quarter to seven', '06:45'],
    ['noon', '12:00'],
    ['midnight', '00:00'],
    ['twelve a.m.', '00:00'],
    ["eight o'clock at night", '20:00'],
    ['six oh five', '06:05'],
    ['21:15', '21:15'],
    ['the evening', 'EV'],
    ['morning', 'MO'],
  ])('%s -> %s', (text, expected) => expect(parseTime(utteranceTokens(text))).toBe(expected));

  it.each(['banana', 'twenty five minutes', 'quarter past', 'thirty p.m.'])('%s is not a time', (text) =>
    expect(parseTime(utteranceTokens(text))).toBeUndefined(),
  );
});
