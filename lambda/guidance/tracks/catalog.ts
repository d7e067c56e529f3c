/**
 * The tracks Steady has, by id, and the file each is kept in. Which sessions become tracks, and
 * what they say, is track-sessions.ts.
 *
 * Nothing is kept between requests: a track's spec and key are worked out when asked for, from
 * the guidance and the words given, in a few milliseconds. A key is the hash of what the track
 * says and when (its Timeline or noise plan, with the renderer's version), so the skill works out
 * every URL itself and a changed session can never be served an old recording.
 */
import { createHash } from 'node:crypto';
import type { Words } from '../../content/words';
import type { TechniqueId } from '../breathing/techniques';
import { countedMinutes } from '../session-timeline';
import type { Segment, Timeline } from '../../timeline';
import { spokenMs } from '../../speech/timing';
import type { NoisePlan } from './noise-plan';
import {
  fullRelaxationTrackTimeline,
  LONG_BREATHING_MINUTES,
  LONG_BREATHING_TECHNIQUES,
  longBreathingPlan,
  longBreathingSpokenStart,
  longBreathingTrackTimeline,
  SLEEP_SOUND_MINUTES,
  sleepNoisePlan,
} from './track-sessions';

/** Changes whenever the renderer would make different audio of the same plan. */
export const RENDER_VERSION = 2;

export type TrackSpec =
  | {
      readonly id: string;
      readonly kind: 'timeline';
      readonly practice: string;
      /** Minutes the whole session counts for, spoken start included. */
      readonly minutes: number;
      readonly timeline: Timeline;
      readonly tones: boolean;
      /** False for a track that goes on from a spoken start, which rang the opening bell. */
      readonly openingBell: boolean;
    }
  | { readonly id: string; readonly kind: 'noise'; readonly practice: 'sleep-sounds'; readonly minutes: number; readonly noise: NoisePlan };

export const trackIds = {
  breathing: (technique: string, minutes: number) => `breathing-${technique}-${minutes}`,
  fullRelaxation: 'pmr-full',
  sleep: (minutes: number) => `sleep-pink-${minutes}`,
};

/** Every track a deploy renders. */
export function allTrackIds(): string[] {
  return [
    ...LONG_BREATHING_TECHNIQUES.flatMap((t) => LONG_BREATHING_MINUTES.map((m) => trackIds.breathing(t, m))),
    trackIds.fullRelaxation,
    ...SLEEP_SOUND_MINUTES.map(trackIds.sleep),
  ];
}

/** Whether Steady has a track of this id: a check on the name alone, nothing built. */
export function isTrackId(id: string): boolean {
  return allTrackIds().includes(id);
}

/** The track of an id, built from the guidance in the words given; undefined for an id Steady never issues. */
export function trackSpec(id: string, words: Words): TrackSpec | undefined {
  if (!isTrackId(id)) return undefined;
  const breathing = /^breathing-([a-z0-9]+)-(\d+)$/.exec(id);
  if (breathing) {
    const technique = breathing[1] as TechniqueId;
    const minutes = Number(breathing[2]);
    const timeline = longBreathingTrackTimeline(technique, minutes, words);
    // Counted for the whole session: the spoken start as an everyday reply says it, and the track.
    const start = longBreathingSpokenStart(longBreathingPlan(technique, minutes, false), words);
    const counted = countedMinutes(spokenMs(start) + spokenMs(timeline));
    return { id, kind: 'timeline', practice: technique, minutes: counted, timeline, tones: true, openingBell: false };
  }
  if (id === trackIds.fullRelaxation) {
    const timeline = fullRelaxationTrackTimeline(words);
    return { id, kind: 'timeline', practice: 'pmr', minutes: timeline.plannedMinutes, timeline, tones: false, openingBell: true };
  }
  const minutes = Number(/^sleep-pink-(\d+)$/.exec(id)![1]);
  return { id, kind: 'noise', practice: 'sleep-sounds', minutes, noise: sleepNoisePlan(minutes) };
}

/**
 * What a segment puts on the track: a line's words and voice (the renderer measures the speech it
 * makes, so the estimate of how long it takes is not part of the track), a pause, a sound.
 */
function heardOnTrack(segment: Segment): object {
  if (segment.kind !== 'say') return segment;
  const { ms: _estimate, ...heard } = segment;
  return heard;
}

/** The content hash that names a track's file. */
export function trackKey(spec: TrackSpec): string {
  const content =
    spec.kind === 'timeline'
      ? { segments: spec.timeline.segments.map(heardOnTrack), tones: spec.tones, openingBell: spec.openingBell }
      : { noise: spec.noise };
  return createHash('sha256')
    .update(JSON.stringify({ v: RENDER_VERSION, content }))
    .digest('hex')
    .slice(0, 20);
}

export function trackPath(spec: TrackSpec): string {
  return `tracks/${trackKey(spec)}.mp3`;
}
