/**
 * Lays a Timeline out on the track's clock. Speech lasts as long as the voice actually takes; the
 * pause after a cue gives back what the cue took beyond its estimate (or takes what it saved), so
 * every phase mark falls exactly one phase after the one before, as the plan says. A bell opens
 * and closes the track; a breathing mark carries a soft tone: rising to breathe in, falling to
 * breathe out, and a shorter, softer steady note on a hold.
 */
import type { Mark, Segment, Timeline, Voice } from '../../lambda/timeline';
import { segmentMs } from '../../lambda/speech/timing';
import { TRACK_LEAD_IN_MS } from '../../lambda/guidance/tracks/track-sessions';
import { BELL_MS, type NoisePlan, type ToneDirection } from './sounds';

export type TrackEvent =
  | { readonly kind: 'speech'; readonly atMs: number; readonly ms: number; readonly text: string; readonly voice: Voice }
  | { readonly kind: 'tone'; readonly atMs: number; readonly direction: ToneDirection; readonly mark: Mark }
  | { readonly kind: 'bell'; readonly atMs: number }
  | { readonly kind: 'noise'; readonly atMs: number; readonly noise: NoisePlan };

export interface TrackPlan {
  readonly events: readonly TrackEvent[];
  /** Every phase mark where it falls on the track, tone or not. */
  readonly marks: readonly { readonly atMs: number; readonly mark: Mark }[];
  readonly totalMs: number;
}

/** The opening bell rings out before the first word; a little room before the closing bell. */
export const LEAD_IN_MS = 5000;
/**
 * A track that goes on from a spoken start opens without a bell (the reply rang it), in the quiet
 * that ends the reply's last breath.
 */
export const LEAD_IN_WITHOUT_BELL_MS = TRACK_LEAD_IN_MS;
export const LEAD_OUT_MS = 2000;

export function toneFor(phase: string): ToneDirection | undefined {
  if (phase === 'inhale' || phase === 'topUp') return 'rising';
  if (phase === 'exhale') return 'falling';
  if (phase === 'hold') return 'held-high';
  if (phase === 'holdEmpty') return 'held-low';
  return undefined;
}

/** How long each speech segment takes in the voice that will say it. */
export type SpeechLength = (text: string, voice: Voice) => number;

export interface TrackOptions {
  /** Soft tones on the breathing marks; on unless said. */
  readonly tones?: boolean;
  /** The bell that opens the track; on unless the track goes on from a spoken start that rang it. */
  readonly openingBell?: boolean;
}

export function planTrack(timeline: Pick<Timeline, 'segments'>, speechMs: SpeechLength, options: TrackOptions = {}): TrackPlan {
  const tones = options.tones ?? true;
  const openingBell = options.openingBell ?? true;
  const events: TrackEvent[] = openingBell ? [{ kind: 'bell', atMs: 0 }] : [];
  const marks: { atMs: number; mark: Mark }[] = [];
  let clock = openingBell ? LEAD_IN_MS : LEAD_IN_WITHOUT_BELL_MS;
  /** What the last cue took beyond its estimate, still to be taken from the pause after it. */
  let owed = 0;
  const markAt = (segment: Segment) => {
    if (segment.kind === 'sound' || !segment.mark) return;
    marks.push({ atMs: clock, mark: segment.mark });
    const direction = tones ? toneFor(segment.mark.phase) : undefined;
    if (direction) events.push({ kind: 'tone', atMs: clock, direction, mark: segment.mark });
  };
  for (const segment of segments(timeline)) {
    switch (segment.kind) {
      case 'say': {
        markAt(segment);
        const ms = speechMs(segment.text, segment.voice);
        events.push({ kind: 'speech', atMs: clock, ms, text: segment.text, voice: segment.voice });
        clock += ms;
        // A cue's pause absorbs the difference; free speech simply takes the time it takes.
        owed = segment.mark ? ms - segmentMs(segment) : 0;
        break;
      }
      case 'pause': {
        markAt(segment);
        const ms = Math.max(0, segment.ms - owed);
        owed = Math.max(0, owed - segment.ms);
        clock += ms;
        break;
      }
      case 'sound':
        owed = 0;
        clock += segment.ms;
        break;
    }
  }
  clock += LEAD_OUT_MS;
  events.push({ kind: 'bell', atMs: clock });
  return { events, marks, totalMs: clock + BELL_MS };
}

function segments(timeline: Pick<Timeline, 'segments'>): readonly Segment[] {
  return timeline.segments;
}

/** A sleep-sound track: the noise alone, no bell (a bell would wake someone drifting off). */
export function planNoiseTrack(noise: NoisePlan): TrackPlan {
  return { events: [{ kind: 'noise', atMs: 0, noise }], marks: [], totalMs: noise.ms };
}
