import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EspeakMissingError, speakToWav, ssmlForEspeak } from '../../../../tools/lib/espeak';
import { readWavInfo } from '../../../../tools/lib/wav';

function wav(options: { sampleRate: number; channels: number; bits: number; dataBytes: number; declaredDataBytes?: number }): Buffer {
  const { sampleRate, channels, bits, dataBytes } = options;
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + dataBytes, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(channels, 22);
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE((sampleRate * channels * bits) / 8, 28);
  header.writeUInt16LE((channels * bits) / 8, 32);
  header.writeUInt16LE(bits, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(options.declaredDataBytes ?? dataBytes, 40);
  return Buffer.concat([header, Buffer.alloc(dataBytes)]);
}

describe('readWavInfo', () => {
  it('measures the data chunk', () => {
    expect(readWavInfo(wav({ sampleRate: 22_050, channels: 1, bits: 16, dataBytes: 44_100 }))).toEqual({
      channels: 1,
      sampleRate: 22_050,
      bitsPerSample: 16,
      durationMs: 1000,
    });
  });

  it('reads to the end when a streaming writer left the size unset', () => {
    const info = readWavInfo(wav({ sampleRate: 8000, channels: 1, bits: 8, dataBytes: 4000, declaredDataBytes: 0xffffffff }));
    expect(info.durationMs).toBe(500);
  });

  it('rejects what is not a WAV file', () => {
    expect(() => readWavInfo(Buffer.from('not audio at all'))).toThrow(/not a WAV/);
  });
});

describe('ssmlForEspeak', () => {
  it('drops Alexa-only tags and sounds, keeping their words', () => {
    expect(ssmlForEspeak('<speak><audio src="x.mp3"/><amazon:effect name="whispered">Rest</amazon:effect></speak>')).toBe(
      '<speak>Rest</speak>',
    );
  });

  it('merges runs of breaks into one whole-millisecond break', () => {
    expect(ssmlForEspeak('<speak>In<break time="10s"/> <break time="2.5s"/>Out<break strength="strong"/></speak>')).toBe(
      '<speak>In<break time="12500ms"/>Out<break time="750ms"/></speak>',
    );
  });

  it('wraps bare text in <speak>', () => {
    expect(ssmlForEspeak('Hello')).toBe('<speak>Hello</speak>');
  });
});

describe('speakToWav', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'steady-espeak-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('says clearly when espeak-ng is missing', async () => {
    const failure = speakToWav('<speak>Hi</speak>', join(dir, 'a.wav'), { command: 'espeak-ng-not-here' });
    await expect(failure).rejects.toBeInstanceOf(EspeakMissingError);
    await expect(failure).rejects.toThrow('espeak-ng is not installed; on Debian: sudo apt-get install espeak-ng');
  });

  const hasEspeak = spawnSync('espeak-ng', ['--version']).status === 0;
  (hasEspeak ? it : it.skip)('speaks SSML and measures the pauses it honours', async () => {
    const { durationMs } = await speakToWav('<speak>In<break time="3s"/><break time="400ms"/>Out</speak>', join(dir, 'b.wav'));
    expect(durationMs).toBeGreaterThan(3400);
    expect(durationMs).toBeLessThan(5500);
  });
});
