/**
 * Which sessions become tracks and what each says, built from the same guidance the spoken
 * sessions use. A track exists only for a session that cannot fit one reply (`deliveryFor`
 * decides): long breathing (10, 15 or 20 minutes of each technique that may run long) and the
 * full sixteen-group muscle relaxation. Bedtime fits one reply and is spoken; its sleep sounds are
 * 30 or 60 minutes of soft pink noise. No track varies by day: a track closes with its session's
 * own words, so one recording serves every night. A track says the words it is given; the deploy
 * records them in English (tools pass `wordsFor('en-US')`).
 */
import type { Words } from '../../content/words';
import type { BreathingPlan } from '../breathing/plan';
import { cueStage } from '../breathing/cues';
import { breathAtStage, breathCount, breathSegments, ending, foldedLines, opening } from '../breathing/session';
import { cycleMs, TECHNIQUES, type TechniqueId } from '../breathing/techniques';
import { pmrVersionTimeline } from '../pmr/session';
import { pmrTrackClose } from '../pmr/wording';
import { sessionTimeline } from '../session-timeline';
import { EVERYDAY_STYLE, styleOf, type SessionStyle } from '../session-style';
import { PacingError } from '../paced';
import { withSoftVoice } from '../soft-voice';
import { pause, say, type Segment, type Timeline } from '../../timeline';
import { GUIDE_VOICE } from '../voices';
import type { NoisePlan } from './noise-plan';

/** Breathing techniques long sessions are offered for: 4-7-8 is kept to eight breaths. */
export const LONG_BREATHING_TECHNIQUES: readonly TechniqueId[] = (Object.keys(TECHNIQUES) as TechniqueId[]).filter(
  (id) => TECHNIQUES[id].maxBreaths === undefined,
);
/** Lengths of long breathing offered, in minutes; a request in between is guided for the nearest. */
export const LONG_BREATHING_MINUTES: readonly number[] = [10, 15, 20];
export const SLEEP_SOUND_MINUTES: readonly number[] = [30, 60];
export const DEFAULT_SLEEP_SOUND_MINUTES = 30;

/**
 * Breaths the reply speaks before the track takes over: the cueing curve's counted, full and
 * short breaths and one breath of "In" alone, the last three carrying the handover's lines (the
 * introduction takes the second and third). From the next one, where a spoken session would step
 * back into quiet, the tones pace instead.
 */
export const SPOKEN_START_BREATHS = 6;
/**
 * The quiet a track that goes on from a spoken start opens with before its first mark. It is the
 * end of the reply's last breath: the reply stops this much short of the breath's end, so the
 * track's first in-breath comes one cycle after the reply's last, as planned. (How long a device
 * takes to start the stream is not known here; it comes on top.)
 */
export const TRACK_LEAD_IN_MS = 1000;
/** How often the track's quiet stretch has a gentle check-in. */
export const CHECK_IN_EVERY_MS = 3 * 60_000;

/** The renderer rings a track's bells itself, so its Timeline carries none. */
const TRACK_STYLE: SessionStyle = styleOf({ bells: false });
/**
 * No track varies by day, nor the spoken start that hands over to it: both say the first of every
 * wording a spoken session turns through day by day (a track's check-ins take them in turn).
 */
const TRACK_TURN = 0;

/** The offered length nearest to what was asked, for a breathing session too long to speak. */
export function offeredLongMinutes(targetMs: number): number {
  const minutes = targetMs / 60_000;
  return LONG_BREATHING_MINUTES.reduce((best, m) => (Math.abs(m - minutes) < Math.abs(best - minutes) ? m : best));
}

/** Said before the first breath when the offered length differs from the one asked by a minute or more. */
export function offeredLengthNotice(askedMs: number, minutes: number, words: Words): string[] {
  return Math.abs(askedMs / 60_000 - minutes) >= 1 ? [words.audio.offeredLength(minutes)] : [];
}

/** Long breathing of one technique and offered length, planned in minutes with no one-reply ceiling. */
export function longBreathingPlan(
  technique: TechniqueId,
  minutes: number,
  introduce: boolean,
  words: { readonly beforeFirstBreath?: readonly string[]; readonly notices?: readonly string[] } = {},
): BreathingPlan {
  return {
    technique: TECHNIQUES[technique],
    breaths: undefined,
    targetMs: minutes * 60_000,
    beforeFirstBreath: words.beforeFirstBreath ?? [],
    notices: words.notices ?? [],
    introduce,
  };
}

/**
 * The reply's part of a long breathing session, in the style it is said in: the bell, the first
 * breath counted aloud, the next breaths cued as the curve says with the technique named inside
 * them, and the handover to the tones folded into the last breaths, one line a breath, so every
 * in-breath cue comes one cycle after the last. The reply stops `TRACK_LEAD_IN_MS` before its
 * last breath ends: the track's opening quiet finishes that breath.
 */
export function longBreathingSpokenStart(plan: BreathingPlan, words: Words, style: SessionStyle = EVERYDAY_STYLE): Timeline {
  const total = breathCount(words, plan);
  const handover = words.audio.handover;
  const firstHandoverBreath = SPOKEN_START_BREATHS - handover.length + 1;
  const introduction = foldedLines(words, plan, TRACK_TURN);
  const segments: Segment[] = [...opening(plan, style)];
  for (let breath = 1; breath <= SPOKEN_START_BREATHS; breath += 1) {
    const explained = introduction[breath - 2];
    const handedOver = breath >= firstHandoverBreath ? handover[breath - firstHandoverBreath] : undefined;
    if (explained !== undefined && handedOver !== undefined) {
      throw new PacingError(`breath ${breath} would carry both "${explained}" and "${handedOver}"`);
    }
    const stage = cueStage(breath, total);
    segments.push(...breathAtStage(words, plan.technique, stage, breath, TRACK_TURN, explained ?? handedOver));
  }
  const spoken = stoppingShort(segments, TRACK_LEAD_IN_MS);
  return sessionTimeline(plan.technique.id, style.nightVoice ? withSoftVoice(spoken) : spoken);
}

/** The segments less `ms` of their closing quiet; the last breath's last phase must have that much. */
function stoppingShort(segments: readonly Segment[], ms: number): Segment[] {
  const last = segments[segments.length - 1];
  if (last?.kind !== 'pause' || last.ms < ms) {
    throw new PacingError(`the spoken start must end in ${ms} ms of quiet for the track to finish its last breath`);
  }
  const rest = last.ms - ms;
  return [...segments.slice(0, -1), ...(rest > 0 || last.mark ? [pause(rest, last.mark)] : [])];
}

/**
 * The track's part: the breaths after the spoken start paced by tones alone, with the curve's
 * gentle check-in ("That's it. Breathe in" … "And out") every few minutes, the voice back for the
 * last breaths as the curve brings it back, the body check where the technique has one, and the close.
 */
export function longBreathingTrackTimeline(technique: TechniqueId, minutes: number, words: Words): Timeline {
  const plan = longBreathingPlan(technique, minutes, false);
  const t = plan.technique;
  const total = breathCount(words, plan);
  const firstReturn = total - 2;
  const everyBreaths = Math.max(1, Math.round(CHECK_IN_EVERY_MS / cycleMs(t)));
  const segments: Segment[] = [];
  for (let breath = SPOKEN_START_BREATHS + 1; breath <= total; breath += 1) {
    if (breath === firstReturn) segments.push(say(words.audio.voiceReturns, GUIDE_VOICE), pause(800));
    if (breath >= firstReturn) segments.push(...breathSegments(words, plan, breath, total, TRACK_TURN));
    else if ((breath - SPOKEN_START_BREATHS) % everyBreaths === 0) {
      // Each check-in of a track is two turns on from the last: a spoken session alternates a
      // turn's check-in with the next, so no two check-ins in a row are alike.
      const checkIn = (breath - SPOKEN_START_BREATHS) / everyBreaths;
      segments.push(...breathAtStage(words, t, 'check-in', breath, TRACK_TURN + 2 * checkIn));
    } else segments.push(...breathAtStage(words, t, 'quiet', breath, TRACK_TURN));
  }
  segments.push(...ending(words, plan, [words.audio.trackClose], TRACK_STYLE));
  return sessionTimeline(t.id, segments);
}

/** The full sixteen-group relaxation with its 30-40 s releases, as a track: the guidance's own wording, no fallback. */
export function fullRelaxationTrackTimeline(words: Words): Timeline {
  return pmrVersionTimeline(words, 'full', [pmrTrackClose(words)], TRACK_STYLE);
}

export function sleepNoisePlan(minutes: number): NoisePlan {
  const ms = minutes * 60_000;
  return { colour: 'soft-pink', ms, fadeInMs: 10_000, fadeOutMs: Math.round(ms / 3), level: 0.16, seed: minutes };
}
