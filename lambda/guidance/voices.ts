import type { Voice } from '../timeline';

/** Introductions, body checks and closes: a little slower than Alexa's everyday voice. */
export const GUIDE_VOICE: Voice = { ratePercent: 90, volume: 'medium', whispered: false };
/** Cues are short words; said at the normal rate they cost no extra characters. */
export const CUE_VOICE: Voice = { ratePercent: 100, volume: 'medium', whispered: false };
/**
 * The quiet middle of a long session: one word at each turn of the breath, softer than the cues
 * around it, so the voice steps back without leaving anyone alone in silence.
 */
export const QUIET_CUE_VOICE: Voice = { ...CUE_VOICE, volume: 'soft' };

/** Whether a cue is one of the quiet middle's soft turns, which stand in for a tone. */
export function isQuietCue(voice: Voice): boolean {
  return voice.volume === QUIET_CUE_VOICE.volume && voice.ratePercent === QUIET_CUE_VOICE.ratePercent && voice.pitch === undefined;
}
