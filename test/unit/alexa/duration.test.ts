import { parseIsoDuration, parseSlotNumber } from '../../../lambda/alexa/duration';

describe('parseIsoDuration', () => {
  it.each([
    ['PT5M', 300_000],
    ['PT30S', 30_000],
    ['PT1H30M', 5_400_000],
    ['PT0S', 0],
    ['P1D', 86_400_000],
    ['P1Y', 365 * 86_400_000],
    ['PT900H', 900 * 3_600_000],
    ['pt2m', 120_000],
  ])('%s is %i ms', (value, ms) => {
    expect(parseIsoDuration(value)).toBe(ms);
  });

  it.each([[undefined], [''], ['P'], ['PT'], ['PT?M'], ['five minutes'], ['5']])('%s is not understood', (value) => {
    expect(parseIsoDuration(value)).toBeUndefined();
  });
});

describe('parseSlotNumber', () => {
  it.each([
    ['10', 10],
    ['-3', -3],
    ['0', 0],
    ['1000000', 1_000_000],
  ])('%s is %i', (value, n) => {
    expect(parseSlotNumber(value)).toBe(n);
  });

  it.each([[undefined], ['?'], ['ten'], ['']])('%s is not a number', (value) => {
    expect(parseSlotNumber(value)).toBeUndefined();
  });
});
