/** Messages between the benchmark and its child processes (warm containers and cold starts). */
import type { OutboundCall } from './outbound-calls';
import type { RequestKind } from './workload';

export type ParentMessage =
  | { readonly type: 'run'; readonly kinds: readonly RequestKind[] }
  | { readonly type: 'report' }
  | { readonly type: 'exit' };

/** What one kind of request made the skill do, summed over a batch. */
export interface CallCounts {
  requests: number;
  /** DynamoDB operations by name (`UpdateItem`, `GetItem`, …). */
  dynamodb: Record<string, number>;
  settingsApi: number;
  otherHttp: number;
  logLines: number;
  logBytes: number;
  failures: number;
}

export type ChildMessage =
  | { readonly type: 'ready'; readonly loadMs: number }
  | {
      readonly type: 'batch';
      /** Per-request wall time in microseconds, by kind, in the order they ran. */
      readonly samplesUs: Partial<Record<RequestKind, number[]>>;
      /** Per-request CPU time of the container process (user + system), microseconds. */
      readonly cpuUs: Partial<Record<RequestKind, number[]>>;
      /** Per-request time waited on DynamoDB (request start to response end), microseconds. */
      readonly tableWaitUs: Partial<Record<RequestKind, number[]>>;
      readonly calls: Partial<Record<RequestKind, CallCounts>>;
      /** The first speech each kind got in this child, for a glance at what was answered. */
      readonly speech: Partial<Record<RequestKind, string>>;
    }
  | { readonly type: 'report'; readonly maxRssKb: number; readonly heapUsedBytes: number }
  | { readonly type: 'failed'; readonly message: string };

export function emptyCounts(): CallCounts {
  return { requests: 0, dynamodb: {}, settingsApi: 0, otherHttp: 0, logLines: 0, logBytes: 0, failures: 0 };
}

export function addCounts(into: CallCounts, from: CallCounts): void {
  into.requests += from.requests;
  for (const [operation, count] of Object.entries(from.dynamodb)) into.dynamodb[operation] = (into.dynamodb[operation] ?? 0) + count;
  into.settingsApi += from.settingsApi;
  into.otherHttp += from.otherHttp;
  into.logLines += from.logLines;
  into.logBytes += from.logBytes;
  into.failures += from.failures;
}

export function countCall(into: CallCounts, call: OutboundCall): void {
  if (call.service === 'dynamodb') into.dynamodb[call.operation] = (into.dynamodb[call.operation] ?? 0) + 1;
  else if (call.service === 'settings-api') into.settingsApi += 1;
  else into.otherHttp += 1;
}

/** What a cold start reports: its load, its first request, and the calls that request made. */
export interface ColdStartMessage {
  readonly loadMs: number;
  readonly firstRequestMs: number;
  readonly rssAfterLoadKb: number;
  readonly maxRssKb: number;
  readonly spoke: boolean;
  /** Outbound calls while the bundle loaded: none, when module scope only builds things. */
  readonly loadCalls: CallCounts;
  readonly firstRequestCalls: CallCounts;
}
