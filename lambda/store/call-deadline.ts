import { type CallOptions, callDeadlineMs } from '../call-options';
import { DYNAMODB_TIMEOUTS } from './dynamodb-client';

export type { CallOptions } from '../call-options';

/**
 * Runs one table call under its deadline: the store's bound for any call, or the time the request
 * has left, whichever ends first. The timer goes as soon as the call settles, so a finished
 * request leaves nothing behind to fire later, and nothing keeps the process alive.
 */
export async function withCallDeadline<T>(options: CallOptions | undefined, call: (abortSignal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const ms = callDeadlineMs(options, DYNAMODB_TIMEOUTS.callDeadlineMs);
  const timer = setTimeout(() => controller.abort(new DOMException('The table call passed its deadline', 'TimeoutError')), ms);
  timer.unref();
  try {
    return await call(controller.signal);
  } finally {
    clearTimeout(timer);
  }
}
