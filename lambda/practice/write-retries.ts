/**
 * Writes tried when other devices keep writing the same record first, each after a short random
 * pause that grows with the attempts (full jitter), all within the request's table deadline.
 */
export const MAX_WRITE_ATTEMPTS = 24;
const RETRY_PAUSE_MS = 10;

export const pause = (attempt: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * RETRY_PAUSE_MS * Math.min(attempt, 10)));
