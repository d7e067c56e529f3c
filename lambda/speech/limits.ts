/** Alexa's hard limits on one response. */
export const MAX_OUTPUT_SPEECH_CHARS = 8000;
/** Steady plans sessions to this, leaving room for what is added after planning. */
export const SESSION_SSML_BUDGET = 7600;
export const MAX_BREAK_MS = 10_000;
export const MAX_AUDIO_TAGS = 5;
/** All `<audio>` in one response together may last at most this long. */
export const MAX_AUDIO_MS = 240_000;
/**
 * The longest single spoken response Steady plans: a margin under the 10-minute cap Amazon's
 * text-to-speech service documents for one synthesis (Alexa's own cap is undocumented).
 */
export const MAX_SPOKEN_RESPONSE_MS = 9 * 60_000;
