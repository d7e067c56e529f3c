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
