import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

/** The part of `fetch` Steady uses to call Alexa's APIs; the global `fetch` fits it too. */
export type AlexaApiFetch = (
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string; signal?: AbortSignal },
) => Promise<{ ok: boolean; status: number; json(): Promise<unknown>; text(): Promise<string> }>;

/**
 * A minimal fetch on node:http(s), which the AWS SDK has already loaded. The global fetch loads
 * its own HTTP stack on first use, which the benchmark measured at about 65 ms of a new
 * container's first request.
 */
export const alexaApiFetch: AlexaApiFetch = (url, init) =>
  new Promise((resolve, reject) => {
    const target = new URL(url);
    const send = target.protocol === 'http:' ? httpRequest : httpsRequest;
    const request = send(target, { method: init.method ?? 'GET', headers: init.headers, signal: init.signal }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('close', () => {
        if (!response.complete) reject(new Error(`${target.host} closed the response early`));
      });
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const status = response.statusCode ?? 0;
        resolve({
          ok: status >= 200 && status < 300,
          status,
          text: async () => text,
          json: async () => JSON.parse(text) as unknown,
        });
      });
    });
    request.on('error', reject);
    request.end(init.body);
  });

/** Who is calling: the request's API endpoint and its token. */
export interface AlexaApiAccess {
  readonly apiEndpoint: string;
  readonly apiAccessToken: string;
}

/** How one of Alexa's APIs names its failures, so its callers can tell them apart. */
export interface AlexaApiErrors {
  /** The API's name in messages, for example `reminders`. */
  readonly name: string;
  /** 401 or 403: the user has not granted the permission. */
  refused(message: string): Error;
  /** No answer, a failure status, or an answer that is not JSON. */
  unavailable(message: string, options: { cause?: unknown; status?: number }): Error;
}

/** One JSON call to an Alexa API with the request's token, under a timeout; undefined for an empty body. */
export async function callAlexaApi(
  fetch: AlexaApiFetch,
  access: AlexaApiAccess,
  call: { readonly method: string; readonly path: string; readonly body?: unknown; readonly timeoutMs: number },
  errors: AlexaApiErrors,
): Promise<unknown> {
  const { method, path, body, timeoutMs } = call;
  const url = `${access.apiEndpoint.replace(/\/+$/, '')}${path}`;
  let response: Awaited<ReturnType<AlexaApiFetch>>;
  try {
    response = await fetch(url, {
      method,
      headers: {
        Authorization: `Bearer ${access.apiAccessToken}`,
        Accept: 'application/json',
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw errors.unavailable(`${method} ${errors.name} did not answer`, { cause: error });
  }
  if (response.status === 401 || response.status === 403) throw errors.refused(`${method} ${errors.name} refused: ${response.status}`);
  if (!response.ok) throw errors.unavailable(`${method} ${errors.name} failed: ${response.status}`, { status: response.status });
  const text = await response.text().catch(() => '');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw errors.unavailable(`${method} ${errors.name} answered something that is not JSON`, { cause: error });
  }
}
