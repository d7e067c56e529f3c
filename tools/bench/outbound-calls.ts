/**
 * The calls a skill makes to other services while it answers, seen from inside its process through
 * `diagnostics_channel`: DynamoDB operations by their `X-Amz-Target` header, Settings API lookups
 * by their path, and anything else. Both of Node's HTTP clients are watched (node:http(s), which
 * the AWS SDK and Steady use, and undici, behind the global `fetch`).
 */
import { subscribe } from 'node:diagnostics_channel';
import type { ClientRequest } from 'node:http';

export type OutboundCall =
  | { readonly service: 'dynamodb'; readonly operation: string }
  | { readonly service: 'settings-api' }
  | { readonly service: 'other' };

const SETTINGS_TIME_ZONE_PATH = '/settings/System.timeZone';

function classify(path: string, target: unknown): OutboundCall {
  if (typeof target === 'string') return { service: 'dynamodb', operation: target.slice(target.lastIndexOf('.') + 1) };
  if (path.includes(SETTINGS_TIME_ZONE_PATH)) return { service: 'settings-api' };
  return { service: 'other' };
}

/** Calls `onCall` for every outbound HTTP request this process starts from now on. */
export function watchOutboundCalls(onCall: (call: OutboundCall) => void): void {
  subscribe('http.client.request.start', (message) => {
    const { request } = message as { request: ClientRequest };
    onCall(classify(request.path, request.getHeader('x-amz-target')));
  });
  subscribe('undici:request:create', (message) => {
    const { request } = message as { request: { path: string; headers: unknown } };
    const headers = Array.isArray(request.headers) ? request.headers : [];
    const at = headers.findIndex((name) => typeof name === 'string' && name.toLowerCase() === 'x-amz-target');
    onCall(classify(request.path, at >= 0 ? headers[at + 1] : undefined));
  });
}
