import type { RequestEnvelope } from 'ask-sdk-model';
import { StoreUnavailableError, type PracticeHistory } from '../store/practice-store';

/**
 * What one request has already learnt from the services it calls, so a slow or failing service
 * costs the request one wait, not one per call: the device time zone is looked up once, a
 * history read for the summary also serves the time zone fallback, and once a table call has
 * failed the request's later table calls are skipped.
 */
export interface RequestScope {
  deviceTimeZone?: Promise<string | undefined>;
  history?: PracticeHistory;
  /** The first table failure in this request; set means the table is treated as down. */
  tableFailure?: { readonly error: unknown };
}

/** Alexa waits 8 s for an answer, so nothing learnt in a request is trusted for longer. */
const REQUEST_LIFETIME_MS = 8000;

interface TimedScope {
  readonly startedAt: number;
  readonly scope: RequestScope;
}

// Lambda parses a fresh envelope for every invocation, so the envelope object is the request.
const scopes = new WeakMap<RequestEnvelope, TimedScope>();

export function requestScope(envelope: RequestEnvelope): RequestScope {
  const existing = scopes.get(envelope);
  if (existing && Date.now() - existing.startedAt < REQUEST_LIFETIME_MS) return existing.scope;
  const fresh: TimedScope = { startedAt: Date.now(), scope: {} };
  scopes.set(envelope, fresh);
  return fresh.scope;
}

/**
 * Runs one table call for the request. Once a call has failed, the later ones fail at once with
 * the same cause instead of waiting on the table again.
 */
export async function fromTable<T>(envelope: RequestEnvelope, call: () => Promise<T>): Promise<T> {
  const scope = requestScope(envelope);
  if (scope.tableFailure) {
    throw new StoreUnavailableError('Skipped: the table already failed in this request', { cause: scope.tableFailure.error });
  }
  try {
    return await call();
  } catch (error) {
    scope.tableFailure = { error };
    throw error;
  }
}
