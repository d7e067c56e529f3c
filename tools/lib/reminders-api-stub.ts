/**
 * A loopback stand-in for the Alexa APIs a reminder request touches (used by the tests and by
 * `npm start`, so the reminder flow can be finished locally), on one endpoint as Alexa
 * gives it: the Reminders API (`/v1/alerts/reminders`) and the Settings API time zone.
 */
import { randomUUID } from 'node:crypto';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import { listenOnLoopback } from './loopback-server';

export interface StoredReminder {
  readonly alertToken: string;
  readonly body: Record<string, unknown>;
  readonly token: string;
}

/** How the stand-in misbehaves: refuse as without permission, fail, or never answer. */
export type RemindersFault = { kind: 'status'; status: number } | { kind: 'silence' } | undefined;

export interface RemindersApiStub {
  readonly endpoint: string;
  readonly reminders: readonly StoredReminder[];
  /** Every call, as `METHOD path`. */
  readonly calls: readonly string[];
  fault: RemindersFault;
  stop(): Promise<void>;
}

const TIME_ZONE_PATH = /^\/v2\/devices\/[^/]+\/settings\/System\.timeZone$/;
const REMINDERS_PATH = '/v1/alerts/reminders';
const ONE_REMINDER_PATH = /^\/v1\/alerts\/reminders\/([^/]+)$/;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startRemindersApiStub(options: { timeZone: string }): Promise<RemindersApiStub> {
  const reminders: StoredReminder[] = [];
  const calls: string[] = [];
  const stalled = new Set<ServerResponse>();
  const stub = { fault: undefined as RemindersFault };

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
    if (fault?.kind === 'status') return reply(res, fault.status, { code: 'FAULT', message: 'injected by the test' });

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
  });

  const loopback = await listenOnLoopback(server);
  return Object.assign(stub, {
    endpoint: loopback.endpoint,
    reminders,
    calls,
    stop: () => {
      for (const res of stalled) res.destroy();
      return loopback.stop();
    },
  });
}
