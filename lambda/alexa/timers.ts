/**
 * The Alexa Timers API, called with the request's own endpoint and access token. Each call has a
 * short deadline of its own, or the time the request has left when that is shorter (`CallOptions`).
 * Timers can be created only from inside a skill session; Alexa allows at most 10 timers on an account (the
 * skill's and the person's own) and at most two hours for one.
 */
import type { services } from 'ask-sdk-model';
import { type CallOptions, callDeadlineMs } from '../call-options';
import { type AlexaApiErrors, type AlexaApiFetch, alexaApiFetch, callAlexaApi } from './alexa-api-fetch';
import type { ReminderAccess } from './reminders';

export type TimerRequest = services.timerManagement.TimerRequest;
/** The same endpoint and token every Alexa API call takes. */
export type TimerAccess = ReminderAccess;

/** The longest timer Alexa sets. */
export const MAX_TIMER_MINUTES = 120;

/** The user has not given Steady permission to set timers (401 or 403). */
export class TimersPermissionError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TimersPermissionError';
  }
}

/**
 * The Timers API failed, refused the request (for example with too many timers already set, a
 * 400), or did not answer in time. `status` is the HTTP status when there was one.
 */
export class TimersUnavailableError extends Error {
  readonly status: number | undefined;
  constructor(message: string, options?: { cause?: unknown; status?: number }) {
    super(message, options);
    this.name = 'TimersUnavailableError';
    this.status = options?.status;
  }
}

export interface TimersClientOptions {
  readonly timeoutMs?: number;
  readonly fetch?: AlexaApiFetch;
}

const TIMERS_PATH = '/v1/alerts/timers';

/** A timer as the list answers it: only what Steady reads. */
export interface TimerSummary {
  readonly id: string;
  readonly status?: string;
}

const ERRORS: AlexaApiErrors = {
  name: 'timers',
  refused: (message) => new TimersPermissionError(message),
  unavailable: (message, options) => new TimersUnavailableError(message, options),
};

export class TimersClient {
  private readonly timeoutMs: number;
  private readonly fetch: AlexaApiFetch;

  constructor(options: TimersClientOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 1500;
    this.fetch = options.fetch ?? alexaApiFetch;
  }

  /** Creates a timer; answers its id. */
  async create(access: TimerAccess, timer: TimerRequest, options?: CallOptions): Promise<string> {
    const body = (await this.call(access, options, 'POST', TIMERS_PATH, timer)) as { id?: unknown } | undefined;
    if (typeof body?.id !== 'string') throw new TimersUnavailableError('The Timers API answered without a timer id');
    return body.id;
  }

  /** Every timer this skill has set for the user that is still running or paused. */
  async list(access: TimerAccess, options?: CallOptions): Promise<TimerSummary[]> {
    const body = (await this.call(access, options, 'GET', TIMERS_PATH)) as
      | { timers?: Array<{ id?: unknown; status?: unknown }> }
      | undefined;
    return (body?.timers ?? []).flatMap((timer) =>
      typeof timer.id === 'string' && timer.status !== 'OFF'
        ? [{ id: timer.id, ...(typeof timer.status === 'string' ? { status: timer.status } : {}) }]
        : [],
    );
  }

  async delete(access: TimerAccess, id: string, options?: CallOptions): Promise<void> {
    await this.call(access, options, 'DELETE', `${TIMERS_PATH}/${encodeURIComponent(id)}`);
  }

  private call(access: TimerAccess, options: CallOptions | undefined, method: string, path: string, body?: unknown): Promise<unknown> {
    return callAlexaApi(this.fetch, access, { method, path, body, timeoutMs: callDeadlineMs(options, this.timeoutMs) }, ERRORS);
  }
}
