import type { Voice } from '../timeline';

/** Introductions, body checks and closes: a little slower than Alexa's everyday voice. */
export const GUIDE_VOICE: Voice = { ratePercent: 90, volume: 'medium', whispered: false };
/** Cues are short words; said at the normal rate they cost no extra characters. */
export const CUE_VOICE: Voice = { ratePercent: 100, volume: 'medium', whispered: false };
