import { addDays, daysBetween, isCalendarDay } from '../../../lambda/practice/calendar-day';
import fc from 'fast-check';
import { isValidTimeZone, localDay, wallClock } from '../../../lambda/practice/local-time';

describe('localDay', () => {
  test.each([
    // America/Los_Angeles, spring forward on 2026-03-08: local midnight is 08:00Z before, 07:00Z after.
    ['2026-03-08T07:59:59Z', 'America/Los_Angeles', '2026-03-07'],
    ['2026-03-08T08:00:00Z', 'America/Los_Angeles', '2026-03-08'],
    ['2026-03-09T06:59:59Z', 'America/Los_Angeles', '2026-03-08'],
    ['2026-03-09T07:00:00Z', 'America/Los_Angeles', '2026-03-09'],
    // Fall back on 2026-11-01: local midnight is 07:00Z that morning, 08:00Z the next.
    ['2026-11-01T06:59:59Z', 'America/Los_Angeles', '2026-10-31'],
    ['2026-11-01T07:00:00Z', 'America/Los_Angeles', '2026-11-01'],
    ['2026-11-02T07:59:59Z', 'America/Los_Angeles', '2026-11-01'],
    ['2026-11-02T08:00:00Z', 'America/Los_Angeles', '2026-11-02'],
    // Asia/Kolkata, UTC+5:30.
    ['2026-03-08T18:29:59Z', 'Asia/Kolkata', '2026-03-08'],
    ['2026-03-08T18:30:00Z', 'Asia/Kolkata', '2026-03-09'],
    // Pacific/Chatham, UTC+12:45 in its winter and UTC+13:45 in its summer.
    ['2026-06-15T11:14:59Z', 'Pacific/Chatham', '2026-06-15'],
    ['2026-06-15T11:15:00Z', 'Pacific/Chatham', '2026-06-16'],
    ['2026-01-15T10:14:59Z', 'Pacific/Chatham', '2026-01-15'],
    ['2026-01-15T10:15:00Z', 'Pacific/Chatham', '2026-01-16'],
    // Either side of the date line at one instant.
    ['2026-03-10T05:00:00Z', 'Pacific/Auckland', '2026-03-10'],
    ['2026-03-10T05:00:00Z', 'Pacific/Honolulu', '2026-03-09'],
    ['2026-03-10T05:00:00Z', 'UTC', '2026-03-10'],
  ])('%s in %s is %s', (instant, zone, expected) => {
    expect(localDay(new Date(instant), zone)).toBe(expected);
  });

  test.each(['Mars/Olympus_Mons', '', 'not a zone'])('an unknown zone %p counts as UTC', (zone) => {
    expect(localDay(new Date('2026-03-08T23:30:00Z'), zone)).toBe('2026-03-08');
  });
});

describe('isValidTimeZone', () => {
  test.each([
    ['America/Los_Angeles', true],
    ['Pacific/Chatham', true],
    ['UTC', true],
    ['Europe/Nowhere', false],
    ['', false],
  ])('%p is %p', (zone, valid) => {
    expect(isValidTimeZone(zone)).toBe(valid);
  });
});

describe('day arithmetic on calendar days', () => {
  test.each([
    ['2026-03-07', 1, '2026-03-08'],
    ['2026-03-08', 1, '2026-03-09'], // the daylight-saving day is still one day long here
    ['2026-10-31', 2, '2026-11-02'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-10', -9, '2026-03-01'],
  ])('%s %+d days is %s', (day, count, expected) => {
    expect(addDays(day, count)).toBe(expected);
  });

  test.each([
    ['2026-03-07', '2026-03-09', 2],
    ['2026-11-02', '2026-10-31', -2],
    ['2026-01-01', '2026-12-31', 364],
    ['2028-01-01', '2029-01-01', 366],
  ])('from %s to %s is %d days', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });

  test.each([
    ['2026-03-08', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-3-8', false],
    ['20260308', false],
  ])('isCalendarDay(%p) is %p', (value, expected) => {
    expect(isCalendarDay(value)).toBe(expected);
  });

  test('a bad day is refused rather than misread', () => {
    expect(() => addDays('next tuesday', 1)).toThrow(RangeError);
  });
});

describe('wallClock', () => {
  /** ICU's own reading, one formatter per call: what every wall clock must match. */
  function icuWallClock(instant: Date, timeZone: string) {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    }).formatToParts(instant);
    const part = (type: string) => parts.find((p) => p.type === type)!.value;
    return {
      day: `${part('year')}-${part('month')}-${part('day')}`,
      hour: Number(part('hour')) % 24,
      minute: Number(part('minute')),
      second: Number(part('second')),
    };
  }

  const ZONES = [
    'America/Los_Angeles',
    'Europe/Dublin',
    'Australia/Lord_Howe',
    'Pacific/Chatham',
    'Asia/Kathmandu',
    'America/St_Johns',
    'Africa/Casablanca',
    'Pacific/Apia',
    'UTC',
  ];

  it('reads every second either side of a change of offset as ICU does, however the requests arrive', () => {
    // Lord Howe moves by half an hour; Los Angeles and Dublin by an hour; both ways.
    const changes = [
      ['2026-03-08T10:00:00Z', 'America/Los_Angeles'],
      ['2026-11-01T09:00:00Z', 'America/Los_Angeles'],
      ['2026-03-29T01:00:00Z', 'Europe/Dublin'],
      ['2026-10-25T01:00:00Z', 'Europe/Dublin'],
      ['2026-04-04T15:00:00Z', 'Australia/Lord_Howe'],
      ['2026-10-03T15:30:00Z', 'Australia/Lord_Howe'],
    ] as const;
    for (const [change, zone] of changes) {
      const at = Date.parse(change);
      for (let s = -1200; s <= 1200; s += 7) {
        const instant = new Date(at + s * 1000);
        expect({ zone, instant: instant.toISOString(), clock: wallClock(instant, zone) }).toEqual({
          zone,
          instant: instant.toISOString(),
          clock: icuWallClock(instant, zone),
        });
      }
    }
  });

  it('matches ICU for any instant in any zone, in any order', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.parse('1970-01-01T00:00:00Z'), max: Date.parse('2100-01-01T00:00:00Z') }),
        fc.array(fc.integer({ min: -7_200_000, max: 7_200_000 }), { maxLength: 8 }),
        (zone, start, steps) => {
          for (const ms of [start, ...steps.map((step) => start + step)]) {
            expect(wallClock(new Date(ms), zone)).toEqual(icuWallClock(new Date(ms), zone));
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('reads a zone it does not know as UTC', () => {
    expect(wallClock(new Date('2026-03-08T23:30:15Z'), 'Mars/Olympus_Mons')).toEqual({
      day: '2026-03-08',
      hour: 23,
      minute: 30,
      second: 15,
    });
  });
});
