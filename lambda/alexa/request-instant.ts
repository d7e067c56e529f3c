import type { RequestEnvelope } from 'ask-sdk-model';

/**
 * How far Alexa's request timestamp may be from the function's own clock and still date the
 * request. Alexa stamps a request as it sends it and retries within seconds, so a stamp minutes
 * off is not Alexa's: a replayed or forged request, or a clock gone wrong.
 */
export const TRUSTED_TIMESTAMP_SKEW_MS = 10 * 60_000;

/**
 * The moment the user asked, by a sane clock: Alexa's own request timestamp when it is close to
 * the function's time (a retry carries the same one, so it lands on the same day), else the
 * function's time.
 */
export function requestInstant(envelope: RequestEnvelope, now: Date = new Date()): Date {
  const stamped = Date.parse(envelope.request?.timestamp ?? '');
  return Number.isFinite(stamped) && Math.abs(stamped - now.getTime()) <= TRUSTED_TIMESTAMP_SKEW_MS ? new Date(stamped) : now;
}
