/**
 * Words that name a state or a feeling, as Steady might be told them or have named a session for
 * one: none may appear in the table or in a log line. Word starts, so "stressful" and "panicking"
 * are caught; case-insensitive.
 */
export const STATE_WORDS =
  /\b(panic|anxi|crisis|lonel|cant-sleep|can't sleep|cant-breathe|can't breathe|breathless|overwhelm|stress|distress|worr|sad|anger|angry|reject|abandon|jealous|suicid|self-harm|depress|insomnia|afraid|scared|fear)/i;
