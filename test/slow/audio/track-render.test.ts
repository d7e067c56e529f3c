/**
 * The audio renderer, heard through a real MP3 decoder: the track lasts as planned, each tone
 * starts on its phase mark, the silences are silent, and the sleep noise fades as planned. Renders
 * stay seconds long so the suite stays fast; the 20-minute figure is the benchmark's.
 */
import { allTrackIds, trackKey, trackSpec as trackSpecIn } from '../../../lambda/guidance/tracks/catalog';
import { wordsFor } from '../../../lambda/content/words';
import {
  fullRelaxationTrackTimeline,
  longBreathingPlan,
  longBreathingSpokenStart,
  longBreathingTrackTimeline,
  SPOKEN_START_BREATHS,
  sleepNoisePlan,
} from '../../../lambda/guidance/tracks/track-sessions';
import { deliveryFor } from '../../../lambda/delivery/delivery';
import { wholeBreathingTimeline } from '../../../lambda/guidance/breathing/session';
import { muscleGroups } from '../../../lambda/guidance/pmr/muscle-groups';
import { pmrVersionTimeline } from '../../../lambda/guidance/pmr/session';
import { bedtimeTimeline } from '../../../lambda/guidance/bedtime/session';
import { styleOf } from '../../../lambda/guidance/session-style';
import { BELL } from '../../../lambda/guidance/bell';
import { replyFit } from '../../../lambda/delivery/reply-fit';
import { EspeakTextToSpeech } from '../../../tools/tracks/espeak-tts';
import { encodeMp3, renderNoise, renderTimeline } from '../../../tools/tracks/render';
import { LEAD_IN_MS, LEAD_IN_WITHOUT_BELL_MS, planTrack, toneFor } from '../../../tools/tracks/schedule';
import { HOLD_TONE_MS, noiseGain, TONE_HIGH_HZ, TONE_LOW_HZ, TONE_MS, type NoisePlan } from '../../../tools/tracks/sounds';
import { TECHNIQUES } from '../../../lambda/guidance/breathing/techniques';
import { pause, say, type Segment } from '../../../lambda/timeline';
import { CUE_VOICE, GUIDE_VOICE } from '../../../lambda/guidance/voices';
import { decodeMp3, onsetMs, rms } from '../../support/mp3';

const SIXTEEN_GROUPS = muscleGroups(wordsFor('en-US'), 'sixteen');
const { releaseCue: RELEASE_CUE, crampCaution: CRAMP_CAUTION } = wordsFor('en-US').relaxation;

const tts = new EspeakTextToSpeech();
const words = wordsFor('en-US');
const { handover: TRACK_HANDOVER, voiceReturns: VOICE_RETURNS } = words.audio;
const trackSpec = (id: string) => trackSpecIn(id, words);

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

  it("starts a tone within 50 ms of every mark, a hold's included, so the track keeps the pattern's shape", () => {
    const tones = rendered.plan.events.filter((e) => e.kind === 'tone');
    expect(tones.map((t) => t.kind === 'tone' && t.direction)).toEqual([
      'rising',
      'held-high',
      'falling',
      'held-low',
      'rising',
      'held-high',
      'falling',
      'held-low',
    ]);
    for (const mark of rendered.plan.marks) {
      const heard = onsetMs(decoded.samples, mark.atMs - 400, mark.atMs + 400, decoded.sampleRate, 0.005);
      expect(heard).toBeDefined();
      expect(Math.abs(heard! - mark.atMs)).toBeLessThan(50);
    }
  });

  it('marks a hold with a shorter, softer steady note where the breath stopped: high when full, low when empty', () => {
    const [inhale, hold, , holdEmpty] = rendered.plan.marks;
    const loud = (at: number, ms: number) => rms(decoded.samples, at + 20, at + ms, decoded.sampleRate);
    expect(loud(hold!.atMs, 250)).toBeLessThan(loud(inhale!.atMs, 250) * 0.7);
    expect(rms(decoded.samples, hold!.atMs + HOLD_TONE_MS + 50, hold!.atMs + hold!.mark.phaseMs - 50, decoded.sampleRate)).toBeLessThan(
      0.002,
    );
    const pitch = (at: number) => pitchHz(decoded.samples, at + 40, at + 250, decoded.sampleRate);
    expect(Math.abs(pitch(hold!.atMs) - TONE_HIGH_HZ)).toBeLessThan(TONE_HIGH_HZ * 0.08);
    expect(Math.abs(pitch(holdEmpty!.atMs) - TONE_LOW_HZ)).toBeLessThan(TONE_LOW_HZ * 0.08);
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
    expect(rms(decoded.samples, inhale!.atMs + TONE_MS + 50, inhale!.atMs + inhale!.mark.phaseMs - 30, decoded.sampleRate)).toBeLessThan(
      0.002,
    );
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

const saidOf = (segments: readonly Segment[]) => segments.flatMap((s) => (s.kind === 'say' ? [s.text] : []));

describe('the long breathing track', () => {
  it('starts in the reply as the cueing curve does: the bell, the counted breath, full and short cues, the handover folded into the last breaths', () => {
    const start = longBreathingSpokenStart(longBreathingPlan('box', 20, true), words);
    expect(start.segments[0]).toMatchObject({ kind: 'sound', src: BELL.src });
    const said = saidOf(start.segments);
    expect(said.slice(0, 4)).toEqual(['Breathe in', 'two', 'three', 'four']);
    // A spoken start hands over to a track that never varies by day, and says the first wordings too.
    const { first, second } = words.breathing.techniques.box.introduction;
    expect(said).toEqual(expect.arrayContaining([first, second[0]]));
    // The handover's lines, one a breath, the last one the reply's last words.
    expect(said.filter((line) => TRACK_HANDOVER.includes(line))).toEqual(TRACK_HANDOVER);
    expect(said[said.length - 1]).toBe(TRACK_HANDOVER[TRACK_HANDOVER.length - 1]);
    const breaths = new Set(start.segments.flatMap((s) => (s.kind !== 'sound' && s.mark ? [s.mark.index] : [])));
    expect([...breaths]).toEqual(Array.from({ length: SPOKEN_START_BREATHS }, (_, i) => i + 1));
    // One reply, far inside the limits, and no opening bell when the user said no bells.
    expect(replyFit(start.segments).fits).toBe(true);
    expect(longBreathingSpokenStart(longBreathingPlan('box', 20, true), words, styleOf({ bells: false })).segments[0]!.kind).not.toBe(
      'sound',
    );
  });

  it('paces with tones and few words, checks in every few minutes, and brings the voice back for the last breaths and the close', () => {
    const timeline = longBreathingTrackTimeline('box', 20, words);
    const said = saidOf(timeline.segments);
    const checkIns = said.filter((t) => words.breathing.cues.checkIns.includes(t));
    // About every three minutes over the quiet stretch of 20 minutes.
    expect(checkIns.length).toBeGreaterThanOrEqual(5);
    expect(checkIns.length).toBeLessThanOrEqual(7);
    expect(said).toContain(VOICE_RETURNS);
    const returned = said.slice(said.indexOf(VOICE_RETURNS) + 1);
    expect(returned[0]).toMatch(/^(Breathe in|In)\b/);
    expect(returned[1]).toBe('Hold');
    expect(said[said.length - 1]).toMatch(/end of your session/);
    const marks = timeline.segments.filter((s) => s.kind !== 'sound' && s.mark);
    expect(said.length).toBeLessThan(marks.length / 5);
    // The renderer rings the track's bell; the Timeline carries no soundbank sound.
    expect(timeline.segments.some((s) => s.kind === 'sound')).toBe(false);
    // The spoken start and the track together are the twenty minutes asked for.
    expect(trackSpec('breathing-box-20')!.minutes).toBeGreaterThanOrEqual(19.5);
    expect(trackSpec('breathing-box-20')!.minutes).toBeLessThanOrEqual(20.5);
  });

  it('goes on from the spoken start without a second opening bell', () => {
    const spec = trackSpec('breathing-calm-10')!;
    expect(spec.kind === 'timeline' && spec.openingBell).toBe(false);
    const plan = planTrack(spec.kind === 'timeline' ? spec.timeline : { segments: [] }, () => 500, { openingBell: false });
    expect(plan.events.filter((e) => e.kind === 'bell').map((e) => e.atMs)).toEqual([plan.totalMs - 5000]);
    expect(plan.marks[0]!.atMs).toBe(LEAD_IN_WITHOUT_BELL_MS);
  });
});

describe('the long breathing track, decoded', () => {
  // The first two breaths of the real calm track after its spoken start: tones only, no bell.
  const track = longBreathingTrackTimeline('calm', 10, words);
  const marked = track.segments
    .map((s, i) => (s.kind !== 'sound' && s.mark && s.mark.index > SPOKEN_START_BREATHS + 2 ? i : -1))
    .find((i) => i >= 0)!;
  const slice = { segments: track.segments.slice(0, marked) };
  let rendered: Awaited<ReturnType<typeof renderTimeline>>;
  let decoded: ReturnType<typeof decodeMp3>;

  beforeAll(async () => {
    rendered = await renderTimeline(slice, tts, { openingBell: false });
    decoded = decodeMp3(encodeMp3(rendered.pcm));
  });

  it('goes on in quiet from the spoken start, then a tone on each in and out mark within 50 ms, silence between', () => {
    expect(rms(decoded.samples, 0, LEAD_IN_WITHOUT_BELL_MS - 50, decoded.sampleRate)).toBeLessThan(0.002);
    expect(rendered.plan.marks.length).toBeGreaterThanOrEqual(4);
    expect(rendered.plan.events.some((e) => e.kind === 'speech')).toBe(false);
    for (const mark of rendered.plan.marks) {
      if (toneFor(mark.mark.phase)) {
        const heard = onsetMs(decoded.samples, mark.atMs - 400, mark.atMs + 400, decoded.sampleRate, 0.01);
        expect(heard).toBeDefined();
        expect(Math.abs(heard! - mark.atMs)).toBeLessThan(50);
      }
      // After the tone, silence until the next phase.
      const direction = toneFor(mark.mark.phase);
      const quietFrom = mark.atMs + (direction ? (direction.startsWith('held') ? HOLD_TONE_MS : TONE_MS) : 0) + 50;
      expect(rms(decoded.samples, quietFrom, mark.atMs + mark.mark.phaseMs - 50, decoded.sampleRate)).toBeLessThan(0.002);
    }
    expect(Math.abs(decoded.durationMs - rendered.plan.totalMs) / rendered.plan.totalMs).toBeLessThan(0.01);
  });
});

describe('the full relaxation track', () => {
  it('is all sixteen groups after Bernstein and Borkovec, in the new wording, too long for one reply', () => {
    const timeline = fullRelaxationTrackTimeline(wordsFor('en-US'));
    const said = saidOf(timeline.segments);
    for (const group of SIXTEEN_GROUPS) expect(said).toContain(group.instruction);
    expect(said.filter((t) => t === RELEASE_CUE)).toHaveLength(16);
    expect(said.filter((t) => t === CRAMP_CAUTION)).toHaveLength(1);
    const releases = timeline.segments.filter((s) => s.kind !== 'sound' && s.mark?.phase === 'release');
    for (const release of releases) expect(release.kind !== 'sound' && release.mark!.phaseMs).toBeGreaterThanOrEqual(30_000);
    expect(replyFit(timeline.segments).fits).toBe(false);
    expect(said.some((t) => /seven-part/.test(t))).toBe(false);
  });
});

describe('spoken or track: one decision', () => {
  const whole = (minutes: number) => wholeBreathingTimeline(words, longBreathingPlan('calm', minutes, true), ['Well done.']).segments;

  it('speaks what fits one reply, plays what does not, and says why where no track can play', () => {
    expect(deliveryFor(whole(5), 'breathing-calm-10', 'plays')).toEqual({ kind: 'spoken' });
    expect(deliveryFor(whole(15), 'breathing-calm-15', 'plays')).toEqual({ kind: 'track', trackId: 'breathing-calm-15' });
    expect(deliveryFor(whole(15), 'breathing-calm-15', 'cannot-play')).toEqual({ kind: 'shortened', because: 'one-reply' });
    expect(deliveryFor(whole(15), 'breathing-calm-15', 'failed-last-time')).toEqual({ kind: 'shortened', because: 'audio-failed' });
    expect(deliveryFor(whole(15), undefined, 'plays')).toEqual({ kind: 'shortened', because: 'one-reply' });
    expect(deliveryFor(pmrVersionTimeline(wordsFor('en-US'), 'full', ['Well done.']).segments, 'pmr-full', 'plays')).toEqual({
      kind: 'track',
      trackId: 'pmr-full',
    });
    expect(deliveryFor(pmrVersionTimeline(wordsFor('en-US'), 'standard', ['Well done.']).segments, undefined, 'plays')).toEqual({
      kind: 'spoken',
    });
  });

  it('needs no bedtime track: every night of the week fits one reply', () => {
    for (let day = 1; day <= 7; day += 1) {
      const localDay = `2026-03-0${day}`;
      expect(
        deliveryFor(bedtimeTimeline(wordsFor('en-US'), ["You're safe to rest now."], styleOf({ localDay })).segments, undefined, 'plays'),
      ).toEqual({
        kind: 'spoken',
      });
    }
  });
});

describe('the catalogue', () => {
  it('holds long breathing for each technique and length offered, the full relaxation and the sleep sounds, each under its own key', () => {
    const ids = allTrackIds();
    expect(ids).toHaveLength(5 * 3 + 1 + 2);
    expect(ids.some((id) => id.startsWith('bedtime'))).toBe(false);
    const keys = new Set(ids.map((id) => trackKey(trackSpec(id)!)));
    expect(keys.size).toBe(ids.length);
    for (const id of ids.filter((i) => i.startsWith('breathing-'))) {
      const spec = trackSpec(id)!;
      const minutes = Number(id.split('-').pop());
      expect(Math.abs(spec.minutes - minutes)).toBeLessThan(0.6);
    }
  });

  it('is named by its content, so a changed session gets a new file, and works it out the same each time', () => {
    const box = trackSpec('breathing-box-20')!;
    const calm = trackSpec('breathing-calm-20')!;
    expect(trackKey(box)).toMatch(/^[0-9a-f]{20}$/);
    expect(trackKey(box)).not.toBe(trackKey(calm));
    expect(trackKey(trackSpec('breathing-box-20')!)).toBe(trackKey(box));
    expect(trackSpec('breathing-box-21')).toBeUndefined();
    expect(trackSpec('bedtime-0')).toBeUndefined();
  });
});
