import { timeSegments } from '../speech/timing';
import { MIN_SILENCE_MS } from './paced';
import { pause, say, type Segment, type Timeline, type Voice } from '../timeline';

/** The night voice speaks at 90% of the session's own rate. */
const SLOWER = 0.9;

/** Softer and slower, never louder, at the same pitch: an x-soft or whispered voice stays as it is. */
export function softerVoice(voice: Voice, slower: boolean): Voice {
  if (voice.whispered) return voice;
  return {
    ...voice,
    ratePercent: slower ? Math.round(voice.ratePercent * SLOWER) : voice.ratePercent,
    volume: voice.volume === 'x-soft' ? 'x-soft' : 'soft',
  };
}

/**
 * The same session in a softer, slower voice, with every marked phase still starting exactly when
 * it did before, so the pacing and the picture on screen are untouched. Speech inside a phase is
 * slowed only when the silence after it can give up the extra time (and keep its minimum); there
 * it is only softened. Speech outside any phase (an introduction, a body check, the close) is
 * slowed freely: what follows simply starts a little later.
 */
export function withSoftVoice(segments: readonly Segment[]): Segment[] {
  const timed = timeSegments(segments);
  const softened: Segment[] = [];
  let phaseEndsMs = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < segments.length; i += 1) {
    const segment = segments[i]!;
    const { startMs } = timed[i]!;
    if (segment.kind !== 'sound' && segment.mark) phaseEndsMs = startMs + segment.mark.phaseMs;
    if (segment.kind !== 'say' || segment.voice.whispered) {
      softened.push(segment);
      continue;
    }
    const slower = say(segment.text, softerVoice(segment.voice, true), segment.mark);
    const insidePhase = startMs < phaseEndsMs;
    if (!insidePhase) {
      softened.push(slower);
      continue;
    }
    const extraMs = slower.ms - segment.ms;
    const next = segments[i + 1];
    if (next?.kind === 'pause' && !next.mark && next.ms - extraMs >= MIN_SILENCE_MS) {
      softened.push(slower, pause(next.ms - extraMs));
      i += 1;
      continue;
    }
    // Only softer, at its own rate: it takes as long as it did.
    softened.push({ ...segment, voice: softerVoice(segment.voice, false) });
  }
  return softened;
}

export function withSoftVoiceTimeline(timeline: Timeline): Timeline {
  return { ...timeline, segments: withSoftVoice(timeline.segments) };
}
