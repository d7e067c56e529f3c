import type { TrackSpec } from '../../lambda/guidance/tracks/catalog';
import { pause, say } from '../../lambda/timeline';
import { CUE_VOICE, GUIDE_VOICE } from '../../lambda/guidance/voices';

/** A few seconds of a paced session, shaped like a catalogue track, for renders that must be quick. */
export function tinyBreathingTrack(id = 'test-tiny-breathing'): TrackSpec {
  const timeline = {
    practice: 'calm',
    plannedMinutes: 0.3,
    segments: [
      say('Breathe with the tones.', GUIDE_VOICE),
      pause(500),
      pause(4000, { phase: 'inhale', phaseMs: 4000, index: 1 }),
      pause(2000, { phase: 'hold', phaseMs: 2000, index: 1 }),
      say('Out', CUE_VOICE, { phase: 'exhale', phaseMs: 4000, index: 1 }),
      pause(3500),
      say('Well done.', GUIDE_VOICE),
    ],
  };
  return { id, kind: 'timeline', practice: 'calm', minutes: 0.3, timeline, tones: true, openingBell: true };
}
