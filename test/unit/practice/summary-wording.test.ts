import type { PracticeHistory } from '../../../lambda/store/practice-store';
import { EMPTY_HISTORY } from '../../../lambda/store/practice-store';
import { summarisePractice, type PracticeSummary } from '../../../lambda/practice/practice-summary';
import { wordsFor } from '../../../lambda/content/words';
import { launchGreetingSpeech as greetingIn, summarySpeech as speechIn, type SummaryWords } from '../../../lambda/practice/summary-wording';
import { techniqueName } from '../../../lambda/guidance/technique-names';
import { PRACTICE_KINDS } from '../../../lambda/practice/practice-kind';
import { STATE_WORDS } from '../../support/state-words';
import { MILESTONES, runsOf, streakState } from '../../../lambda/practice/streaks';

const words = wordsFor('en-US');

const english: SummaryWords = wordsFor('en-US').summary;
const {
  noHistory: NO_HISTORY_SPEECH,
  storeUnavailable: STORE_UNAVAILABLE_APOLOGY,
  countOf,
  milestone: milestoneCelebration,
  kindNames: PRACTICE_KIND_NAMES,
} = english;
const summarySpeech = (practice: PracticeSummary): string => speechIn(practice, english);
const launchGreetingSpeech = (practice: PracticeSummary): string | undefined => greetingIn(practice, english);

const history = ({ days = [], ...overrides }: Partial<PracticeHistory> & { days?: string[] }): PracticeHistory => ({
  ...EMPTY_HISTORY,
  streaks: streakState(runsOf(days), 0),
  ...overrides,
});

const summary = (overrides: Partial<PracticeSummary>): PracticeSummary => ({
  sessions: 10,
  minutes: 40,
  currentStreak: 0,
  longestStreak: 0,
  daysInLastSeven: 0,
  practisedToday: false,
  daysSinceLastPractice: 0,
  ...overrides,
});

describe('summarisePractice', () => {
  test('counts the streaks, the week and the favourite from the history', () => {
    const result = summarisePractice(
      history({
        days: ['2026-02-01', '2026-02-02', '2026-02-03', '2026-03-08', '2026-03-09'],
        sessions: 7,
        minutes: 31.5,
        practices: { breathing: 4, relaxation: 3 },
      }),
      '2026-03-10',
    );
    expect(result).toEqual({
      sessions: 7,
      minutes: 31.5,
      currentStreak: 2,
      longestStreak: 3,
      daysInLastSeven: 2,
      practisedToday: false,
      daysSinceLastPractice: 1,
      favouritePractice: 'breathing',
    });
  });

  test('counts from a practised day ahead of today, after crossing the date line eastwards', () => {
    const result = summarisePractice(history({ days: ['2026-03-09', '2026-03-10'], sessions: 2 }), '2026-03-09');
    expect(result).toMatchObject({ currentStreak: 2, practisedToday: true, daysSinceLastPractice: 0, daysInLastSeven: 2 });
  });

  test('a day far in the future (a wrong clock) does not move today', () => {
    const result = summarisePractice(history({ days: ['2026-03-09', '2030-01-01'], sessions: 2 }), '2026-03-10');
    expect(result.currentStreak).toBe(1);
  });
});

describe('summarySpeech', () => {
  test('no history invites a first session', () => {
    expect(summarySpeech(summarisePractice(EMPTY_HISTORY, '2026-03-10'))).toBe(NO_HISTORY_SPEECH);
    expect(NO_HISTORY_SPEECH).toBe("You haven't practised with me yet. Say 'help me breathe' to start your first session.");
  });

  test('the full summary reads naturally', () => {
    expect(
      summarySpeech(
        summary({
          sessions: 23,
          minutes: 96,
          currentStreak: 5,
          longestStreak: 8,
          daysInLastSeven: 5,
          practisedToday: true,
          favouritePractice: 'breathing',
        }),
      ),
    ).toBe(
      "You're on a 5-day streak, and your longest is 8 days. You've practised 23 times, 96 minutes in all, on 5 of the last 7 days. Your favourite practice is breathing.",
    );
  });

  test.each<[string, Partial<PracticeSummary>, string]>([
    [
      'the current streak is the longest',
      { currentStreak: 4, longestStreak: 4, daysInLastSeven: 4 },
      "You're on a 4-day streak, your longest yet. You've practised 10 times, 40 minutes in all, on 4 of the last 7 days.",
    ],
    [
      'a first session today',
      { sessions: 1, minutes: 1, currentStreak: 1, longestStreak: 1, daysInLastSeven: 1, practisedToday: true },
      "You've started a new streak today. You've practised once, 1 minute in all, on 1 of the last 7 days.",
    ],
    [
      'one day so far, yesterday, with an older longer streak',
      { sessions: 2, minutes: 2, currentStreak: 1, longestStreak: 2, daysInLastSeven: 1, daysSinceLastPractice: 1 },
      "You practised yesterday, and your longest streak is 2 days. You've practised twice, 2 minutes in all, on 1 of the last 7 days.",
    ],
    [
      'a broken streak',
      { currentStreak: 0, longestStreak: 8, daysInLastSeven: 1, daysSinceLastPractice: 4 },
      "Welcome back! Your last practice was 4 days ago, and your longest streak is 8 days. You've practised 10 times, 40 minutes in all, on 1 of the last 7 days.",
    ],
    [
      'a long absence after a single day',
      { sessions: 1, minutes: 5, longestStreak: 1, daysSinceLastPractice: 30 },
      "Welcome back! Your last practice was 30 days ago. You've practised once, 5 minutes in all.",
    ],
    [
      'every day this week',
      { currentStreak: 9, longestStreak: 9, daysInLastSeven: 7, practisedToday: true },
      "You're on a 9-day streak, your longest yet. You've practised 10 times, 40 minutes in all, on every one of the last 7 days.",
    ],
    [
      'no minutes to speak of',
      { sessions: 2, minutes: 0.2, currentStreak: 2, longestStreak: 2, daysInLastSeven: 2 },
      "You're on a 2-day streak, your longest yet. You've practised twice, on 2 of the last 7 days.",
    ],
    [
      'a favourite kind of practice with a spoken name',
      { currentStreak: 2, longestStreak: 3, daysInLastSeven: 2, favouritePractice: 'reflection' },
      "You're on a 2-day streak, and your longest is 3 days. You've practised 10 times, 40 minutes in all, on 2 of the last 7 days. Your favourite practice is reflecting on a thought.",
    ],
  ])('%s', (_, overrides, expected) => {
    expect(summarySpeech(summary(overrides))).toBe(expected);
  });

  test('plain text only, at most three sentences', () => {
    const text = summarySpeech(summary({ currentStreak: 3, longestStreak: 5, daysInLastSeven: 3, favouritePractice: 'relaxation' }));
    expect(text).not.toMatch(/[<>&]/);
    expect(text.split(/(?<=\.) /)).toHaveLength(3);
  });
});

describe('countOf', () => {
  test.each<[number, string]>([
    [0, '0 days'],
    [1, '1 day'],
    [2, '2 days'],
    [365, '365 days'],
  ])('%d', (count, expected) => {
    expect(countOf(count, 'day')).toBe(expected);
  });
});

describe('launchGreetingSpeech', () => {
  test.each<[Partial<PracticeSummary>, string | undefined]>([
    [{ currentStreak: 3 }, "Welcome back. You're on a 3-day streak."],
    [{ currentStreak: 1 }, undefined],
    [{ currentStreak: 0 }, undefined],
    [{ currentStreak: 0, sessions: 4, daysSinceLastPractice: 12 }, "Welcome back. It's good to hear from you."],
    [{ currentStreak: 0, sessions: 4, daysSinceLastPractice: 2 }, undefined],
  ])('%p', (overrides, expected) => {
    expect(launchGreetingSpeech(summary(overrides))).toBe(expected);
  });
});

describe('the favourite and lapses in the summary', () => {
  test.each(PRACTICE_KINDS)('a favourite of %s is named by its kind of practice, never by a state', (kind) => {
    const words = summarySpeech(summary({ sessions: 3, minutes: 6, currentStreak: 0, daysSinceLastPractice: 1, favouritePractice: kind }));
    expect(words).toContain(`Your favourite practice is ${PRACTICE_KIND_NAMES[kind]}.`);
    expect(words).not.toMatch(STATE_WORDS);
  });

  test('after a lapse of twelve days, a welcome comes first', () => {
    const words = summarySpeech(summary({ sessions: 3, minutes: 6, currentStreak: 0, longestStreak: 1, daysSinceLastPractice: 12 }));
    expect(words).toMatch(/^Welcome back! Your last practice was 12 days ago\./);
  });
});

describe('milestoneCelebration', () => {
  test('seven days', () => {
    expect(milestoneCelebration(7)).toBe("That's seven days in a row, a whole week. You keep showing up for yourself.");
  });

  test.each([...MILESTONES])('%d days is spoken in words', (days) => {
    expect(milestoneCelebration(days)).not.toMatch(/\d/);
  });
});

test('the apology when the history cannot be reached', () => {
  expect(STORE_UNAVAILABLE_APOLOGY).toBe(
    "I'm sorry, I can't reach your practice history right now. Your sessions still work, and I'll have your streak next time.",
  );
});

describe('technique names', () => {
  test.each(Object.entries(words.sessions.techniqueNames))('%s is spoken as %p, without digits', (id, name) => {
    expect(techniqueName(words, id)).toBe(name);
    expect(name).not.toMatch(/\d/);
  });

  test.each([
    ['new-pattern', 'new pattern'],
    ['constructor', 'constructor'],
  ])('an unknown id %p is spoken as its words', (id, expected) => {
    expect(techniqueName(words, id)).toBe(expected);
  });
});
