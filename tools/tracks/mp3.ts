/**
 * MP3 encoding with @breezystack/lamejs, the maintained fork of lamejs (pure JavaScript LAME, no
 * native build). Its CommonJS entry is a browser script that declares a global instead of
 * exporting, so it is evaluated here in a function scope and its `lamejs` object returned.
 */
import { readFileSync } from 'node:fs';
import { runInThisContext } from 'node:vm';
import { SAMPLE_RATE, toInt16 } from './pcm';

interface Mp3EncoderClass {
  new (
    channels: number,
    sampleRate: number,
    kbps: number,
  ): {
    encodeBuffer(left: Int16Array): Uint8Array;
    flush(): Uint8Array;
  };
}

/** Mono at 48 kbit/s: clear speech and soft noise, about 360 KB a minute. */
export const MP3_KBPS = 48;
/**
 * What an MP3 encoder and decoder together add before the first sample: LAME's 576-sample
 * encoder delay plus the decoder's 529, the figure gapless players remove.
 */
export const MP3_CODEC_DELAY_SAMPLES = 1105;

/** lamejs's encoder, evaluated for each track encoded (a render does that once a track). */
function lame(): Mp3EncoderClass {
  const file = require.resolve('@breezystack/lamejs');
  const source = readFileSync(file, 'utf8');
  const module = runInThisContext(`(function(){${source}\n;return lamejs;})()`, { filename: file }) as {
    Mp3Encoder: Mp3EncoderClass;
  };
  return module.Mp3Encoder;
}

/** Encodes mono samples at `SAMPLE_RATE` to a constant-bitrate MP3. */
export function encodeMp3(pcm: Float32Array, kbps = MP3_KBPS): Buffer {
  const Encoder = lame();
  const encoder = new Encoder(1, SAMPLE_RATE, kbps);
  const samples = toInt16(pcm);
  const parts: Buffer[] = [];
  const block = 1152 * 32;
  for (let i = 0; i < samples.length; i += block) {
    const out = encoder.encodeBuffer(samples.subarray(i, i + block));
    if (out.length > 0) parts.push(Buffer.from(out));
  }
  const last = encoder.flush();
  if (last.length > 0) parts.push(Buffer.from(last));
  return Buffer.concat(parts);
}
