/**
 * Loopback HTTP servers that fail the way remote services do: never answering, answering late,
 * refusing, throttling, or sending headers and then stalling. Only 127.0.0.1 is ever used.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { freePort } from '../dynamodb-local/dynamodb-local';
import { listenOnLoopback } from './loopback-server';

export type Misbehaviour =
  /** Accepts the connection and the request, and never answers. */
  | { readonly kind: 'hang' }
  /** Answers with this status and body, after `delayMs` if given. */
  | { readonly kind: 'answer'; readonly status: number; readonly body: string; readonly contentType?: string; readonly delayMs?: number }
  /** Sends the status line and headers, then nothing more. */
  | { readonly kind: 'stall-body' }
  /** Sends headers, then one byte of the body every `intervalMs`, never finishing. */
  | { readonly kind: 'trickle-body'; readonly intervalMs: number }
  /** Hangs on the first request of every pair and answers the second: a flaky service a retry gets through. */
  | { readonly kind: 'hang-then-answer'; readonly status: number; readonly body: string; readonly contentType?: string };

export interface MisbehavingServer {
  readonly endpoint: string;
  /** Requests received so far. */
  readonly requests: number;
  /** Connections opened: on a loaded machine a caller may give up before its request is read. */
  readonly connections: number;
  /** When each request arrived, in `performance.now()` milliseconds. */
  readonly arrivals: readonly number[];
  stop(): Promise<void>;
}

const DYNAMODB_CONTENT_TYPE = 'application/x-amz-json-1.0';

/** DynamoDB's JSON error body, for example for throttling. */
export function dynamoDbError(type: string, message: string): string {
  return JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${type}`, message });
}

/** A DynamoDB answer with this status and body. */
export function dynamoDbAnswer(status: number, body: string, delayMs?: number): Misbehaviour {
  return { kind: 'answer', status, body, contentType: DYNAMODB_CONTENT_TYPE, ...(delayMs !== undefined ? { delayMs } : {}) };
}

export async function startMisbehavingServer(misbehaviour: Misbehaviour): Promise<MisbehavingServer> {
  let requests = 0;
  let connections = 0;
  const arrivals: number[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, action: () => void, repeat = false) => {
    const timer = repeat ? setInterval(action, ms) : setTimeout(action, ms);
    timers.add(timer);
  };

  const answer = (res: ServerResponse, status: number, body: string, contentType = 'application/json') => {
    res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    requests += 1;
    arrivals.push(performance.now());
    const nth = requests;
    req.resume();
    req.on('end', () => {
      switch (misbehaviour.kind) {
        case 'hang':
          return;
        case 'answer': {
          const { status, body, contentType, delayMs } = misbehaviour;
          if (delayMs === undefined) answer(res, status, body, contentType);
          else later(delayMs, () => answer(res, status, body, contentType));
          return;
        }
        case 'stall-body':
          res.writeHead(200, { 'Content-Type': DYNAMODB_CONTENT_TYPE, 'Content-Length': '64' });
          res.write('{');
          return;
        case 'trickle-body':
          res.writeHead(200, { 'Content-Type': DYNAMODB_CONTENT_TYPE, 'Content-Length': '100000' });
          later(misbehaviour.intervalMs, () => res.write(' '), true);
          return;
        case 'hang-then-answer':
          if (nth % 2 === 1) return;
          answer(res, misbehaviour.status, misbehaviour.body, misbehaviour.contentType);
          return;
      }
    });
  });

  server.on('connection', () => {
    connections += 1;
  });
  const loopback = await listenOnLoopback(server);
  return {
    endpoint: loopback.endpoint,
    get requests() {
      return requests;
    },
    get connections() {
      return connections;
    },
    arrivals,
    stop: () => {
      for (const timer of timers) clearTimeout(timer);
      return loopback.stop();
    },
  };
}

/** An endpoint on a loopback port nothing listens on: connections are refused at once. */
export async function closedPortEndpoint(): Promise<string> {
  return `http://127.0.0.1:${await freePort()}`;
}
