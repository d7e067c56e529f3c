import { hash } from 'node:crypto';

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

function serialiseError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  return {
    name: error.name,
    message: error.message,
    stack: error.stack,
    ...(error.cause !== undefined ? { cause: serialiseError(error.cause) } : {}),
  };
}

/** A field JSON cannot hold (a BigInt, a cycle) costs the fields, never the line or the request. */
function serialiseEntry(entry: LogFields): string {
  try {
    return JSON.stringify(entry);
  } catch (error) {
    const { level, message, service, timestamp } = entry;
    return JSON.stringify({ level, message, service, timestamp, fieldsDropped: String(error) });
  }
}

export function createJsonLogger(
  options: { level?: LogLevel; write?: (line: string) => void; service?: string } = {},
): Logger {
  const threshold = ORDER[options.level ?? 'info'];
  const write = options.write ?? ((line: string) => process.stdout.write(line + '\n'));
  const service = options.service ?? 'steady';
  const log = (level: LogLevel) => (message: string, fields: LogFields = {}) => {
    if (ORDER[level] < threshold) return;
    const entry: LogFields = { level, message, service, timestamp: new Date().toISOString() };
    for (const [key, value] of Object.entries(fields)) entry[key] = value instanceof Error ? serialiseError(value) : value;
    write(serialiseEntry(entry));
  };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

let lastPseudonym: { readonly id: string; readonly tag: string } | undefined;

/**
 * A stable, non-reversible tag for an id, so logs can correlate a user without naming them. The
 * last one is kept: a request tags the same user each time it logs.
 */
export function pseudonym(id: string | undefined): string | undefined {
  if (id === undefined) return undefined;
  if (lastPseudonym?.id !== id) lastPseudonym = { id, tag: hash('sha256', id, 'hex').slice(0, 12) };
  return lastPseudonym.tag;
}
