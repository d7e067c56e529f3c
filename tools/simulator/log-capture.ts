/**
 * The skill logs JSON lines to stdout, as Lambda expects. In a terminal conversation they would
 * bury the replies, so they are taken aside while the handler runs and shown only on request.
 */
export async function captureStdoutLogs<T>(run: () => Promise<T>): Promise<{ result: T; logs: string[] }> {
  const logs: string[] = [];
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    logs.push(...text.split('\n').filter((line) => line.trim() !== ''));
    const callback = rest.find((arg): arg is () => void => typeof arg === 'function');
    callback?.();
    return true;
  }) as typeof process.stdout.write;
  try {
    return { result: await run(), logs };
  } finally {
    process.stdout.write = write;
  }
}
