/**
 * Sounds Steady makes itself, sample by sample: soft pacing tones, a bell, and brown or pink
 * noise for sleep. Nothing is downloaded, and the same call always gives the same samples.
 */
import { msToSamples, SAMPLE_RATE } from './pcm';
import type { NoisePlan } from '../../lambda/guidance/tracks/noise-plan';

export type { NoiseColour, NoisePlan } from '../../lambda/guidance/tracks/noise-plan';

/** Rising to breathe in, falling to breathe out; held high on a full hold, held low on an empty one. */
export type ToneDirection = 'rising' | 'falling' | 'held-high' | 'held-low';

export const TONE_MS = 700;
export const TONE_LOW_HZ = 262;
export const TONE_HIGH_HZ = 392;
export const TONE_LEVEL = 0.12;
/** A hold's mark: shorter and softer than a breath's, one steady note where the breath stopped. */
export const HOLD_TONE_MS = 400;
export const HOLD_TONE_LEVEL = 0.06;
export const BELL_MS = 5000;
export const BELL_LEVEL = 0.3;

/** Where each tone starts and ends: a hold stays on the note its breath ended on. */
const GLIDES: Readonly<Record<ToneDirection, readonly [number, number]>> = {
  rising: [TONE_LOW_HZ, TONE_HIGH_HZ],
  falling: [TONE_HIGH_HZ, TONE_LOW_HZ],
  'held-high': [TONE_HIGH_HZ, TONE_HIGH_HZ],
  'held-low': [TONE_LOW_HZ, TONE_LOW_HZ],
};

/**
 * A soft sine that glides up a fifth (for breathing in) or down a fifth (for breathing out), or a
 * shorter, softer steady note on a hold (high when full, low when empty), so a track keeps the
 * pattern's shape: a quick 15 ms rise so it starts on its mark, and a long raised-cosine tail so
 * it never clicks.
 */
export function tone(direction: ToneDirection, ms = direction.startsWith('held') ? HOLD_TONE_MS : TONE_MS): Float32Array {
  const n = msToSamples(ms);
  const out = new Float32Array(n);
  const attack = msToSamples(15);
  const [from, to] = GLIDES[direction];
  const level = direction.startsWith('held') ? HOLD_TONE_LEVEL : TONE_LEVEL;
  let phase = 0;
  for (let i = 0; i < n; i += 1) {
    const t = i / n;
    const hz = from * (to / from) ** t;
    phase += (2 * Math.PI * hz) / SAMPLE_RATE;
    const envelope = i < attack ? i / attack : 0.5 * (1 + Math.cos((Math.PI * (i - attack)) / (n - attack)));
    out[i] = level * envelope * Math.sin(phase);
  }
  return out;
}

/** Partials of a small singing bowl, as ratios of the hum, with their levels and decay times. */
const BELL_PARTIALS: readonly { ratio: number; level: number; decayS: number }[] = [
  { ratio: 1, level: 0.55, decayS: 2.2 },
  { ratio: 2.32, level: 0.25, decayS: 1.4 },
  { ratio: 4.25, level: 0.12, decayS: 0.8 },
  { ratio: 6.63, level: 0.08, decayS: 0.5 },
];
const BELL_HUM_HZ = 528;

/** A bell struck once: a 4 ms strike, then each partial dying away, faded to nothing at the end. */
export function bell(ms = BELL_MS): Float32Array {
  const n = msToSamples(ms);
  const out = new Float32Array(n);
  const strike = msToSamples(4);
  const tail = msToSamples(300);
  for (let i = 0; i < n; i += 1) {
    const t = i / SAMPLE_RATE;
    let v = 0;
    for (const p of BELL_PARTIALS) v += p.level * Math.exp(-t / p.decayS) * Math.sin(2 * Math.PI * BELL_HUM_HZ * p.ratio * t);
    const envelope = (i < strike ? i / strike : 1) * (i > n - tail ? (n - i) / tail : 1);
    out[i] = BELL_LEVEL * envelope * v;
  }
  return out;
}

/** The planned level (0..1) of the noise at a moment: the shape the tests hold the track to. */
export function noiseGain(plan: NoisePlan, atMs: number): number {
  if (atMs < 0 || atMs >= plan.ms) return 0;
  if (atMs < plan.fadeInMs) return Math.sin((Math.PI / 2) * (atMs / plan.fadeInMs)) ** 2;
  const fadeStart = plan.ms - plan.fadeOutMs;
  if (atMs < fadeStart) return 1;
  return Math.cos((Math.PI / 2) * ((atMs - fadeStart) / plan.fadeOutMs)) ** 2;
}

/** mulberry32: a tiny seeded generator, so a noise track is the same on every render. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Soft pink noise's one-pole high-pass: a corner near 150 Hz, below which a small speaker barely plays. */
const LIFTING = 1 / (1 + (2 * Math.PI * 150) / SAMPLE_RATE);
/** Its one-pole low-pass: a corner near 2.5 kHz, which takes the hiss off. */
const SOFTENING = 1 - Math.exp((-2 * Math.PI * 2500) / SAMPLE_RATE);
/** What brings soft pink to pink noise's loudness (RMS) once its lows and highs are taken off. */
const SOFT_PINK_GAIN = 1.8;

/**
 * Brown noise (white noise integrated with a slight leak: a deep, even rumble), pink noise (Paul
 * Kellet's economy filter: equal energy per octave, softer than white), or soft pink: pink noise
 * with its rumble below about 150 Hz and its hiss above about 2.5 kHz rolled off by one-pole
 * filters, so most of its energy sits between 200 Hz and 2 kHz, where a small speaker such as an
 * Echo Dot plays; brown noise's rumble lies mostly below 200 Hz, which such a speaker barely sounds. Shaped by the plan's fades, each
 * colour normalised to about `level` RMS.
 */
export function noise(plan: NoisePlan): Float32Array {
  const n = msToSamples(plan.ms);
  const out = new Float32Array(n);
  const next = random(plan.seed);
  let brown = 0;
  let b0 = 0;
  let b1 = 0;
  let b2 = 0;
  let softened = 0;
  let lifted = 0;
  let lastPink = 0;
  const fadeInEnd = msToSamples(plan.fadeInMs);
  const fadeOutStart = n - msToSamples(plan.fadeOutMs);
  for (let i = 0; i < n; i += 1) {
    const white = next() * 2 - 1;
    let v: number;
    if (plan.colour === 'brown') {
      brown = (brown + 0.02 * white) / 1.02;
      v = brown * 6.5;
    } else {
      b0 = 0.99765 * b0 + white * 0.099046;
      b1 = 0.963 * b1 + white * 0.2965164;
      b2 = 0.57 * b2 + white * 1.0526913;
      v = (b0 + b1 + b2 + white * 0.1848) * 0.18;
      if (plan.colour === 'soft-pink') {
        lifted = LIFTING * (lifted + v - lastPink);
        lastPink = v;
        softened += SOFTENING * (lifted - softened);
        v = softened * SOFT_PINK_GAIN;
      }
    }
    const gain = i < fadeInEnd || i >= fadeOutStart ? noiseGain(plan, (i * 1000) / SAMPLE_RATE) : 1;
    out[i] = plan.level * gain * v;
  }
  return out;
}
