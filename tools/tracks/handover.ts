/**
 * The hand-over of a long breathing session, as planned: from the last in-breath cue of the
 * spoken reply to the first in-breath of its track. The reply is timed by the skill's one speech
 * estimate (what its pauses are cut to); the track by its own schedule, lead-in included. A
 * listener should hear one breathing cycle, as between any two breaths.
 */
import type { Words } from '../../lambda/content/words';
import { cycleMs, TECHNIQUES, type TechniqueId } from '../../lambda/guidance/breathing/techniques';
import { styleOf, type SessionStyle } from '../../lambda/guidance/session-style';
import {
  LONG_BREATHING_MINUTES,
  longBreathingPlan,
  longBreathingSpokenStart,
  longBreathingTrackTimeline,
} from '../../lambda/guidance/tracks/track-sessions';
import { estimateSpeechMs } from '../../lambda/speech/estimate';
import { timeSegments } from '../../lambda/speech/timing';
import type { Timeline } from '../../lambda/timeline';
import { planTrack } from './schedule';

/** Milliseconds from the reply's last in-breath cue to the track's first in-breath mark. */
export function handoverGapMs(start: Pick<Timeline, 'segments'>, track: Pick<Timeline, 'segments'>): number {
  const timed = timeSegments(start.segments);
  const lastCue = [...timed].reverse().find(({ segment }) => segment.kind === 'say' && segment.mark?.phase === 'inhale');
  if (lastCue === undefined) throw new Error('the spoken start has no in-breath cue');
  const replyEndsMs = timed[timed.length - 1]!.endMs;
  const planned = planTrack(track, (text, voice) => estimateSpeechMs(text, voice.ratePercent), { openingBell: false });
  const firstMark = planned.marks.find(({ mark }) => mark.phase === 'inhale');
  if (firstMark === undefined) throw new Error('the track has no in-breath');
  return replyEndsMs - lastCue.startMs + firstMark.atMs;
}

export interface HandoverGap {
  readonly technique: TechniqueId;
  readonly cycleMs: number;
  /** Every hand-over measured: each offered length, in each style, introduced or not. */
  readonly gapsMs: readonly number[];
  /** The gap furthest from one cycle. */
  readonly worstMs: number;
}

/** The styles a spoken start is said in: by day, in the night voice, without bells. */
const STYLES: readonly SessionStyle[] = [styleOf({}), styleOf({ nightVoice: true }), styleOf({ bells: false })];

/** Each hand-over of a technique's tracks, against its cycle. */
export function handoverGaps(technique: TechniqueId, words: Words): HandoverGap {
  const cycle = cycleMs(TECHNIQUES[technique]);
  const gapsMs = LONG_BREATHING_MINUTES.flatMap((minutes) => {
    const track = longBreathingTrackTimeline(technique, minutes, words);
    return [true, false].flatMap((introduce) =>
      STYLES.map((style) => handoverGapMs(longBreathingSpokenStart(longBreathingPlan(technique, minutes, introduce), words, style), track)),
    );
  });
  const worstMs = gapsMs.reduce((worst, gap) => (Math.abs(gap - cycle) > Math.abs(worst - cycle) ? gap : worst));
  return { technique, cycleMs: cycle, gapsMs, worstMs };
}
