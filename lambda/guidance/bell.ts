import type { SessionStyle } from './session-style';
import { pause, sound, type Segment } from '../timeline';

/**
 * A soft bell from the Alexa Skills Kit sound library, in its "musical" category: a single
 * medium chime of 0.89 s (the id and its length as listed in tonyhallett/alexa-ts-ssml-builder,
 * src/soundbank.ts, which mirrors Amazon's sound library table). Library sounds need no hosting.
 */
export const BELL = { src: 'soundbank://soundlibrary/musical/amzn_sfx_bell_med_chime_02', ms: 890 } as const;

/** The bell is left to ring out before the first word, and the last bell before any closing word. */
const AFTER_OPENING_BELL_MS = 1000;
const BEFORE_CLOSING_BELL_MS = 1500;
const AFTER_CLOSING_BELL_MS = 1500;

/** The bell that opens a guided session; nothing when the user asked for no bells. */
export function openingBell(style: Pick<SessionStyle, 'bells'>): Segment[] {
  return style.bells ? [sound(BELL.src, BELL.ms), pause(AFTER_OPENING_BELL_MS)] : [];
}

/** The bell that marks the end of the practice, before the closing words. */
export function closingBell(style: Pick<SessionStyle, 'bells'>): Segment[] {
  return style.bells ? [pause(BEFORE_CLOSING_BELL_MS), sound(BELL.src, BELL.ms), pause(AFTER_CLOSING_BELL_MS)] : [];
}
