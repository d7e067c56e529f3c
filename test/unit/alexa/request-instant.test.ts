import type { RequestEnvelope } from 'ask-sdk-model';
import { requestInstant, TRUSTED_TIMESTAMP_SKEW_MS } from '../../../lambda/alexa/request-instant';

const now = new Date('2026-08-10T16:00:00Z');
const stamped = (timestamp: string | undefined) =>
  ({ request: { type: 'IntentRequest', requestId: 'r', timestamp } }) as unknown as RequestEnvelope;

test.each<[string, string | undefined, string]>([
  ['a stamp seconds ago dates the request', '2026-08-10T15:59:50Z', '2026-08-10T15:59:50.000Z'],
  ['a retry minutes later keeps its first stamp', '2026-08-10T15:52:00Z', '2026-08-10T15:52:00.000Z'],
  ['a stamp days off is not trusted', '2026-08-03T16:00:00Z', now.toISOString()],
  ['a stamp in 1899 is not trusted', '1899-12-31T12:00:00Z', now.toISOString()],
  ['a stamp in 9999 is not trusted', '9999-12-31T12:00:00Z', now.toISOString()],
  ['a stamp that is not a time is not trusted', 'garbage', now.toISOString()],
  ['no stamp at all', undefined, now.toISOString()],
])('%s', (_, timestamp, expected) => {
  expect(requestInstant(stamped(timestamp), now).toISOString()).toBe(expected);
});

test('the trusted window is minutes, not hours', () => {
  expect(TRUSTED_TIMESTAMP_SKEW_MS).toBeLessThanOrEqual(15 * 60_000);
  expect(requestInstant(stamped(new Date(now.getTime() + TRUSTED_TIMESTAMP_SKEW_MS + 1000).toISOString()), now)).toEqual(now);
});
