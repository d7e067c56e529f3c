import type { CallOptions } from './call-options';

/** Every answer is spoken within this long of the request arriving, whatever the outside calls do. */
export const ANSWER_WITHIN_MS = 6000;
/**
 * Kept back from the outside calls for what follows the last of them: planning, rendering the
 * speech, and the response's way back, on a busy machine.
 */
export const ROOM_TO_ANSWER_MS = 1000;

/** The part of the Lambda context the budget reads. */
interface LambdaTimeLeft {
  getRemainingTimeInMillis(): number;
}

function lambdaTimeLeftMs(context: unknown): number | undefined {
  const remaining = (context as Partial<LambdaTimeLeft> | undefined)?.getRemainingTimeInMillis;
  if (typeof remaining !== 'function') return undefined;
  const ms = remaining.call(context);
  return Number.isFinite(ms) ? ms : undefined;
}

/**
 * The one budget for a request's outside calls (the table, the Settings, Reminders and Timers
 * APIs): from the request's arrival to the answer deadline, or to Lambda's own timeout when that
 * comes sooner, less the room to answer. Each call takes its deadline from what is left when it
 * starts, so calls made one after another share it instead of each having a full deadline.
 */
export class RequestBudget {
  private constructor(
    private readonly endsAt: number,
    private readonly now: () => number,
  ) {}

  /** The budget of a request arriving now; `context` is the Lambda context, when there is one. */
  static arriving(context: unknown, now: () => number = () => performance.now()): RequestBudget {
    const until = Math.min(ANSWER_WITHIN_MS, lambdaTimeLeftMs(context) ?? Number.POSITIVE_INFINITY);
    return new RequestBudget(now() + Math.max(0, until - ROOM_TO_ANSWER_MS), now);
  }

  timeLeftMs(): number {
    return Math.max(0, this.endsAt - this.now());
  }

  get spent(): boolean {
    return this.timeLeftMs() === 0;
  }

  /** What a call starting now is told. */
  callOptions(): CallOptions {
    return { timeLeftMs: this.timeLeftMs() };
  }
}
