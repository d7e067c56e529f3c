import {
  clampStretch,
  isoWeek,
  nextStretch,
  ownTimeProgress,
  reportStretch,
  suggestedStretch,
} from '../../../../lambda/guidance/time-apart/plan';
import { progressSentence } from '../../../../lambda/guidance/time-apart/wording';
import { MAX_TIMER_MINUTES } from '../../../../lambda/alexa/timers';
import { wordsFor } from '../../../../lambda/content/words';
import { EMPTY_OWN_TIME, OWN_TIME_WEEKS_KEPT } from '../../../../lambda/store/own-time-store';

const WORDS = wordsFor('en-US').timeApart;
const minutesOf = WORDS.minutes;

describe('paced time apart', () => {
  it.each([
    [20, 'easy', 25],
    [20, 'okay', 20],
    [20, 'hard', 15],
    [5, 'hard', 5],
    [7, 'hard', 5],
    [60, 'easy', 70],
    [60, 'hard', 55],
    [90, 'hard', 80],
    [115, 'easy', 120],
    [120, 'easy', 120],
  ] as const)('after %i minutes that felt %s, suggests %i next', (minutes, ease, next) => {
    expect(nextStretch(minutes, ease, MAX_TIMER_MINUTES)).toBe(next);
  });

  it('keeps lengths to whole minutes a timer can hold', () => {
    expect(clampStretch(0.2, MAX_TIMER_MINUTES)).toBe(1);
    expect(clampStretch(180, MAX_TIMER_MINUTES)).toBe(120);
    expect(clampStretch(12.6, MAX_TIMER_MINUTES)).toBe(13);
  });

  it.each([
    ['2026-12-01', '2026-W49'],
    ['2026-12-07', '2026-W50'],
    ['2027-01-01', '2026-W53'],
    ['2026-01-01', '2026-W01'],
    ['2024-12-30', '2025-W01'],
  ])('%s is in ISO week %s', (day, week) => {
    expect(isoWeek(day)).toBe(week);
  });

  it('counts a reported stretch in its week, keeps the longest, and forgets how it felt', () => {
    const first = reportStretch({ ...EMPTY_OWN_TIME, pendingMinutes: 10 }, 'easy', '2026-12-01', MAX_TIMER_MINUTES);
    const second = reportStretch({ ...first, pendingMinutes: 15 }, 'hard', '2026-12-03', MAX_TIMER_MINUTES);
    expect(second).toEqual({ lastMinutes: 15, nextMinutes: 10, weeks: [{ week: '2026-W49', minutes: 25, longest: 15 }] });
    expect(JSON.stringify(second)).not.toMatch(/easy|hard|okay/);
  });

  it('without a pending stretch, a report changes nothing', () => {
    const record = { lastMinutes: 10, nextMinutes: 15, weeks: [] };
    expect(reportStretch(record, 'easy', '2026-12-01', MAX_TIMER_MINUTES)).toBe(record);
  });

  it(`keeps at most ${OWN_TIME_WEEKS_KEPT} weeks`, () => {
    let record = EMPTY_OWN_TIME;
    for (let week = 0; week < 12; week += 1) {
      const day = new Date(Date.UTC(2026, 0, 5 + week * 7)).toISOString().slice(0, 10);
      record = reportStretch({ ...record, pendingMinutes: 10 + week }, 'okay', day, MAX_TIMER_MINUTES);
    }
    expect(record.weeks).toHaveLength(OWN_TIME_WEEKS_KEPT);
    expect(record.weeks[record.weeks.length - 1]!.longest).toBe(21);
  });

  it('suggests the next length, else the last, else ten minutes', () => {
    expect(suggestedStretch({ weeks: [], nextMinutes: 25, lastMinutes: 20 })).toBe(25);
    expect(suggestedStretch({ weeks: [], lastMinutes: 20 })).toBe(20);
    expect(suggestedStretch(EMPTY_OWN_TIME)).toBe(10);
  });

  it('speaks last week against this week, and nothing when neither has time on your own', () => {
    const record = {
      weeks: [
        { week: '2026-W48', minutes: 10, longest: 10 },
        { week: '2026-W49', minutes: 45, longest: 25 },
      ],
    };
    expect(progressSentence(WORDS, ownTimeProgress(record, '2026-12-02'))).toBe(
      "Last week your longest stretch was 10 minutes; this week you're up to 25 minutes.",
    );
    expect(progressSentence(WORDS, ownTimeProgress(record, '2026-12-30'))).toBeUndefined();
    expect(ownTimeProgress(record, '2026-12-30').minutesKept).toBe(55);
  });

  it.each([
    [1, '1 minute'],
    [25, '25 minutes'],
    [60, '1 hour'],
    [90, '90 minutes'],
    [120, '2 hours'],
  ])('says %i as "%s"', (minutes, words) => {
    expect(minutesOf(minutes)).toBe(words);
  });
});
