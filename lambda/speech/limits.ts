/** Alexa's hard limits on one response. */
export const MAX_OUTPUT_SPEECH_CHARS = 8000;
/** Steady plans sessions to this, leaving room for what is added after planning. */
export const SESSION_SSML_BUDGET = 7600;
export const MAX_BREAK_MS = 10_000;
export const MAX_AUDIO_TAGS = 5;
/** The longest single spoken response Steady plans; longer sessions are audio tracks. */
export const MAX_SPOKEN_RESPONSE_MS = 9 * 60_000;
