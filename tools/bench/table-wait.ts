/**
 * How long a request waits on DynamoDB, seen from inside the container through
 * `diagnostics_channel`: from the moment the SDK starts an HTTP request with an `X-Amz-Target`
 * header until that response has ended. Splits a request's wall time into the table's part and
 * the skill's own, which is where a ratio between two skills is decided.
 */
import { subscribe } from 'node:diagnostics_channel';
import type { ClientRequest } from 'node:http';

/** Returns a reader of the microseconds waited on DynamoDB since the last reading. */
export function watchTableWaits(): () => number {
  const started = new WeakMap<ClientRequest, bigint>();
  let waitedNs = 0n;
  subscribe('http.client.request.start', (message) => {
    const { request } = message as { request: ClientRequest };
    if (request.getHeader('x-amz-target') !== undefined) started.set(request, process.hrtime.bigint());
  });
  subscribe('http.client.response.finish', (message) => {
    const { request } = message as { request: ClientRequest };
    const start = started.get(request);
    if (start === undefined) return;
    started.delete(request);
    waitedNs += process.hrtime.bigint() - start;
  });
  return () => {
    const us = Number(waitedNs) / 1e3;
    waitedNs = 0n;
    return us;
  };
}
