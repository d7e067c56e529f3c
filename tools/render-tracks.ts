/**
 * Renders every audio track Steady plays into the folder the stack publishes (see docs/audio.md).
 *
 *   npm run render-tracks                      Amazon Polly (the deploy's credentials and region)
 *   npm run render-tracks -- --tts espeak      espeak-ng, offline, for local runs and tests
 *   npm run render-tracks -- --only breathing-box-20,sleep-pink-30 --out /tmp/tracks
 *   npm run render-tracks -- --polly-endpoint http://127.0.0.1:4566   a Polly stand-in (HTTP/1.1)
 *
 * Fails with one line and exit code 1 when a track cannot be made; the folder is then left as it
 * was, so a deploy never publishes half a set.
 */
import { PollyClient } from '@aws-sdk/client-polly';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { allTrackIds } from '../lambda/guidance/tracks/catalog';
import { EspeakTextToSpeech } from './tracks/espeak-tts';
import { PollyTextToSpeech } from './tracks/polly-tts';
import type { TextToSpeech } from './tracks/tts';
import { DEFAULT_RENDERED_DIR } from '../infra/public-content';
import { renderTrackSet, specsOf } from './lib/track-set';

export interface RenderArgs {
  readonly tts: 'polly' | 'espeak';
  readonly outDir: string;
  readonly only?: readonly string[];
  readonly pollyEndpoint?: string;
}

export function parseRenderArgs(argv: readonly string[]): RenderArgs {
  let tts: RenderArgs['tts'] = (process.env.STEADY_TTS as RenderArgs['tts']) === 'espeak' ? 'espeak' : 'polly';
  let outDir = DEFAULT_RENDERED_DIR;
  let only: string[] | undefined;
  let pollyEndpoint: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--tts') {
      const v = value();
      if (v !== 'polly' && v !== 'espeak') throw new Error(`--tts is polly or espeak, not ${v}`);
      tts = v;
    } else if (arg === '--out') outDir = value();
    else if (arg === '--only') only = value().split(',').filter(Boolean);
    else if (arg === '--polly-endpoint') pollyEndpoint = value();
    else throw new Error(`unknown option ${arg}`);
  }
  return { tts, outDir, ...(only ? { only } : {}), ...(pollyEndpoint ? { pollyEndpoint } : {}) };
}

export function backendFor(args: RenderArgs): TextToSpeech {
  if (args.tts === 'espeak') return new EspeakTextToSpeech();
  return new PollyTextToSpeech(
    args.pollyEndpoint
      ? { client: new PollyClient({ endpoint: args.pollyEndpoint, maxAttempts: 2, requestHandler: new NodeHttpHandler() }) }
      : {},
  );
}

export async function main(argv: readonly string[], log: (line: string) => void = console.log): Promise<number> {
  let args: RenderArgs;
  try {
    args = parseRenderArgs(argv);
  } catch (error) {
    log(`render-tracks: ${(error as Error).message}`);
    return 2;
  }
  const started = Date.now();
  try {
    const manifest = await renderTrackSet({ outDir: args.outDir, tts: backendFor(args), specs: specsOf(args.only ?? allTrackIds()), log });
    const bytes = manifest.tracks.reduce((sum, t) => sum + t.bytes, 0);
    log(
      `render-tracks: ${manifest.tracks.length} tracks (${(bytes / 1e6).toFixed(1)} MB) in ${args.outDir}, ${((Date.now() - started) / 1000).toFixed(0)} s, voice ${manifest.renderedWith}`,
    );
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`render-tracks: failed, nothing was published: ${message.split('\n')[0]}`);
    return 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2), (line) => (line.startsWith('render-tracks: failed') ? console.error(line) : console.log(line))).then((code) =>
    process.exit(code),
  );
}
