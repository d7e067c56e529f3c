/**
 * The audio renderer, heard through a real MP3 decoder: the track lasts as planned, each tone
 * starts on its phase mark, the silences are silent, and the sleep noise fades as planned. Renders
 * stay seconds long so the suite stays fast; the 20-minute figure is the benchmark's.
 */
import { allTrackIds, longBreathingTrackTimeline, needsTrack, sleepNoisePlan, trackKey, trackSpec } from '../../../lambda/audio/catalog';
import { spokenMs } from '../../../lambda/speech/timing';
import { EspeakTextToSpeech } from '../../../lambda/audio/espeak-tts';
import { encodeMp3, renderNoise, renderTimeline } from '../../../lambda/audio/render';
import { LEAD_IN_MS, toneFor } from '../../../lambda/audio/schedule';
import { noiseGain, TONE_HIGH_HZ, TONE_LOW_HZ, TONE_MS, type NoisePlan } from '../../../lambda/audio/sounds';
import { TECHNIQUES } from '../../../lambda/guidance/breathing/techniques';
import { pause, say, type Segment } from '../../../lambda/guidance/timeline';
import { CUE_VOICE, GUIDE_VOICE } from '../../../lambda/guidance/voices';
import { decodeMp3, onsetMs, rms } from '../../support/mp3';

const tts = new EspeakTextToSpeech();

/** Box breathing's silent pacing for a few breaths, with a spoken line before and after. */
function shortBoxSession(breaths: number): Segment[] {
  const segments: Segment[] = [say('Follow the tones.', GUIDE_VOICE), pause(1000)];
  for (let index = 1; index <= breaths; index += 1) {
    for (const phase of TECHNIQUES.box.phases) segments.push(pause(phase.ms, { phase: phase.kind, phaseMs: phase.ms, index }));
  }
  segments.push(say('Well done.', CUE_VOICE));
  return segments;
}

/** Zero crossings per second over a stretch: a rough pitch for a pure tone. */
function pitchHz(samples: Float32Array, fromMs: number, toMs: number, rate: number): number {
  const from = Math.round((fromMs * rate) / 1000);
  const to = Math.round((toMs * rate) / 1000);
  let crossings = 0;
  for (let i = from + 1; i < to; i += 1) if (samples[i - 1]! < 0 !== samples[i]! < 0) crossings += 1;
  return crossings / 2 / ((toMs - fromMs) / 1000);
}

describe('a breathing track, decoded', () => {
  let rendered: Awaited<ReturnType<typeof renderTimeline>>;
  let decoded: ReturnType<typeof decodeMp3>;

  beforeAll(async () => {
    rendered = await renderTimeline({ segments: shortBoxSession(2) }, tts);
    decoded = decodeMp3(encodeMp3(rendered.pcm));
  });

  it('lasts as long as the plan, within 1%', () => {
    expect(decoded.sampleRate).toBe(22_050);
    expect(Math.abs(decoded.durationMs - rendered.plan.totalMs) / rendered.plan.totalMs).toBeLessThan(0.01);
  });

  it('keeps every phase exactly one phase after the one before', () => {
    const { marks } = rendered.plan;
    expect(marks).toHaveLength(8);
    for (let i = 1; i < marks.length; i += 1) expect(marks[i]!.atMs - marks[i - 1]!.atMs).toBe(marks[i - 1]!.mark.phaseMs);
  });

  it('starts a tone within 50 ms of each in and out mark, and none on a hold', () => {
    const tones = rendered.plan.events.filter((e) => e.kind === 'tone');
    expect(tones.map((t) => t.kind === 'tone' && t.direction)).toEqual(['rising', 'falling', 'rising', 'falling']);
    for (const mark of rendered.plan.marks) {
      const heard = onsetMs(decoded.samples, mark.atMs - 400, mark.atMs + 400, decoded.sampleRate, 0.01);
      if (toneFor(mark.mark.phase)) {
        expect(heard).toBeDefined();
        expect(Math.abs(heard! - mark.atMs)).toBeLessThan(50);
      } else {
        // A hold is silent: nothing sounds from its mark until the next phase's tone.
        expect(rms(decoded.samples, mark.atMs + 50, mark.atMs + mark.mark.phaseMs - 50, decoded.sampleRate)).toBeLessThan(0.002);
      }
    }
  });

  it('rises for in and falls for out', () => {
    const [inhale, , exhale] = rendered.plan.marks;
    const early = (at: number) => pitchHz(decoded.samples, at + 40, at + 200, decoded.sampleRate);
    const late = (at: number) => pitchHz(decoded.samples, at + TONE_MS - 300, at + TONE_MS - 120, decoded.sampleRate);
    expect(early(inhale!.atMs)).toBeLessThan(late(inhale!.atMs));
    expect(early(exhale!.atMs)).toBeGreaterThan(late(exhale!.atMs));
    expect(early(inhale!.atMs)).toBeGreaterThan(TONE_LOW_HZ * 0.8);
    expect(early(exhale!.atMs)).toBeLessThan(TONE_HIGH_HZ * 1.2);
  });

  it('keeps the silence after each tone silent until the next sound', () => {
    const [inhale] = rendered.plan.marks;
    expect(rms(decoded.samples, inhale!.atMs + TONE_MS + 50, inhale!.atMs + inhale!.mark.phaseMs - 30, decoded.sampleRate)).toBeLessThan(0.002);
  });

  it('opens with a bell that rings out before the first word', () => {
    expect(onsetMs(decoded.samples, 0, 100, decoded.sampleRate, 0.02)).toBeLessThan(20);
    const speech = rendered.plan.events.find((e) => e.kind === 'speech')!;
    expect(speech.atMs).toBe(LEAD_IN_MS);
    expect(rms(decoded.samples, 0, 500, decoded.sampleRate)).toBeGreaterThan(rms(decoded.samples, 4000, 4900, decoded.sampleRate) * 5);
  });

  it('gives the same bytes for the same Timeline', async () => {
    const again = await renderTimeline({ segments: shortBoxSession(2) }, tts);
    expect(encodeMp3(again.pcm).equals(encodeMp3(rendered.pcm))).toBe(true);
  });
});

describe('sleep sounds, decoded', () => {
  const plan: NoisePlan = { colour: 'brown', ms: 12_000, fadeInMs: 1000, fadeOutMs: 6000, level: 0.16, seed: 7 };
  let decoded: ReturnType<typeof decodeMp3>;

  beforeAll(() => {
    decoded = decodeMp3(encodeMp3(renderNoise(plan).pcm));
  });

  it('lasts as planned', () => {
    expect(Math.abs(decoded.durationMs - plan.ms) / plan.ms).toBeLessThan(0.01);
  });

  it('fades out along the planned curve to silence', () => {
    const steady = rms(decoded.samples, 2000, 6000, decoded.sampleRate);
    expect(steady).toBeGreaterThan(0.02);
    for (const at of [7000, 8000, 9000, 10_000, 11_000]) {
      const heard = rms(decoded.samples, at - 250, at + 250, decoded.sampleRate) / steady;
      expect(heard).toBeCloseTo(noiseGain(plan, at), 1);
    }
    expect(rms(decoded.samples, 11_800, 12_000, decoded.sampleRate)).toBeLessThan(0.003);
  });

  it('is the noise the catalogue plans: 30 or 60 minutes, fading over the last third', () => {
    expect(sleepNoisePlan(30)).toMatchObject({ ms: 30 * 60_000, fadeOutMs: 10 * 60_000 });
    expect(noiseGain(sleepNoisePlan(60), 30 * 60_000)).toBe(1);
    expect(noiseGain(sleepNoisePlan(60), 50 * 60_000)).toBeCloseTo(0.5, 5);
  });
});

describe('the long breathing track', () => {
  it('paces with tones and few words, checks in every few minutes, and brings the voice back at the end', () => {
    const timeline = longBreathingTrackTimeline('box', 20);
    const said = timeline.segments.filter((s) => s.kind === 'say').map((s) => (s.kind === 'say' ? s.text : ''));
    expect(timeline.plannedMinutes).toBeGreaterThanOrEqual(19.5);
    expect(timeline.plannedMinutes).toBeLessThanOrEqual(20.5);
    const checkIns = said.filter((t) => t === 'Well done.' || /doing well|come back to the tones|a little softer/.test(t));
    expect(checkIns.length).toBeGreaterThanOrEqual(5);
    expect(said).toContain("I'm back with you for the last few breaths.");
    expect(said[said.length - 1]).toMatch(/end of your session/);
    const marks = timeline.segments.filter((s) => s.kind !== 'sound' && s.mark);
    expect(said.length).toBeLessThan(marks.length / 5);
  });

  it('the catalogue holds only sessions too long for one spoken response, each under its own key', () => {
    const ids = allTrackIds();
    expect(ids).toHaveLength(31);
    const keys = new Set<string>();
    for (const id of ids) {
      const spec = trackSpec(id)!;
      keys.add(trackKey(spec));
      const ms = spec.kind === 'noise' ? spec.noise.ms : spokenMs(spec.timeline);
      if (spec.kind === 'timeline' && spec.practice !== 'bedtime' && spec.practice !== 'pmr') {
        // A long breathing track is the part after the spoken start: the whole session is long.
        expect(needsTrack(spec.minutes * 60_000)).toBe(true);
      } else {
        expect(needsTrack(ms)).toBe(true);
      }
    }
    expect(keys.size).toBe(ids.length);
  });

  it('is named by its content, so a changed session gets a new file', () => {
    const box = trackSpec('breathing-box-20')!;
    const calm = trackSpec('breathing-calm-20')!;
    expect(trackKey(box)).toMatch(/^[0-9a-f]{20}$/);
    expect(trackKey(box)).not.toBe(trackKey(calm));
    expect(trackSpec('breathing-box-21')).toBeUndefined();
  });
});
