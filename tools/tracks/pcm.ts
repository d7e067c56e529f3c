/**
 * Mono PCM in floating point (-1..1) at one sample rate: the working form of every track before
 * it is encoded. 22,050 Hz is one of the rates Alexa's AudioPlayer plays and espeak-ng's own.
 */
export const SAMPLE_RATE = 22_050;

export function msToSamples(ms: number): number {
  return Math.round((ms * SAMPLE_RATE) / 1000);
}

export function samplesToMs(samples: number): number {
  return (samples * 1000) / SAMPLE_RATE;
}

/** Adds `clip` into `track` from sample `at`, scaled by `gain`; what falls past the end is dropped. */
export function mixInto(track: Float32Array, clip: Float32Array, at: number, gain = 1): void {
  const end = Math.min(track.length, at + clip.length);
  for (let i = Math.max(0, at); i < end; i += 1) track[i]! += clip[i - at]! * gain;
}

/** Linear resampling: enough for speech that is already band-limited by its source. */
export function resample(input: Float32Array, fromRate: number, toRate = SAMPLE_RATE): Float32Array {
  if (fromRate === toRate) return input;
  const length = Math.round((input.length * toRate) / fromRate);
  const output = new Float32Array(length);
  const step = fromRate / toRate;
  for (let i = 0; i < length; i += 1) {
    const position = i * step;
    const left = Math.floor(position);
    const frac = position - left;
    const a = input[left] ?? 0;
    const b = input[left + 1] ?? a;
    output[i] = a + (b - a) * frac;
  }
  return output;
}

/** 16-bit little-endian signed PCM as floats. */
export function fromInt16(bytes: Uint8Array): Float32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const samples = new Float32Array(Math.floor(bytes.byteLength / 2));
  for (let i = 0; i < samples.length; i += 1) samples[i] = view.getInt16(i * 2, true) / 32768;
  return samples;
}

/** Floats as 16-bit samples, clipped. */
export function toInt16(samples: Float32Array): Int16Array {
  const out = new Int16Array(samples.length);
  for (let i = 0; i < samples.length; i += 1) {
    const v = Math.max(-1, Math.min(1, samples[i]!));
    out[i] = Math.round(v * 32767);
  }
  return out;
}

/**
 * The clip without the near-silence a synthesizer leaves around the words, so a cue starts on its
 * mark. A few milliseconds are kept either side so nothing is clipped.
 */
export function trimSilence(samples: Float32Array, threshold = 0.004, keepMs = 10): Float32Array {
  let start = 0;
  while (start < samples.length && Math.abs(samples[start]!) < threshold) start += 1;
  let end = samples.length;
  while (end > start && Math.abs(samples[end - 1]!) < threshold) end -= 1;
  if (start >= end) return new Float32Array(0);
  const keep = msToSamples(keepMs);
  return samples.slice(Math.max(0, start - keep), Math.min(samples.length, end + keep));
}

/** Parses a RIFF/WAVE file of 16-bit mono or stereo PCM into mono floats and its rate. */
export function parseWav(wav: Uint8Array): { samples: Float32Array; sampleRate: number } {
  const buf = Buffer.from(wav.buffer, wav.byteOffset, wav.byteLength);
  if (buf.length < 12 || buf.toString('ascii', 0, 4) !== 'RIFF' || buf.toString('ascii', 8, 12) !== 'WAVE') {
    throw new Error('not a WAV file');
  }
  let offset = 12;
  let channels = 1;
  let sampleRate = 0;
  let bits = 16;
  while (offset + 8 <= buf.length) {
    const id = buf.toString('ascii', offset, offset + 4);
    const size = buf.readUInt32LE(offset + 4);
    const body = offset + 8;
    if (id === 'fmt ') {
      channels = buf.readUInt16LE(body + 2);
      sampleRate = buf.readUInt32LE(body + 4);
      bits = buf.readUInt16LE(body + 14);
    } else if (id === 'data') {
      if (bits !== 16 || sampleRate === 0) throw new Error(`unsupported WAV: ${bits}-bit at ${sampleRate} Hz`);
      const available = buf.length - body;
      const length = size === 0 || size > available ? available : size;
      const interleaved = fromInt16(buf.subarray(body, body + length));
      if (channels === 1) return { samples: interleaved, sampleRate };
      const mono = new Float32Array(Math.floor(interleaved.length / channels));
      for (let i = 0; i < mono.length; i += 1) {
        let sum = 0;
        for (let c = 0; c < channels; c += 1) sum += interleaved[i * channels + c]!;
        mono[i] = sum / channels;
      }
      return { samples: mono, sampleRate };
    }
    offset = body + size + (size % 2);
  }
  throw new Error('WAV file has no data chunk');
}
