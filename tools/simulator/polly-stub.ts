/**
 * A loopback stand-in for Amazon Polly's SynthesizeSpeech (`POST /v1/speech`), answering with
 * espeak-ng's speech of the SSML's words as raw 16 kHz PCM, the way Polly answers
 * `OutputFormat: pcm`. It checks the request the real service would refuse (no SigV4
 * signature, an unknown voice, too many characters) and can be told to fail.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { espeakWav } from '../tracks/espeak-tts';
import { parseWav, resample, toInt16 } from '../tracks/pcm';
import { NORMAL_VOICE } from '../../lambda/timeline';
import { listenOnLoopback } from './loopback-server';

export interface PollyStub {
  readonly endpoint: string;
  /** Every request body received, in order. */
  readonly requests: readonly Record<string, unknown>[];
  /** From now on, answer every synthesis with this Polly error. */
  failWith(error: { status: number; type: string; message: string } | undefined): void;
  stop(): Promise<void>;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

export async function startPollyStub(): Promise<PollyStub> {
  const requests: Record<string, unknown>[] = [];
  let failure: { status: number; type: string; message: string } | undefined;
  const error = (res: ServerResponse, status: number, type: string, message: string) => {
    res.writeHead(status, { 'Content-Type': 'application/json', 'x-amzn-ErrorType': type });
    res.end(JSON.stringify({ message }));
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        if (req.method !== 'POST' || new URL(req.url ?? '/', 'http://x').pathname !== '/v1/speech') {
          return error(res, 404, 'UnknownOperationException', `no route for ${req.method} ${req.url}`);
        }
        if (!/^AWS4-HMAC-SHA256 Credential=\S+\/polly\/aws4_request/.test(req.headers.authorization ?? '')) {
          return error(res, 403, 'MissingAuthenticationTokenException', 'a SigV4 signature for polly is required');
        }
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
        requests.push(body);
        if (failure) return error(res, failure.status, failure.type, failure.message);
        if (body.VoiceId !== 'Joanna' || body.Engine !== 'neural') return error(res, 400, 'ValidationException', 'unknown voice or engine');
        if (body.OutputFormat !== 'pcm' || body.SampleRate !== '16000') return error(res, 400, 'ValidationException', 'unsupported format');
        const words = unescapeXml(String(body.Text ?? '').replace(/<[^>]+>/g, ' '))
          .replace(/\s+/g, ' ')
          .trim();
        if (words.length > 3000) return error(res, 400, 'TextLengthExceededException', 'too many billed characters');
        try {
          const { samples, sampleRate } = parseWav(await espeakWav(words, NORMAL_VOICE));
          const pcm = toInt16(resample(samples, sampleRate, 16_000));
          res.writeHead(200, { 'Content-Type': 'audio/pcm', 'x-amzn-RequestCharacters': String(words.length) });
          res.end(Buffer.from(pcm.buffer, pcm.byteOffset, pcm.byteLength));
        } catch (cause) {
          error(res, 500, 'ServiceFailureException', (cause as Error).message);
        }
      })();
    });
  });
  const { endpoint, stop } = await listenOnLoopback(server);
  return {
    endpoint,
    requests,
    failWith: (f) => {
      failure = f;
    },
    stop,
  };
}
