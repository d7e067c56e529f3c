/**
 * A loopback stand-in for the Alexa APIs Steady calls, on one endpoint as Alexa gives it: the
 * Settings API time zone, the Reminders API (`/v1/alerts/reminders`) and the Timers API
 * (`/v1/alerts/timers`). The tests use it, and so does `npm start`, so the reminder and timer
 * flows can be finished locally. Like the real Timers API it keeps timer labels unique (a second
 * timer with a label in use is a 400) and sets at most 10 timers.
 */
import { randomUUID } from 'node:crypto';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import { listenOnLoopback } from './loopback-server';

export interface StoredReminder {
  readonly alertToken: string;
  readonly body: Record<string, unknown>;
  readonly token: string;
}

export interface StoredTimer {
  readonly id: string;
  readonly body: Record<string, unknown>;
  readonly token: string;
}

/**
 * How one API misbehaves, only for one method when named: a status (401 as without permission,
 * 500), no answer at all, or its usual answer after `ms`. A list of them applies each that matches
 * (a slow list and a silent delete, say).
 */
type OneFault =
  | { kind: 'status'; status: number; method?: string }
  | { kind: 'silence'; method?: string }
  | { kind: 'slow'; ms: number; method?: string };
export type ApiFault = OneFault | readonly OneFault[] | undefined;

/** The APIs whose faults a test sets; the Settings API's time zone is `settings`. */
export type AlexaApi = 'reminders' | 'timers' | 'settings';

export interface AlexaApisStub {
  readonly endpoint: string;
  readonly reminders: readonly StoredReminder[];
  readonly timers: readonly StoredTimer[];
  /** Every Reminders and Timers API call, as `METHOD path`. */
  readonly calls: readonly string[];
  readonly faults: Record<AlexaApi, ApiFault>;
  stop(): Promise<void>;
}

const TIME_ZONE_PATH = /^\/v2\/devices\/[^/]+\/settings\/System\.timeZone$/;
export const REMINDERS_PATH = '/v1/alerts/reminders';
export const TIMERS_PATH = '/v1/alerts/timers';
const ONE_REMINDER_PATH = /^\/v1\/alerts\/reminders\/([^/]+)$/;
const ONE_TIMER_PATH = /^\/v1\/alerts\/timers\/([^/]+)$/;
const MAX_TIMERS = 10;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const apiOf = (path: string): AlexaApi | undefined =>
  path.startsWith(REMINDERS_PATH)
    ? 'reminders'
    : path.startsWith(TIMERS_PATH)
      ? 'timers'
      : TIME_ZONE_PATH.test(path)
        ? 'settings'
        : undefined;

/** The faults of an API that apply to a call with this method. */
function faultsFor(fault: ApiFault, method: string | undefined): OneFault[] {
  const all: readonly OneFault[] = fault === undefined ? [] : Array.isArray(fault) ? fault : [fault as OneFault];
  return all.filter((one) => one.method === undefined || one.method === method);
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function startAlexaApisStub(options: { timeZone: string }): Promise<AlexaApisStub> {
  const reminders: StoredReminder[] = [];
  const timers: StoredTimer[] = [];
  const calls: string[] = [];
  const stalled = new Set<ServerResponse>();
  const faults: Record<AlexaApi, ApiFault> = { reminders: undefined, timers: undefined, settings: undefined };

  const reply = (res: ServerResponse, status: number, body?: unknown): void => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(body === undefined ? '' : JSON.stringify(body));
  };

  const remindersApi = (req: IncomingMessage, res: ServerResponse, path: string, body: string, token: string) => {
    if (req.method === 'POST' && path === REMINDERS_PATH) {
      const alertToken = randomUUID();
      reminders.push({ alertToken, body: JSON.parse(body) as Record<string, unknown>, token });
      return reply(res, 201, {
        alertToken,
        createdTime: new Date().toISOString(),
        status: 'ON',
        version: '1',
        href: `${REMINDERS_PATH}/${alertToken}`,
      });
    }
    if (req.method === 'GET' && path === REMINDERS_PATH) {
      const alerts = reminders.map((r) => ({ alertToken: r.alertToken, status: 'ON', trigger: r.body.trigger }));
      return reply(res, 200, { totalCount: String(alerts.length), alerts, links: null });
    }
    const one = ONE_REMINDER_PATH.exec(path);
    if (req.method === 'DELETE' && one) {
      const index = reminders.findIndex((r) => r.alertToken === decodeURIComponent(one[1]!));
      if (index < 0) return reply(res, 404, { code: 'NOT_FOUND', message: 'no such reminder' });
      reminders.splice(index, 1);
      return reply(res, 200, {});
    }
    return reply(res, 404, { code: 'NOT_FOUND', message: `no route for ${req.method} ${path}` });
  };

  const timersApi = (req: IncomingMessage, res: ServerResponse, path: string, body: string, token: string) => {
    if (req.method === 'POST' && path === TIMERS_PATH) {
      const timer = JSON.parse(body) as Record<string, unknown>;
      if (typeof timer.duration !== 'string' || !/^PT\d+M$/.test(timer.duration)) {
        return reply(res, 400, { code: 'INVALID_DURATION', message: 'duration must be ISO 8601' });
      }
      if (timer.timerLabel !== undefined && timers.some((t) => t.body.timerLabel === timer.timerLabel)) {
        return reply(res, 400, { code: 'DUPLICATE_LABEL', message: 'timer labels must be unique' });
      }
      if (timers.length >= MAX_TIMERS) return reply(res, 400, { code: 'TOO_MANY_TIMERS', message: 'at most 10 timers' });
      const id = randomUUID();
      timers.push({ id, body: timer, token });
      return reply(res, 200, {
        id,
        status: 'ON',
        duration: timer.duration,
        timerLabel: timer.timerLabel,
        createdTime: new Date().toISOString(),
      });
    }
    if (req.method === 'GET' && path === TIMERS_PATH) {
      const listed = timers.map((t) => ({ id: t.id, status: 'ON', duration: t.body.duration, timerLabel: t.body.timerLabel }));
      return reply(res, 200, { totalCount: listed.length, timers: listed });
    }
    const one = ONE_TIMER_PATH.exec(path);
    if (req.method === 'DELETE' && one) {
      const index = timers.findIndex((t) => t.id === decodeURIComponent(one[1]!));
      if (index < 0) return reply(res, 404, { code: 'TIMER_NOT_FOUND', message: 'no such timer' });
      timers.splice(index, 1);
      return reply(res, 200, {});
    }
    return reply(res, 404, { code: 'NOT_FOUND', message: `no route for ${req.method} ${path}` });
  };

  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const token = /^Bearer\s+(\S+)$/.exec(req.headers.authorization ?? '')?.[1];
    const body = await readBody(req);
    if (!token) return reply(res, 401, { code: 'UNAUTHORIZED', message: 'a Bearer token is required' });
    const api = apiOf(path);
    if (api !== 'settings') calls.push(`${req.method} ${path}`);
    const applying = api ? faultsFor(faults[api], req.method) : [];
    if (applying.some((fault) => fault.kind === 'silence')) {
      stalled.add(res);
      return undefined;
    }
    const slow = applying.reduce((ms, fault) => (fault.kind === 'slow' ? Math.max(ms, fault.ms) : ms), 0);
    if (slow > 0) await wait(slow);
    const status = applying.find((fault) => fault.kind === 'status');
    if (status?.kind === 'status') return reply(res, status.status, { code: 'FAULT', message: 'injected by the test' });
    if (req.method === 'GET' && api === 'settings') return reply(res, 200, options.timeZone);
    if (api === 'reminders') return remindersApi(req, res, path, body, token);
    if (api === 'timers') return timersApi(req, res, path, body, token);
    return reply(res, 404, { code: 'NOT_FOUND', message: `no route for ${req.method} ${path}` });
  });

  const loopback = await listenOnLoopback(server);
  return {
    endpoint: loopback.endpoint,
    reminders,
    timers,
    calls,
    faults,
    stop: () => {
      for (const res of stalled) res.destroy();
      return loopback.stop();
    },
  };
}

/** One API's view of the stand-in: its calls only, and its own fault. */
export interface ApiView {
  readonly endpoint: string;
  readonly calls: readonly string[];
  fault: ApiFault;
  stop(): Promise<void>;
}

export function viewOf(apis: AlexaApisStub, api: AlexaApi): ApiView {
  const prefix = api === 'reminders' ? REMINDERS_PATH : api === 'timers' ? TIMERS_PATH : '/v2/devices/';
  return {
    endpoint: apis.endpoint,
    get calls() {
      return apis.calls.filter((call) => call.split(' ')[1]!.startsWith(prefix));
    },
    get fault() {
      return apis.faults[api];
    },
    set fault(fault: ApiFault) {
      apis.faults[api] = fault;
    },
    stop: () => apis.stop(),
  };
}
