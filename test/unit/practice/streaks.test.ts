import { localDay } from '../../../lambda/practice/local-time';
import {
  MILESTONES,
  currentStreak,
  daysInLastSeven,
  favouritePractice,
  longestStreak,
  milestoneReached,
  NO_STREAKS,
  KEPT_DAYS,
  runsOf,
  streakState,
  withPracticeDay,
  type StreakState,
} from '../../../lambda/practice/streaks';
import type { PracticeCounts, PracticeKind } from '../../../lambda/practice/practice-kind';

/** The state a history of practised days (in the order practised) grows into. */
const grown = (days: readonly string[]): StreakState => days.reduce(withPracticeDay, NO_STREAKS);
/** The state that holds exactly these days. */
const holding = (days: readonly string[]): StreakState => streakState(runsOf(days), 0);

describe('currentStreak', () => {
  test.each<[string, string[], string, number]>([
    ['no practice', [], '2026-03-10', 0],
    ['practised only today', ['2026-03-10'], '2026-03-10', 1],
    ['consecutive days through today', ['2026-03-08', '2026-03-09', '2026-03-10'], '2026-03-10', 3],
    ['alive through today after practising yesterday', ['2026-03-08', '2026-03-09'], '2026-03-10', 2],
    ['broken after a missed day', ['2026-03-07', '2026-03-08'], '2026-03-10', 0],
    ['restarts at 1 after a missed day', ['2026-03-05', '2026-03-06', '2026-03-07', '2026-03-09'], '2026-03-09', 1],
    ['several sessions on one day count once', ['2026-03-09', '2026-03-09', '2026-03-10', '2026-03-10'], '2026-03-10', 2],
    ['unsorted days', ['2026-03-10', '2026-03-08', '2026-03-09'], '2026-03-10', 3],
    ['across a month end', ['2026-02-27', '2026-02-28', '2026-03-01'], '2026-03-01', 3],
    ['across the spring-forward day', ['2026-03-07', '2026-03-08', '2026-03-09'], '2026-03-09', 3],
    ['across the fall-back day', ['2026-10-31', '2026-11-01', '2026-11-02'], '2026-11-02', 3],
    ['a day ahead of today, after crossing the date line eastwards', ['2026-03-09', '2026-03-10'], '2026-03-09', 2],
  ])('%s', (_, days, today, expected) => {
    expect(currentStreak(holding(days), today)).toBe(expected);
    expect(currentStreak(grown(days), today)).toBe(expected);
  });
});

describe('longestStreak', () => {
  test.each<[string, string[], number]>([
    ['no practice', [], 0],
    ['one day', ['2026-03-10'], 1],
    ['the longer of two runs', ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-05', '2026-03-06'], 3],
    ['duplicates and disorder', ['2026-03-06', '2026-03-05', '2026-03-05', '2026-03-04'], 3],
    ['across a year end', ['2026-12-30', '2026-12-31', '2027-01-01'], 3],
  ])('%s', (_, days, expected) => {
    expect(longestStreak(holding(days))).toBe(expected);
    expect(longestStreak(grown(days))).toBe(expected);
  });
});

describe('daysInLastSeven', () => {
  test.each<[string, string[], string, number]>([
    ['none', [], '2026-03-10', 0],
    ['today and six days ago count', ['2026-03-04', '2026-03-10'], '2026-03-10', 2],
    ['seven days ago does not', ['2026-03-03', '2026-03-10'], '2026-03-10', 1],
    ['one practised day with several sessions', ['2026-03-09', '2026-03-09'], '2026-03-10', 1],
    ['every day', ['2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09', '2026-03-10'], '2026-03-10', 7],
  ])('%s', (_, days, today, expected) => {
    expect(daysInLastSeven(holding(days), today)).toBe(expected);
    expect(daysInLastSeven(grown(days), today)).toBe(expected);
  });
});

describe('favouritePractice', () => {
  test.each<[string, PracticeCounts, PracticeKind | undefined]>([
    ['none without sessions', {}, undefined],
    ['none after a single session', { breathing: 1 }, undefined],
    ['the one with the most sessions', { breathing: 5, grounding: 3, relaxation: 1 }, 'breathing'],
    ['none on a tie for the most', { breathing: 3, grounding: 3, relaxation: 1 }, undefined],
    ['a tie below the top does not matter', { bedtime: 4, breathing: 2, reflection: 2 }, 'bedtime'],
  ])('%s', (_, practices, expected) => {
    expect(favouritePractice(practices)).toBe(expected);
  });
});

describe('milestoneReached', () => {
  const run = (from: string, length: number): string[] =>
    Array.from({ length }, (_, i) => new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10));

  test.each<[string, string[], string[], string, number | undefined]>([
    ['the third day in a row', ['2026-03-08', '2026-03-09'], ['2026-03-08', '2026-03-09', '2026-03-10'], '2026-03-10', 3],
    ['a second session on the third day', run('2026-03-08', 3), run('2026-03-08', 3), '2026-03-10', undefined],
    ['a new day that is not a milestone', run('2026-03-07', 3), run('2026-03-07', 4), '2026-03-10', undefined],
    ['a first day', [], ['2026-03-10'], '2026-03-10', undefined],
    ['the seventh day', run('2026-03-01', 6), run('2026-03-01', 7), '2026-03-07', 7],
    ['a year', run('2025-03-11', 364), run('2025-03-11', 365), '2026-03-10', 365],
    [
      'the third day of a new streak after a break',
      [...run('2026-03-01', 5), '2026-03-08', '2026-03-09'],
      [...run('2026-03-01', 5), ...run('2026-03-08', 3)],
      '2026-03-10',
      3,
    ],
    ['a day that joins two runs past a milestone', ['2026-03-08', '2026-03-09', '2026-03-11'], run('2026-03-08', 4), '2026-03-10', 3],
    [
      'joining a run that already passed the milestone',
      ['2026-03-08', ...run('2026-03-10', 3)],
      run('2026-03-08', 5),
      '2026-03-09',
      undefined,
    ],
  ])('%s', (_, before, after, today, expected) => {
    expect(milestoneReached(holding(before), holding(after), today)).toBe(expected);
  });

  test('every milestone is reached on its own day, once', () => {
    let state = NO_STREAKS;
    const reached: number[] = [];
    for (const day of run('2025-01-01', 400)) {
      const before = state;
      state = withPracticeDay(state, day);
      const milestone = milestoneReached(before, state, day);
      if (milestone !== undefined) reached.push(milestone);
      expect(milestoneReached(state, withPracticeDay(state, day), day)).toBeUndefined();
    }
    expect(reached).toEqual([...MILESTONES]);
    expect(state.runs).toEqual([{ from: '2025-01-01', to: '2026-02-04' }]);
  });
});

describe("streaks counted in the user's own calendar", () => {
  const streakAfter = (practices: Array<[string, string]>, asked: [string, string]): number => {
    const days = practices.map(([instant, zone]) => localDay(new Date(instant), zone));
    return currentStreak(grown(days), localDay(new Date(asked[0]), asked[1]));
  };

  test.each<[string, Array<[string, string]>, [string, string], number]>([
    [
      'two practices on consecutive local days within one UTC day (Los Angeles)',
      [
        ['2026-03-10T06:30:00Z', 'America/Los_Angeles'],
        ['2026-03-10T07:30:00Z', 'America/Los_Angeles'],
      ],
      ['2026-03-10T08:00:00Z', 'America/Los_Angeles'],
      2,
    ],
    [
      'two practices on consecutive local days within one UTC day (Kolkata)',
      [
        ['2026-03-08T18:00:00Z', 'Asia/Kolkata'],
        ['2026-03-08T18:45:00Z', 'Asia/Kolkata'],
      ],
      ['2026-03-08T19:00:00Z', 'Asia/Kolkata'],
      2,
    ],
    [
      'late-evening practices either side of spring forward in Los Angeles',
      [
        ['2026-03-08T07:30:00Z', 'America/Los_Angeles'],
        ['2026-03-09T06:30:00Z', 'America/Los_Angeles'],
      ],
      ['2026-03-09T06:45:00Z', 'America/Los_Angeles'],
      2,
    ],
    [
      'two practices on one local day in Los Angeles across fall back, on two UTC days',
      [
        ['2026-11-01T07:30:00Z', 'America/Los_Angeles'],
        ['2026-11-02T07:30:00Z', 'America/Los_Angeles'],
      ],
      ['2026-11-02T07:45:00Z', 'America/Los_Angeles'],
      1,
    ],
    [
      'Chatham at quarter to one in the morning and the next evening',
      [
        ['2026-06-14T12:00:00Z', 'Pacific/Chatham'],
        ['2026-06-16T08:00:00Z', 'Pacific/Chatham'],
      ],
      ['2026-06-16T09:00:00Z', 'Pacific/Chatham'],
      2,
    ],
    [
      'consecutive UTC days that are not consecutive local days (Chatham)',
      [
        ['2026-06-14T11:00:00Z', 'Pacific/Chatham'],
        ['2026-06-15T11:30:00Z', 'Pacific/Chatham'],
      ],
      ['2026-06-15T12:00:00Z', 'Pacific/Chatham'],
      1,
    ],
    [
      'a traveller from Auckland to Honolulu keeps the streak',
      [
        ['2026-03-08T20:00:00Z', 'Pacific/Auckland'], // Auckland, Monday 9 March
        ['2026-03-09T20:00:00Z', 'Pacific/Auckland'], // Auckland, Tuesday 10 March
        ['2026-03-10T05:00:00Z', 'Pacific/Honolulu'], // Honolulu, Monday 9 March again
        ['2026-03-11T20:00:00Z', 'Pacific/Honolulu'], // Honolulu, Wednesday 11 March
      ],
      ['2026-03-11T21:00:00Z', 'Pacific/Honolulu'],
      3,
    ],
  ])('%s', (_, practices, asked, expected) => {
    expect(streakAfter(practices, asked)).toBe(expected);
  });
});

describe('the streak state stays small and exact over any history', () => {
  const day = (n: number) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

  test('three years of practice on most days keeps only the recent runs, and the same answers as the whole history', () => {
    const days: string[] = [];
    for (let n = 0; n < 3 * 365; n++) if (n % 11 !== 5 && n % 97 !== 3) days.push(day(n));
    const state = grown(days);
    const today = day(3 * 365);
    expect(state.runs.length).toBeLessThanOrEqual(KEPT_DAYS / 2 + 1);
    expect(JSON.stringify(state).length).toBeLessThan(400);
    expect(currentStreak(state, today)).toBe(currentStreak(holding(days), today));
    expect(longestStreak(state)).toBe(longestStreak(holding(days)));
    expect(daysInLastSeven(state, today)).toBe(daysInLastSeven(holding(days), today));
  });

  test('a practice dated far before the kept runs (a clock gone wrong) changes no streak', () => {
    const state = grown([day(100), day(101)]);
    expect(withPracticeDay(state, day(10))).toEqual(state);
  });

  test('stored runs that overlap, touch, or are not calendar days are put right', () => {
    const state = streakState(
      [
        { from: '2026-03-05', to: '2026-03-06' },
        { from: '2026-03-01', to: '2026-03-03' },
        { from: '2026-03-04', to: '2026-03-04' },
        { from: 'garbage', to: '2026-6-9' },
      ],
      -3,
    );
    expect(state).toEqual({ runs: [{ from: '2026-03-01', to: '2026-03-06' }], longest: 6 });
  });
});
