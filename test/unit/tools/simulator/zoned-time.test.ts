import { formatLocal, instantFromLocal, isTimeZone, zoneOffsetMs } from '../../../../tools/simulator';

describe('instantFromLocal', () => {
  it.each([
    ['2026-03-08T22:00', 'America/Los_Angeles', '2026-03-09T05:00:00.000Z'], // after the spring change: PDT
    ['2026-03-07T22:00', 'America/Los_Angeles', '2026-03-08T06:00:00.000Z'], // PST
    ['2026-03-08T02:30', 'America/Los_Angeles', '2026-03-08T10:30:00.000Z'], // in the gap: after it
    ['2026-11-01T01:30', 'America/Los_Angeles', '2026-11-01T08:30:00.000Z'], // repeated hour: the first
    ['2026-03-08', 'Asia/Kolkata', '2026-03-07T18:30:00.000Z'],
    ['2026-03-08T23:59', 'Pacific/Chatham', '2026-03-08T10:14:00.000Z'],
    ['2026-03-08T22:00', 'UTC', '2026-03-08T22:00:00.000Z'],
    ['2026-03-08T22:00:00Z', 'Asia/Kolkata', '2026-03-08T22:00:00.000Z'],
  ])('%s in %s is %s', (local, zone, iso) => expect(instantFromLocal(local, zone).toISOString()).toBe(iso));

  it('rejects what is not a date', () => {
    expect(() => instantFromLocal('tomorrow', 'UTC')).toThrow(/not a date/);
  });

  it.each([
    ['2026-02-30', 'February 2026 has 28 days'],
    ['2028-02-30T10:00', 'February 2028 has 29 days'],
    ['2026-04-31', 'April 2026 has 30 days'],
    ['2026-13-01', 'there is no month 13'],
    ['2026-00-10', 'there is no month 0'],
    ['2026-03-00', 'March 2026 has 31 days'],
    ['2026-03-08T24:00', 'the time is past 23:59:59'],
    ['2026-03-08T22:60', 'the time is past 23:59:59'],
  ])('rejects the impossible %s (%s) rather than rolling it over', (text, reason) => {
    expect(() => instantFromLocal(text, 'UTC')).toThrow(`not a date: "${text}" (${reason})`);
  });

  it('takes the last day of February in a leap year', () => {
    expect(instantFromLocal('2028-02-29', 'UTC').toISOString()).toBe('2028-02-29T00:00:00.000Z');
  });
});

describe('zone helpers', () => {
  it('knows real zones from made-up ones', () => {
    expect(isTimeZone('Asia/Kolkata')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });

  it('gives offsets and local times', () => {
    expect(zoneOffsetMs(Date.parse('2026-03-08T12:00:00Z'), 'Asia/Kolkata')).toBe(5.5 * 3600_000);
    expect(formatLocal(new Date('2026-03-09T05:00:00Z'), 'America/Los_Angeles')).toBe('2026-03-08 22:00');
  });
});
