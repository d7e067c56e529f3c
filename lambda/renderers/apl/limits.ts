/**
 * Alexa refuses a response whose JSON is larger than 24 KB, and a guided session's speech alone
 * may take up to 8,000 characters of it. The visual keeps well inside what is left.
 */
export const MAX_RESPONSE_BYTES = 24 * 1024;
export const MAX_VISUAL_DIRECTIVE_BYTES = 12 * 1024;
