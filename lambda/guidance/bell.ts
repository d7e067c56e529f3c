import type { SessionStyle } from './session-style';
import { pause, sound, type Segment } from '../timeline';

/**
 * A soft bell from the Alexa Skills Kit sound library, in its "musical" category: a single
 * medium chime of 0.89 s (the id and its length as listed in tonyhallett/alexa-ts-ssml-builder,
 * src/soundbank.ts, which mirrors Amazon's sound library table). Library sounds need no hosting.
 */
export const BELL = { src: 'soundbank://soundlibrary/musical/amzn_sfx_bell_med_chime_02', ms: 890 } as const;

/**
 * The night's bell: a short chime of 0.71 s from the same category and listing, lighter and
 * briefer than the day's. SSML cannot turn a sound down, so a softer bell is another sound.
 */
export const NIGHT_BELL = { src: 'soundbank://soundlibrary/musical/amzn_sfx_bell_short_chime_01', ms: 710 } as const;

type BellStyle = Pick<SessionStyle, 'bells' | 'nightVoice'>;

function bellFor(style: BellStyle): Segment {
  const bell = style.nightVoice ? NIGHT_BELL : BELL;
  return sound(bell.src, bell.ms);
}

/** The bell is left to ring out before the first word, and the last bell before any closing word. */
const AFTER_OPENING_BELL_MS = 1000;
const BEFORE_CLOSING_BELL_MS = 1500;
const AFTER_CLOSING_BELL_MS = 1500;

/** The bell that opens a guided session (the night's in the night voice); nothing when the user asked for no bells. */
export function openingBell(style: BellStyle): Segment[] {
  return style.bells ? [bellFor(style), pause(AFTER_OPENING_BELL_MS)] : [];
}

/** The bell that marks the end of the practice, before the closing words. */
export function closingBell(style: BellStyle): Segment[] {
  return style.bells ? [pause(BEFORE_CLOSING_BELL_MS), bellFor(style), pause(AFTER_CLOSING_BELL_MS)] : [];
}

/** How long a bell sound lasts, by its source; 0 for any other sound. */
export function bellMs(src: string): number {
  return [BELL, NIGHT_BELL].find((bell) => bell.src === src)?.ms ?? 0;
}
