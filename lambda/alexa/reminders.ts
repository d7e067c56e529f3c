/**
 * The Alexa Reminders API, called with the request's own endpoint and access token. Each call has
 * a short deadline of its own, or the time the request has left when that is shorter (`CallOptions`).
 */
import type { services } from 'ask-sdk-model';
import { type CallOptions, callDeadlineMs } from '../call-options';
import { type AlexaApiErrors, type AlexaApiFetch, alexaApiFetch, callAlexaApi } from './alexa-api-fetch';

export type ReminderRequest = services.reminderManagement.ReminderRequest;

export interface ReminderAccess {
  /** `context.System.apiEndpoint` */
  readonly apiEndpoint: string;
  /** `context.System.apiAccessToken` */
  readonly apiAccessToken: string;
}

/** The user has not given Steady permission to manage reminders (401 or 403). */
export class RemindersPermissionError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RemindersPermissionError';
  }
}

/** The Reminders API failed, refused the request, or did not answer in time. */
export class RemindersUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RemindersUnavailableError';
  }
}

export interface RemindersClientOptions {
  readonly timeoutMs?: number;
  readonly fetch?: AlexaApiFetch;
}

const REMINDERS_PATH = '/v1/alerts/reminders';

const ERRORS: AlexaApiErrors = {
  name: 'reminders',
  refused: (message) => new RemindersPermissionError(message),
  unavailable: (message, options) => new RemindersUnavailableError(message, options),
};

export class RemindersClient {
  private readonly timeoutMs: number;
  private readonly fetch: AlexaApiFetch;

  constructor(options: RemindersClientOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 1500;
    this.fetch = options.fetch ?? alexaApiFetch;
  }

  /** Creates a reminder; answers its alert token. */
  async create(access: ReminderAccess, reminder: ReminderRequest, options?: CallOptions): Promise<string> {
    const body = (await this.call(access, options, 'POST', REMINDERS_PATH, reminder)) as { alertToken?: unknown } | undefined;
    if (typeof body?.alertToken !== 'string') throw new RemindersUnavailableError('The Reminders API answered without an alert token');
    return body.alertToken;
  }

  /** The alert tokens of every reminder this skill has set for the user. */
  async list(access: ReminderAccess, options?: CallOptions): Promise<string[]> {
    const body = (await this.call(access, options, 'GET', REMINDERS_PATH)) as { alerts?: Array<{ alertToken?: unknown }> } | undefined;
    return (body?.alerts ?? []).flatMap((alert) => (typeof alert.alertToken === 'string' ? [alert.alertToken] : []));
  }

  async delete(access: ReminderAccess, alertToken: string, options?: CallOptions): Promise<void> {
    await this.call(access, options, 'DELETE', `${REMINDERS_PATH}/${encodeURIComponent(alertToken)}`);
  }

  private call(access: ReminderAccess, options: CallOptions | undefined, method: string, path: string, body?: unknown): Promise<unknown> {
    return callAlexaApi(this.fetch, access, { method, path, body, timeoutMs: callDeadlineMs(options, this.timeoutMs) }, ERRORS);
  }
}
