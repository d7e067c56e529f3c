/**
 * The deploy's rendering step: tracks made through the real Polly client against a loopback
 * stand-in that speaks with espeak-ng, published as a whole set or not at all.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { PollyClient } from '@aws-sdk/client-polly';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { trackKey } from '../../../lambda/guidance/tracks/catalog';
import { PollyTextToSpeech } from '../../../tools/tracks/polly-tts';
import { startPollyStub, type PollyStub } from '../../../tools/simulator';
import { renderTrackSet, type TrackManifest } from '../../../tools/lib/track-set';
import { main, parseRenderArgs } from '../../../tools/render-tracks';
import { decodeMp3 } from '../../support/mp3';
import { tinyBreathingTrack } from '../../support/tiny-tracks';

let polly: PollyStub;
let work: string;

const pollyTts = () =>
  new PollyTextToSpeech({
    client: new PollyClient({
      endpoint: polly.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'AKIDLOCALTEST', secretAccessKey: 'local-test-secret' },
      maxAttempts: 1,
      // Polly's client speaks HTTP/2 to AWS; the loopback stand-in is plain HTTP/1.1.
      requestHandler: new NodeHttpHandler(),
    }),
  });

beforeAll(async () => {
  polly = await startPollyStub();
});
afterAll(async () => {
  await polly.stop();
});
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'steady-tracks-'));
  polly.failWith(undefined);
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('render-tracks through Amazon Polly', () => {
  it('asks Polly for neural Joanna as 16 kHz PCM and publishes the track with its manifest', async () => {
    const outDir = path.join(work, 'public');
    const spec = tinyBreathingTrack();
    const manifest = await renderTrackSet({ outDir, tts: pollyTts(), specs: [spec] });
    expect(manifest.renderedWith).toBe('polly:Joanna:neural');
    expect(polly.requests.length).toBeGreaterThanOrEqual(3);
    expect(polly.requests[0]).toMatchObject({
      Engine: 'neural',
      VoiceId: 'Joanna',
      OutputFormat: 'pcm',
      SampleRate: '16000',
      TextType: 'ssml',
    });
    expect(String(polly.requests[0]!.Text)).toMatch(
      /^<speak><prosody rate="90%" volume="medium">Breathe with the tones\.<\/prosody><\/speak>$/,
    );
    const file = path.join(outDir, 'tracks', `${trackKey(spec)}.mp3`);
    const decoded = decodeMp3(readFileSync(file));
    expect(Math.abs(decoded.durationMs - manifest.tracks[0]!.durationMs) / manifest.tracks[0]!.durationMs).toBeLessThan(0.01);
    const written = JSON.parse(readFileSync(path.join(outDir, 'tracks', 'manifest.json'), 'utf8')) as TrackManifest;
    expect(written.tracks).toEqual([expect.objectContaining({ id: spec.id, key: trackKey(spec), file: `tracks/${trackKey(spec)}.mp3` })]);
    expect(readdirSync(work)).toEqual(['public']);
  });

  it('reuses a track already rendered in the same voice, without calling Polly', async () => {
    const outDir = path.join(work, 'public');
    await renderTrackSet({ outDir, tts: pollyTts(), specs: [tinyBreathingTrack()] });
    const calls = polly.requests.length;
    await renderTrackSet({ outDir, tts: pollyTts(), specs: [tinyBreathingTrack()] });
    expect(polly.requests.length).toBe(calls);
    expect(existsSync(path.join(outDir, 'tracks', `${trackKey(tinyBreathingTrack())}.mp3`))).toBe(true);
  });

  it('fails with one clear line when Polly fails, and leaves the published set as it was', async () => {
    const outDir = path.join(work, 'public');
    mkdirSync(path.join(outDir, 'tracks'), { recursive: true });
    writeFileSync(path.join(outDir, 'tracks', 'manifest.json'), '{"renderedWith":"earlier","tracks":[]}\n');
    polly.failWith({ status: 400, type: 'InvalidSsmlException', message: 'Invalid SSML request' });
    await expect(renderTrackSet({ outDir, tts: pollyTts(), specs: [tinyBreathingTrack()] })).rejects.toThrow(
      /Amazon Polly could not synthesize .*InvalidSsmlException/,
    );
    expect(readFileSync(path.join(outDir, 'tracks', 'manifest.json'), 'utf8')).toContain('earlier');
    expect(readdirSync(work)).toEqual(['public']);
  });

  it('the command exits 1 with a one-line message and publishes nothing when Polly is unreachable', async () => {
    const lines: string[] = [];
    const outDir = path.join(work, 'public');
    const code = await main(['--polly-endpoint', 'http://127.0.0.1:9', '--out', outDir, '--only', 'breathing-calm-10'], (l) =>
      lines.push(l),
    );
    expect(code).toBe(1);
    const failure = lines.find((l) => l.startsWith('render-tracks: failed'))!;
    expect(failure).toMatch(/nothing was published: Amazon Polly could not synthesize/);
    expect(failure).not.toContain('\n');
    expect(existsSync(outDir)).toBe(false);
  });

  it('reads its options, and refuses unknown ones', () => {
    expect(parseRenderArgs(['--tts', 'espeak', '--only', 'a,b'])).toMatchObject({ tts: 'espeak', only: ['a', 'b'] });
    expect(() => parseRenderArgs(['--tts', 'festival'])).toThrow(/polly or espeak/);
    expect(() => parseRenderArgs(['--loud'])).toThrow(/unknown option/);
  });
});
