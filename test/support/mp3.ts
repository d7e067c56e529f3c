import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { MP3_CODEC_DELAY_SAMPLES } from '../../tools/tracks/mp3';

export interface DecodedTrack {
  readonly sampleRate: number;
  /** The decoded samples with the codec's fixed delay removed, so sample 0 is the track's start. */
  readonly samples: Float32Array;
  readonly durationMs: number;
}

/** Decodes an MP3 with a real decoder (mpg123-decoder), in a child Node process. */
export function decodeMp3(mp3: Buffer): DecodedTrack {
  const result = spawnSync(process.execPath, [path.join(__dirname, 'decode-mp3.mjs')], {
    input: mp3,
    maxBuffer: 1 << 30,
    cwd: path.join(__dirname, '..', '..'),
  });
  if (result.status !== 0) throw new Error(`MP3 decode failed: ${result.stderr.toString()}`);
  const out = result.stdout;
  const sampleRate = out.readUInt32LE(0);
  const all = new Float32Array(out.buffer.slice(out.byteOffset + 4, out.byteOffset + out.byteLength));
  const samples = all.subarray(MP3_CODEC_DELAY_SAMPLES);
  return { sampleRate, samples, durationMs: (samples.length * 1000) / sampleRate };
}

/** Root-mean-square level of a stretch, in the decoded track's own units. */
export function rms(samples: Float32Array, fromMs: number, toMs: number, sampleRate: number): number {
  const from = Math.max(0, Math.round((fromMs * sampleRate) / 1000));
  const to = Math.min(samples.length, Math.round((toMs * sampleRate) / 1000));
  let sum = 0;
  for (let i = from; i < to; i += 1) sum += samples[i]! * samples[i]!;
  return to > from ? Math.sqrt(sum / (to - from)) : 0;
}

/** The first moment at or after `fromMs` where the level over 5 ms rises past `threshold`. */
export function onsetMs(samples: Float32Array, fromMs: number, toMs: number, sampleRate: number, threshold: number): number | undefined {
  const window = Math.round(sampleRate * 0.005);
  const from = Math.round((fromMs * sampleRate) / 1000);
  const to = Math.min(samples.length - window, Math.round((toMs * sampleRate) / 1000));
  for (let i = Math.max(0, from); i < to; i += 1) {
    let peak = 0;
    for (let j = i; j < i + window; j += 1) peak = Math.max(peak, Math.abs(samples[j]!));
    if (peak > threshold) {
      // The first sample of this window that is itself past the threshold.
      for (let j = i; j < i + window; j += 1) if (Math.abs(samples[j]!) > threshold) return (j * 1000) / sampleRate;
    }
  }
  return undefined;
}
