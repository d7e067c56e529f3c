import type { RequestEnvelope } from 'ask-sdk-model';

/**
 * The moment the user asked, from Alexa's own request timestamp: a retried request carries the
 * same one, so it lands on the same day. The server clock only stands in when it is missing.
 */
export function requestInstant(envelope: RequestEnvelope): Date {
  const instant = new Date(envelope.request?.timestamp ?? '');
  return Number.isNaN(instant.getTime()) ? new Date() : instant;
}
