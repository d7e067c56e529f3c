/**
 * `npm run bench:audio`: how long rendering a 20-minute track takes and how big it is, apart from
 * the request benchmark (it gates nothing: tracks are made at deploy time, never in a request).
 * Speech comes from espeak-ng, so the figure is the mixing and encoding plus local synthesis;
 * Polly adds one network round trip per distinct line (a few dozen per track), four at a time.
 *
 *   npm run bench:audio [-- --track breathing-box-20] [--runs 3]
 */
import { parseArgs } from 'node:util';
import { wordsFor } from '../../lambda/content/words';
import { trackSpec } from '../../lambda/guidance/tracks/catalog';
import { EspeakTextToSpeech } from '../tracks/espeak-tts';
import { renderOne } from '../lib/track-set';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { track: { type: 'string', default: 'breathing-box-20' }, runs: { type: 'string', default: '3' } },
  });
  const spec = trackSpec(values.track!, wordsFor('en-US'));
  if (!spec) throw new Error(`no track ${values.track}`);
  const runs = Math.max(1, Number(values.runs));
  const times: number[] = [];
  let bytes = 0;
  let durationMs = 0;
  for (let i = 0; i < runs; i += 1) {
    const started = process.hrtime.bigint();
    const rendered = await renderOne(spec, new EspeakTextToSpeech());
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    bytes = rendered.mp3.length;
    durationMs = rendered.durationMs;
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(`track ${spec.id}: ${(durationMs / 60_000).toFixed(2)} min of audio, ${(bytes / 1e6).toFixed(2)} MB (48 kbit/s mono MP3)`);
  console.log(
    `render: median ${(median / 1000).toFixed(1)} s over ${runs} runs (min ${(times[0]! / 1000).toFixed(1)} s, max ${(times[times.length - 1]! / 1000).toFixed(1)} s); ${(durationMs / median).toFixed(0)}x real time`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
