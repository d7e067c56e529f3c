/** The sessions as tools/audition.ts hears them: on which days, in which styles, with which closing. */
import type { CatalogueSession } from '../../lambda/guidance/catalogue';
import { closeFor } from '../../lambda/guidance/closing';
import { compassionLineFor } from '../../lambda/guidance/compassion';
import { styleOf, type SessionStyle } from '../../lambda/guidance/session-style';
import { wordsFor } from '../../lambda/content/words';
import { MILESTONES } from '../../lambda/practice/streaks';

const FIRST_DAY = Date.UTC(2026, 2, 2);
export const localDay = (offset: number): string => new Date(FIRST_DAY + offset * 86_400_000).toISOString().slice(0, 10);

/** Steady's words, as an English-speaking listener hears them. */
export const WORDS = wordsFor('en-US');

/** The longest closing a session can end with, so lengths are heard at their worst. */
export function longestClosing(session: CatalogueSession): string[] {
  const longest = (texts: readonly string[]) => texts.reduce((a, b) => (b.length > a.length ? b : a));
  const compassion = WORDS.compassion.lines[session.compassion];
  const day = [...Array(compassion.length).keys()]
    .map(localDay)
    .find((d) => compassionLineFor(WORDS.compassion, session.compassion, d).endsWith(longest(compassion)))!;
  const closing = [closeFor(WORDS, day), compassionLineFor(WORDS.compassion, session.compassion, day)];
  return session.compassion === 'everyday' ? [...closing, longest(MILESTONES.map((days) => WORDS.summary.milestone(days)))] : closing;
}

/** How many of seven nights in a row say different words (closing lines left out). */
export function sevenNightVariety(session: CatalogueSession): number {
  const nights = new Set<string>();
  for (let night = 0; night < 7; night += 1) {
    const timeline = session.build([], styleOf({ localDay: localDay(night) }));
    nights.add(timeline.segments.flatMap((s) => (s.kind === 'say' ? [s.text] : [])).join('|'));
  }
  return nights.size;
}

export function styles(): { name: string; style: (day: string) => SessionStyle }[] {
  return [
    { name: 'day', style: (d) => styleOf({ localDay: d }) },
    { name: 'night voice', style: (d) => styleOf({ localDay: d, nightVoice: true }) },
    { name: 'no bells', style: (d) => styleOf({ localDay: d, bells: false }) },
  ];
}
