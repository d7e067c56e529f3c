/**
 * A loopback stand-in for Alexa's Settings API, answering the device time zone the way
 * `GET {apiEndpoint}/v2/devices/{deviceId}/settings/System.timeZone` does: a JSON string.
 */
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import { listenOnLoopback } from './loopback-server';

export interface SettingsApiStubOptions {
  readonly timeZone: string;
  /** When set, only this bearer token is accepted; otherwise any non-empty one. */
  readonly token?: string;
}

export interface SettingsApiStub {
  /** Use as the envelopes' `apiEndpoint`. */
  readonly endpoint: string;
  setTimeZone(timeZone: string): void;
  /** How many time zone lookups were answered. */
  readonly lookups: number;
  stop(): Promise<void>;
}

const TIME_ZONE_PATH = /^\/v2\/devices\/([^/]+)\/settings\/System\.timeZone$/;

export async function startSettingsApiStub(options: SettingsApiStubOptions): Promise<SettingsApiStub> {
  let timeZone = options.timeZone;
  let lookups = 0;

  const reply = (res: ServerResponse, status: number, body: unknown): void => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method !== 'GET' || !TIME_ZONE_PATH.test(path)) {
      reply(res, 404, { code: 'NOT_FOUND', message: `no route for ${req.method} ${path}` });
      return;
    }
    const token = /^Bearer\s+(\S+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!token || (options.token !== undefined && token !== options.token)) {
      reply(res, 401, { code: 'ACCESS_DENIED', message: 'a valid Bearer token is required' });
      return;
    }
    lookups += 1;
    reply(res, 200, timeZone);
  });

  const { endpoint, stop } = await listenOnLoopback(server);
  return {
    endpoint,
    setTimeZone: (zone) => {
      timeZone = zone;
    },
    get lookups() {
      return lookups;
    },
    stop,
  };
}
