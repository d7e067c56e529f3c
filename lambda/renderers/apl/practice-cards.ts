/** The calm, readable card shown during practices that need no animation, as data. */

export interface PracticeCard {
  readonly title: string;
  readonly lines: readonly string[];
}

/** Keyed by the Timeline's practice. */
export const PRACTICE_CARDS: Readonly<Record<string, PracticeCard>> = {
  pmr: {
    title: 'Muscle relaxation',
    lines: ['Tense the part I name when I say now.', 'Then release, and feel the difference.', 'Never tense anything painful or injured.'],
  },
  grounding: {
    title: 'Grounding',
    lines: ['Breathe slowly and gently.', 'Notice what you can see, feel and hear.', 'Take your time. There is no rush.'],
  },
};

export function practiceCard(practice: string): PracticeCard | undefined {
  return Object.prototype.hasOwnProperty.call(PRACTICE_CARDS, practice) ? PRACTICE_CARDS[practice] : undefined;
}
