import type { RequestEnvelope } from 'ask-sdk-model';

/**
 * A function clock that reads the time each request was sent, for skills under test whose
 * conversations happen on chosen dates: as if every request arrived the moment Alexa stamped it.
 * The sane-clock rule (request-instant.ts) is tested with the system clock instead.
 */
export function clockFollowingRequests(): { clock: () => Date; sent: (event: RequestEnvelope) => RequestEnvelope } {
  let now = new Date();
  return {
    clock: () => now,
    sent: (event) => {
      const stamped = Date.parse(event.request?.timestamp ?? '');
      now = Number.isFinite(stamped) ? new Date(stamped) : new Date();
      return event;
    },
  };
}
