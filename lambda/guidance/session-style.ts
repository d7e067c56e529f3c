/**
 * How one session is to sound, decided from what the request and the user's saved preferences
 * say: the voice, the bells, and which words of the many versions are said tonight.
 */
import { dayIndex } from './day-index';

export interface SessionStyle {
  /** The softer, slower night voice; the session is planned in it, so it is always delivered. */
  readonly nightVoice: boolean;
  /** A soft bell opens and closes the session unless the user said "no bells". */
  readonly bells: boolean;
  /** The user's local day (`YYYY-MM-DD`): words that change day to day and night to night. */
  readonly localDay: string;
  /** Sessions already guided in this conversation, so "another round" never repeats word for word. */
  readonly round: number;
}

export const EVERYDAY_STYLE: SessionStyle = { nightVoice: false, bells: true, localDay: '2026-01-01', round: 0 };

export function styleOf(change: Partial<SessionStyle>): SessionStyle {
  return { ...EVERYDAY_STYLE, ...change };
}

/** Which of the words that change day by day a session says: its day, and its round of the conversation. */
export function wordingTurn(style: SessionStyle): number {
  return dayIndex(style.localDay) + style.round;
}
