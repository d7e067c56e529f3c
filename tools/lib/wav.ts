/** Reads a RIFF/WAVE header to find how long the audio lasts. */

export interface WavInfo {
  readonly channels: number;
  readonly sampleRate: number;
  readonly bitsPerSample: number;
  readonly durationMs: number;
}

export function readWavInfo(wav: Buffer): WavInfo {
  if (wav.length < 12 || wav.toString('ascii', 0, 4) !== 'RIFF' || wav.toString('ascii', 8, 12) !== 'WAVE') {
    throw new Error('not a WAV file (no RIFF/WAVE header)');
  }
  let format: { channels: number; sampleRate: number; byteRate: number; bitsPerSample: number } | undefined;
  let offset = 12;
  while (offset + 8 <= wav.length) {
    const id = wav.toString('ascii', offset, offset + 4);
    const declaredSize = wav.readUInt32LE(offset + 4);
    const body = offset + 8;
    if (id === 'fmt ') {
      format = {
        channels: wav.readUInt16LE(body + 2),
        sampleRate: wav.readUInt32LE(body + 4),
        byteRate: wav.readUInt32LE(body + 8),
        bitsPerSample: wav.readUInt16LE(body + 14),
      };
    } else if (id === 'data') {
      if (!format) throw new Error('WAV data chunk comes before its fmt chunk');
      // A writer that streams leaves the size unset (0 or 0xFFFFFFFF); the data then runs to the end.
      const available = wav.length - body;
      const size = declaredSize === 0 || declaredSize > available ? available : declaredSize;
      const { channels, sampleRate, bitsPerSample, byteRate } = format;
      return { channels, sampleRate, bitsPerSample, durationMs: Math.round((size / byteRate) * 1000) };
    }
    offset = body + declaredSize + (declaredSize % 2);
  }
  throw new Error('WAV file has no data chunk');
}
