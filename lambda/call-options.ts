/** What every outside call is told by the request making it: how long the request's budget has left. */
export interface CallOptions {
  readonly timeLeftMs?: number;
}

/** A call's deadline: its own bound, or the time the request has left, whichever ends first. */
export function callDeadlineMs(options: CallOptions | undefined, ownBoundMs: number): number {
  return Math.max(0, Math.min(ownBoundMs, options?.timeLeftMs ?? Number.POSITIVE_INFINITY));
}
