/**
 * Writes tried again when other devices keep writing the same record first. Each round of a burst
 * lets one writer through, so a burst of n practices needs n rounds: the request's table deadline
 * bounds the tries, not a count (a cap of 24 lost practices from a burst of 30). A try that had to
 * read the record again first waits a short random pause that grows with the attempts (full jitter).
 */
const RETRY_PAUSE_MS = 10;

export const pause = (attempt: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * RETRY_PAUSE_MS * Math.min(attempt, 10)));
