/** The calm, readable card shown during practices that need no animation, as data. */
import type { Words } from '../../content/words';

export interface PracticeCard {
  readonly title: string;
  readonly lines: readonly string[];
}

/** The cards of a language, keyed by the Timeline's practice (`words.summary.cards`). */
export type PracticeCards = Words['summary']['cards'];

export function practiceCard(practice: string, cards: PracticeCards): PracticeCard | undefined {
  return Object.prototype.hasOwnProperty.call(cards, practice) ? cards[practice] : undefined;
}
