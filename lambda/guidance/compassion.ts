import { pickForDay } from './day-index';

/**
 * Compassionate self-talk that closes calm and bedtime sessions, written in the spirit of the
 * source guide. One line a day, so it varies from day to day without changing mid-day.
 */
export const COMPASSION_LINES: readonly string[] = [
  'I can tolerate discomfort while I seek supportive connections.',
  'This feeling is hard, and it will pass. I can be kind to myself while it does.',
  'My worth does not depend on how quickly anyone replies.',
  'It makes sense that I feel this way, and I can care for myself through it.',
  'I can be a steady place for myself, right now.',
  'I am allowed to need people, and I am allowed to rest.',
  'I am doing my best, and my best is enough for today.',
];

/** The line for a local day (`YYYY-MM-DD`), introduced so it is clearly the user's own words. */
export function compassionLineFor(localDay: string): string {
  const line = pickForDay(COMPASSION_LINES, localDay);
  return `If it helps, say to yourself: ${line}`;
}
