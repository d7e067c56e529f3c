import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { ClientRequest } from 'node:http';

/**
 * The DynamoDB operations (`UpdateItem`, `GetItem`, …) sent over HTTP while `run` runs, read
 * from the `X-Amz-Target` header of every request this process starts.
 */
export async function dynamoDbOperationsDuring<T>(run: () => Promise<T>): Promise<{ result: T; operations: string[] }> {
  const operations: string[] = [];
  const onRequest = (message: unknown) => {
    const target = (message as { request: ClientRequest }).request.getHeader('x-amz-target');
    if (typeof target === 'string') operations.push(target.slice(target.lastIndexOf('.') + 1));
  };
  subscribe('http.client.request.start', onRequest);
  try {
    return { result: await run(), operations };
  } finally {
    unsubscribe('http.client.request.start', onRequest);
  }
}
