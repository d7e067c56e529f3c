import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RequestEnvelope } from 'ask-sdk-model';

const REQUESTS_DIR = join(__dirname, '..', 'fixtures', 'requests');

/** A captured request envelope from `test/fixtures/requests/<name>.json`, fresh on every call. */
export function loadRequest(name: string): RequestEnvelope {
  const file = join(REQUESTS_DIR, name.endsWith('.json') ? name : `${name}.json`);
  const envelope = JSON.parse(readFileSync(file, 'utf8')) as RequestEnvelope;
  if (envelope.version !== '1.0' || !envelope.request?.type || !envelope.context?.System) {
    throw new Error(`${file} is not an Alexa request envelope`);
  }
  return envelope;
}
