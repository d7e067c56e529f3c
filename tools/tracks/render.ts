/**
 * The audio renderer of a Timeline: synthesizes each distinct stretch of speech once, lays the
 * session out on the track's clock, mixes speech, tones, bells and noise into one mono track and
 * encodes it to MP3. Pure apart from the speech backend: the same Timeline and the same voice
 * give the same bytes.
 */
import type { Timeline } from '../../lambda/timeline';
import { encodeMp3 } from './mp3';
import { mixInto, msToSamples, samplesToMs } from './pcm';
import { planNoiseTrack, planTrack, type TrackOptions, type TrackPlan } from './schedule';
import { bell, noise, tone, type NoisePlan } from './sounds';
import { speechKey, type TextToSpeech } from './tts';

export interface RenderedTrack {
  readonly plan: TrackPlan;
  readonly pcm: Float32Array;
}

/** Speech synthesized a few stretches at a time: a backend over the network is not flooded. */
async function synthesizeAll(
  timeline: Pick<Timeline, 'segments'>,
  tts: TextToSpeech,
  concurrency: number,
): Promise<Map<string, Float32Array>> {
  const wanted = new Map<string, { text: string; voice: Timeline['segments'][number] & { kind: 'say' } }>();
  for (const segment of timeline.segments) {
    if (segment.kind === 'say') wanted.set(speechKey(segment.text, segment.voice), { text: segment.text, voice: segment });
  }
  const entries = [...wanted.entries()];
  const clips = new Map<string, Float32Array>();
  let next = 0;
  const worker = async () => {
    while (next < entries.length) {
      const [key, { text, voice }] = entries[next++]!;
      clips.set(key, await tts.synthesize(text, voice.voice));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, entries.length) }, worker));
  return clips;
}

/** Mixes a plan's events, taking speech from `clips`. */
export function mixTrack(plan: TrackPlan, clips: ReadonlyMap<string, Float32Array>): Float32Array {
  const track = new Float32Array(msToSamples(plan.totalMs));
  const bellClip = bell();
  const tones = { rising: tone('rising'), falling: tone('falling'), 'held-high': tone('held-high'), 'held-low': tone('held-low') };
  for (const event of plan.events) {
    const at = msToSamples(event.atMs);
    switch (event.kind) {
      case 'speech': {
        const clip = clips.get(speechKey(event.text, event.voice));
        if (!clip) throw new Error(`no speech for "${event.text}"`);
        mixInto(track, clip, at);
        break;
      }
      case 'tone':
        mixInto(track, tones[event.direction], at);
        break;
      case 'bell':
        mixInto(track, bellClip, at);
        break;
      case 'noise':
        mixInto(track, noise(event.noise), at);
        break;
    }
  }
  return track;
}

export async function renderTimeline(
  timeline: Pick<Timeline, 'segments'>,
  tts: TextToSpeech,
  options: TrackOptions & { concurrency?: number } = {},
): Promise<RenderedTrack> {
  const clips = await synthesizeAll(timeline, tts, options.concurrency ?? 4);
  const plan = planTrack(timeline, (text, voice) => samplesToMs(clips.get(speechKey(text, voice))!.length), options);
  return { plan, pcm: mixTrack(plan, clips) };
}

export function renderNoise(plan: NoisePlan): RenderedTrack {
  const trackPlan = planNoiseTrack(plan);
  return { plan: trackPlan, pcm: mixTrack(trackPlan, new Map()) };
}

export { encodeMp3 };
