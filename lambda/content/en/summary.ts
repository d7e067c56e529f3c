/**
 * What Steady says about a user's practice, in English: the spoken summary ("what's my streak"),
 * the launch greeting, a milestone's celebration, "how far have I come", "forget my history",
 * and the cards shown during practices without a rhythm to follow. Plain sentences only: the
 * speech renderer escapes them and adds any SSML. Which sentences are said is decided elsewhere
 * (lambda/practice/summary-wording.ts, guidance/progress/reflection.ts); the functions here
 * only put the numbers they are given into English.
 */
import type { PracticeKind } from '../../practice/practice-kind';

/** "1 day", "2 days". */
function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** "once", "twice", "3 times". */
function timesPractised(sessions: number): string {
  if (sessions === 1) return 'once';
  if (sessions === 2) return 'twice';
  return `${sessions} times`;
}

/** "on 5 of the last 7 days", "on every one of the last 7 days". */
function onDaysOfTheWeek(days: number): string {
  return days === 7 ? 'on every one of the last 7 days' : `on ${days} of the last 7 days`;
}

/** ", and your longest streak is 8 days", or nothing when no longest streak is given. */
function longestAfter(longest: number | undefined): string {
  return longest === undefined ? '' : `, and your longest streak is ${countOf(longest, 'day')}`;
}

/** "20 minutes", "1 hour", "2 hours": a stretch of time on your own. */
function durationOf(minutes: number): string {
  if (minutes >= 60 && minutes % 60 === 0) return minutes === 60 ? '1 hour' : `${minutes / 60} hours`;
  return countOf(minutes, 'minute');
}

/** How each kind of practice is named in speech, after "your favourite is". */
const kindNames: Readonly<Record<PracticeKind, string>> = {
  breathing: 'breathing',
  relaxation: 'muscle relaxation',
  grounding: 'grounding',
  reflection: 'reflecting on a thought',
  bedtime: 'the bedtime wind-down',
};

/** The milestones said in words, by days in a row. */
const milestones: Readonly<Record<number, string>> = {
  3: "That's three days in a row.",
  7: "That's seven days in a row, a whole week.",
  14: "That's fourteen days in a row, two whole weeks.",
  30: "That's thirty days in a row.",
  50: "That's fifty days in a row.",
  100: "That's one hundred days in a row.",
  365: "That's a whole year of practice, every single day.",
};

/** A title and a few lines, read from across the room. */
interface Card {
  readonly title: string;
  readonly lines: readonly string[];
}

/** The cards, keyed by the Timeline's practice. */
const cards: Readonly<Record<string, Card>> = {
  pmr: {
    title: 'Muscle relaxation',
    lines: ['Tense the part I name when I say now.', 'Then release, and feel the difference.', 'Never tense anything painful or injured.'],
  },
  grounding: {
    title: 'Grounding',
    lines: ['Breathe slowly and gently.', 'Notice what you can see, feel and hear.', 'Take your time. There is no rush.'],
  },
};

export const summary = {
  countOf,
  kindNames,

  noHistory: "You haven't practised with me yet. Say 'help me breathe' to start your first session.",
  storeUnavailable:
    "I'm sorry, I can't reach your practice history right now. Your sessions still work, and I'll have your streak next time.",

  /** The summary's first sentence: the streak. A longest streak is given only when it is worth saying. */
  streak: {
    longestYet: (current: number): string => `You're on a ${current}-day streak, your longest yet.`,
    withLongest: (current: number, longest: number): string =>
      `You're on a ${current}-day streak, and your longest is ${countOf(longest, 'day')}.`,
    startedToday: (longest?: number): string => `You've started a new streak today${longestAfter(longest)}.`,
    practisedYesterday: (longest?: number): string => `You practised yesterday${longestAfter(longest)}.`,
    lastPractice: (daysAgo: number, longest?: number): string =>
      `Your last practice was ${countOf(daysAgo, 'day')} ago${longestAfter(longest)}.`,
    /** After a lapse, a welcome comes before any number. */
    welcomeBack: (daysAgo: number, longest?: number): string =>
      `Welcome back! Your last practice was ${countOf(daysAgo, 'day')} ago${longestAfter(longest)}.`,
  },

  /** The summary's second sentence; minutes and days of the week only when there are some. */
  totals: (sessions: number, minutes?: number, daysInLastSeven?: number): string => {
    const parts = [`You've practised ${timesPractised(sessions)}`];
    if (minutes !== undefined) parts.push(`${countOf(minutes, 'minute')} in all`);
    if (daysInLastSeven !== undefined) parts.push(onDaysOfTheWeek(daysInLastSeven));
    return `${parts.join(', ')}.`;
  },

  /** The favourite, named by the kind of practice alone. */
  favourite: (kind: PracticeKind): string => `Your favourite practice is ${kindNames[kind]}.`,

  /** The first words of Launch. */
  launch: {
    welcome: 'Welcome to Steady.',
    streak: (current: number): string => `Welcome back. You're on a ${current}-day streak.`,
    /** After a lapse: a plain welcome back, no count of the days missed. */
    lapse: "Welcome back. It's good to hear from you.",
  },

  /** Said once, at the end of the session that reaches a milestone. */
  milestone: (days: number): string =>
    `${milestones[days] ?? `That's ${countOf(days, 'day')} in a row.`} You keep showing up for yourself.`,

  /** After the summary, when Steady was opened first. */
  practiseNow: 'Would you like to practise now?',
  notNow: "Okay. I'm here whenever you need me.",

  /** "Forget my history": asked first, nothing deleted without a yes. */
  forget: {
    confirm: 'That deletes your practice history, your streaks and your saved preferences, for good. Shall I delete them?',
    confirmReprompt: 'Shall I delete your practice history? Please say yes or no.',
    forgotten: "Done. I've deleted everything I kept about your practice. You can start fresh any time.",
    notForgotten: "I'm sorry, I couldn't delete your history just now. Please try again in a little while.",
    kept: "Okay, I've kept everything as it was.",
  },

  /** "How far have I come": each sentence only when its number is there. */
  progress: {
    nothingYet:
      "We haven't practised together yet, so there's nothing to look back on. When you're ready, say 'help me breathe', and we'll start.",
    practised: (sessions: number, minutes?: number): string =>
      `You've practised with Steady ${timesPractised(sessions)}${minutes !== undefined ? `, ${countOf(minutes, 'minute')} in all` : ''}.`,
    madeTime: (daysInLastSeven: number): string => `You made time for it ${onDaysOfTheWeek(daysInLastSeven)}.`,
    longestStreak: (days: number): string => `Your longest streak is ${countOf(days, 'day')}.`,
    comeBackTo: (kind: PracticeKind): string => `The practice you come back to most is ${kindNames[kind]}.`,
    ownTimeKept: (minutes: number): string => `In recent weeks you've spent ${durationOf(minutes)} on your own, on purpose.`,
    effortClose: "That's your own effort. Each time, you chose to look after yourself, and that counts.",
  },

  /** The calm card shown during practices that need no animation (relaxation, grounding). */
  cards,
};
