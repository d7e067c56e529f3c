import { AsyncLocalStorage } from 'node:async_hooks';
import { hash, randomUUID } from 'node:crypto';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, unknown>;

/** One structured logger: JSON lines, never user ids, device ids or utterances in clear. */
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** The most characters any one string in a log line keeps (an API's error body can be 1 MB). */
export const MAX_LOGGED_STRING = 1000;
/** The most characters of one log line. */
export const MAX_LOG_LINE = 8192;
const MAX_CAUSE_DEPTH = 3;

function bounded(text: string): string {
  return text.length <= MAX_LOGGED_STRING ? text : `${text.slice(0, MAX_LOGGED_STRING)}… (${text.length} characters)`;
}

function serialiseError(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error)) return typeof error === 'string' ? bounded(error) : error;
  return {
    name: bounded(error.name),
    message: bounded(error.message),
    ...(error.stack !== undefined ? { stack: bounded(error.stack) } : {}),
    ...(error.cause !== undefined && depth < MAX_CAUSE_DEPTH ? { cause: serialiseError(error.cause, depth + 1) } : {}),
  };
}

/** A field JSON cannot hold (a BigInt, a cycle), or a line too long, costs the fields, never the line or the request. */
function serialiseEntry(entry: LogFields): string {
  const { level, message, service, timestamp, requestId } = entry;
  try {
    const line = JSON.stringify(entry, (_, value: unknown) => (typeof value === 'string' ? bounded(value) : value));
    if (line.length <= MAX_LOG_LINE) return line;
    return JSON.stringify({ level, message, service, timestamp, requestId, fieldsDropped: `line of ${line.length} characters` });
  } catch (error) {
    return JSON.stringify({ level, message, service, timestamp, requestId, fieldsDropped: bounded(String(error)) });
  }
}

/** A logger that can put a request's ids on every line logged while the request is handled. */
export interface RequestLogger extends Logger {
  /** Runs `work` with `fields` (the request's ids) on every line it logs, however deep it calls. */
  within<T>(fields: LogFields, work: () => T): T;
}

export function createJsonLogger(options: { level?: LogLevel; write?: (line: string) => void; service?: string } = {}): RequestLogger {
  const threshold = ORDER[options.level ?? 'info'];
  const write = options.write ?? ((line: string) => process.stdout.write(line + '\n'));
  const service = options.service ?? 'steady';
  // Made on first use: a logger that never scopes a request tracks no async context.
  let scope: AsyncLocalStorage<LogFields> | undefined;
  const log =
    (level: LogLevel) =>
    (message: string, fields: LogFields = {}) => {
      if (ORDER[level] < threshold) return;
      const entry: LogFields = { level, message, service, timestamp: new Date().toISOString(), ...scope?.getStore() };
      for (const [key, value] of Object.entries(fields)) entry[key] = value instanceof Error ? serialiseError(value) : value;
      write(serialiseEntry(entry));
    };
  return {
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    within: (fields, work) => {
      scope ??= new AsyncLocalStorage<LogFields>();
      return scope.run(fields, work);
    },
  };
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/**
 * Stable, non-reversible tags for ids, so logs can correlate a user without naming them. The
 * salt is the deployment's (`LOG_PSEUDONYM_SALT`), so a tag cannot be matched against a hash of
 * a known id; without one, each container draws its own and tags hold within a container only.
 */
export function pseudonyms(salt: string = randomUUID()): (id: string | undefined) => string | undefined {
  return (id) => (id === undefined ? undefined : hash('sha256', `${salt}\u0000${id}`, 'hex').slice(0, 12));
}
