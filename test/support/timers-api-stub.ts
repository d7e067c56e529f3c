/**
 * A loopback stand-in for the Alexa APIs a time-on-your-own request touches, on one endpoint as
 * Alexa gives it: the Timers API (`/v1/alerts/timers`) and the Settings API time zone. Like the
 * real API it keeps timer labels unique (a second timer with a label in use is a 400) and sets at
 * most 10 timers.
 */
import { randomUUID } from 'node:crypto';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import { listenOnLoopback } from '../../tools/lib/loopback-server';

export interface StoredTimer {
  readonly id: string;
  readonly body: Record<string, unknown>;
  readonly token: string;
}

/** How the stand-in misbehaves: a status (401 as without permission, 500), or never answer. */
export type TimersFault = { kind: 'status'; status: number; method?: string } | { kind: 'silence' } | undefined;

export interface TimersApiStub {
  readonly endpoint: string;
  readonly timers: readonly StoredTimer[];
  /** Every Timers API call, as `METHOD path`. */
  readonly calls: readonly string[];
  fault: TimersFault;
  stop(): Promise<void>;
}

const TIME_ZONE_PATH = /^\/v2\/devices\/[^/]+\/settings\/System\.timeZone$/;
const TIMERS_PATH = '/v1/alerts/timers';
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

export async function startTimersApiStub(options: { timeZone: string }): Promise<TimersApiStub> {
  const timers: StoredTimer[] = [];
  const calls: string[] = [];
  const stalled = new Set<ServerResponse>();
  const stub = { fault: undefined as TimersFault };

  const reply = (res: ServerResponse, status: number, body?: unknown): void => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(body === undefined ? '' : JSON.stringify(body));
  };

  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const token = /^Bearer\s+(\S+)$/.exec(req.headers.authorization ?? '')?.[1];
    const body = await readBody(req);
    if (!token) return reply(res, 401, { code: 'UNAUTHORIZED', message: 'a Bearer token is required' });
    if (req.method === 'GET' && TIME_ZONE_PATH.test(path)) return reply(res, 200, options.timeZone);

    calls.push(`${req.method} ${path}`);
    const fault = stub.fault;
    if (fault?.kind === 'silence') {
      stalled.add(res);
      return undefined;
    }
    if (fault?.kind === 'status' && (fault.method === undefined || fault.method === req.method)) {
      return reply(res, fault.status, { code: 'FAULT', message: 'injected by the test' });
    }

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
  });

  const loopback = await listenOnLoopback(server);
  return Object.assign(stub, {
    endpoint: loopback.endpoint,
    timers,
    calls,
    stop: () => {
      for (const res of stalled) res.destroy();
      return loopback.stop();
    },
  });
}
