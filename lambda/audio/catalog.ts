/**
 * Which sessions become tracks, and each track's key. A session that would take more than one
 * spoken response allows (`MAX_SPOKEN_RESPONSE_MS`) is played as audio: long breathing for every
 * technique and length offered, full muscle relaxation, and bedtime, each of the last two in one
 * variant per line of compassionate self-talk (the line changes daily). Sleep sounds are 30 or 60
 * minutes of brown noise.
 *
 * A track's key is the hash of what it says and when (its Timeline or noise plan, with the
 * renderer's version), so the skill works out every URL itself and a changed session can never
 * be served an old recording.
 */
import { createHash } from 'node:crypto';
import { bedtimeTimeline } from '../guidance/bedtime/session';
import { cueFor } from '../guidance/breathing/cues';
import { planBreathing, type BreathingPlan } from '../guidance/breathing/plan';
import { breathCount, plannedMinutes } from '../guidance/breathing/session';
import { cycleMs, TECHNIQUES, type BreathingTechnique, type TechniqueId } from '../guidance/breathing/techniques';
import { COMPASSION_LINES } from '../guidance/compassion';
import { pacedCue, fitsPhase } from '../guidance/paced';
import { pmrTimeline } from '../guidance/pmr/session';
import { PMR_CLOSE } from '../guidance/pmr/wording';
import { countedMinutes } from '../guidance/session-timeline';
import { pause, say, type Segment, type Timeline } from '../guidance/timeline';
import { CUE_VOICE, GUIDE_VOICE } from '../guidance/voices';
import { MAX_SPOKEN_RESPONSE_MS } from '../speech/limits';
import { spokenMs } from '../speech/timing';
import type { NoisePlan } from './sounds';

/** Changes whenever the renderer would make different audio of the same plan. */
export const RENDER_VERSION = 1;

export type TrackSpec =
  | {
      readonly id: string;
      readonly kind: 'timeline';
      readonly practice: string;
      /** Minutes the whole session counts for, spoken start included. */
      readonly minutes: number;
      readonly timeline: Timeline;
      readonly tones: boolean;
    }
  | { readonly id: string; readonly kind: 'noise'; readonly practice: 'sleep-sounds'; readonly minutes: number; readonly noise: NoisePlan };

/** Breathing techniques long sessions are offered for: 4-7-8 is kept to eight breaths. */
export const LONG_BREATHING_TECHNIQUES: readonly TechniqueId[] = (Object.keys(TECHNIQUES) as TechniqueId[]).filter(
  (id) => TECHNIQUES[id].maxBreaths === undefined,
);
/** Lengths of long breathing offered, in minutes; a request in between is guided for the nearest. */
export const LONG_BREATHING_MINUTES: readonly number[] = [10, 15, 20];
export const SLEEP_SOUND_MINUTES: readonly number[] = [30, 60];
export const DEFAULT_SLEEP_SOUND_MINUTES = 30;

/** Breaths guided by voice in the reply before the track takes over. */
export const SPOKEN_START_BREATHS = 3;
/** Breaths at the end of the track that are cued by voice again. */
export const VOICED_END_BREATHS = 3;
/** How often the track speaks a gentle check-in while it paces with tones. */
export const CHECK_IN_EVERY_MS = 3 * 60_000;

const CHECK_INS: readonly string[] = [
  "You're doing well. Keep following the tones.",
  'If your mind wanders, just come back to the tones.',
  'Let each breath out be a little softer.',
  "Nothing to do but breathe. You're doing well.",
];
const SHORT_CHECK_IN = 'Well done.';
export const TRACK_HANDOVER =
  "From here, soft tones will pace you: a rising tone to breathe in, a falling tone to breathe out. I'll check in now and then.";
const VOICE_RETURNS = "I'm back with you for the last few breaths.";
const TRACK_BODY_CHECK =
  'Now let your breath find its own pace, and check in with your body. Notice your shoulders, your jaw, your hands. Wherever you find tension, let it soften a little.';
const TRACK_CLOSE = "That's the end of your session. Well done. Your breath is always here, whenever you need it.";

/** Whether a session this long needs a track rather than one spoken response. */
export function needsTrack(ms: number): boolean {
  return ms > MAX_SPOKEN_RESPONSE_MS;
}

/** The offered length nearest to what was asked, for a breathing session too long to speak. */
export function offeredLongMinutes(targetMs: number): number {
  const minutes = targetMs / 60_000;
  return LONG_BREATHING_MINUTES.reduce((best, m) => (Math.abs(m - minutes) < Math.abs(best - minutes) ? m : best));
}

function breathSegments(technique: BreathingTechnique, breath: number, cue: (phaseIndex: number) => string | undefined): Segment[] {
  return technique.phases.flatMap((phase, i) => {
    const mark = { phase: phase.kind, phaseMs: phase.ms, index: breath };
    const text = cue(i);
    return text === undefined ? [pause(phase.ms, mark)] : pacedCue(text, CUE_VOICE, mark);
  });
}

function exhaleIndex(technique: BreathingTechnique): number {
  const found = technique.phases.findIndex((p) => p.kind === 'exhale');
  return found < 0 ? technique.phases.length - 1 : found;
}

/** The plan for long breathing of one technique and offered length. */
export function longBreathingPlan(technique: TechniqueId, minutes: number, introduce: boolean, notices: readonly string[] = []): BreathingPlan {
  const plan = planBreathing({ technique, length: { kind: 'minutes', ms: minutes * 60_000 }, introduce });
  return { ...plan, notices: [...notices, ...plan.notices] };
}

/**
 * The reply's part of a long breathing session: any notices, the introduction, the first breaths
 * fully cued, and the handover to the tones.
 */
export function longBreathingSpokenStart(plan: BreathingPlan): Timeline {
  const { technique } = plan;
  const lines = [...plan.notices, ...(plan.introduce ? [technique.introduction] : [])];
  const segments: Segment[] = lines.length > 0 ? [say(lines.join(' '), GUIDE_VOICE), pause(1200)] : [];
  for (let breath = 1; breath <= SPOKEN_START_BREATHS; breath += 1) {
    segments.push(...breathSegments(technique, breath, (i) => cueFor(technique, technique.phases[i]!, breath, 'guided')));
  }
  segments.push(say(TRACK_HANDOVER, GUIDE_VOICE));
  return { practice: technique.id, segments, plannedMinutes: countedMinutes(spokenMs({ segments })) };
}

/**
 * The track's part: the breaths after the spoken start, paced by tones alone, a check-in on an
 * out-breath every few minutes, the voice back for the last breaths, a body check where the
 * technique has one, and the close.
 */
export function longBreathingTrackTimeline(technique: TechniqueId, minutes: number): Timeline {
  const plan = longBreathingPlan(technique, minutes, false);
  const t = plan.technique;
  const total = breathCount(plan);
  const exhale = exhaleIndex(t);
  const everyBreaths = Math.max(1, Math.round(CHECK_IN_EVERY_MS / cycleMs(t)));
  const segments: Segment[] = [];
  let checkIns = 0;
  for (let breath = SPOKEN_START_BREATHS + 1; breath <= total; breath += 1) {
    const voiced = breath > total - VOICED_END_BREATHS;
    const firstVoiced = breath === total - VOICED_END_BREATHS + 1;
    if (firstVoiced) segments.push(say(VOICE_RETURNS, GUIDE_VOICE), pause(800));
    const checkIn = !voiced && (breath - SPOKEN_START_BREATHS) % everyBreaths === 0;
    segments.push(
      ...breathSegments(t, breath, (i) => {
        if (voiced) return cueFor(t, t.phases[i]!, breath, 'plain');
        if (checkIn && i === exhale) {
          const line = CHECK_INS[checkIns % CHECK_INS.length]!;
          checkIns += 1;
          return fitsPhase(line, CUE_VOICE, t.phases[i]!.ms, 0.2) ? line : SHORT_CHECK_IN;
        }
        return undefined;
      }),
    );
  }
  if (t.bodyCheck) segments.push(say(TRACK_BODY_CHECK, GUIDE_VOICE), pause(4000));
  segments.push(say(TRACK_CLOSE, GUIDE_VOICE));
  return { practice: t.id, segments, plannedMinutes: plannedMinutes(plan) };
}

export function sleepNoisePlan(minutes: number): NoisePlan {
  const ms = minutes * 60_000;
  return { colour: 'brown', ms, fadeInMs: 10_000, fadeOutMs: Math.round(ms / 3), level: 0.16, seed: minutes };
}

export const trackIds = {
  breathing: (technique: string, minutes: number) => `breathing-${technique}-${minutes}`,
  pmr: (variant: number) => `pmr-full-${variant}`,
  bedtime: (variant: number) => `bedtime-${variant}`,
  sleep: (minutes: number) => `sleep-brown-${minutes}`,
};

function buildSpec(id: string): TrackSpec | undefined {
  let m = /^breathing-([a-z0-9]+)-(\d+)$/.exec(id);
  if (m && LONG_BREATHING_TECHNIQUES.includes(m[1] as TechniqueId) && LONG_BREATHING_MINUTES.includes(Number(m[2]))) {
    const minutes = Number(m[2]);
    const timeline = longBreathingTrackTimeline(m[1] as TechniqueId, minutes);
    return { id, kind: 'timeline', practice: timeline.practice, minutes: timeline.plannedMinutes, timeline, tones: true };
  }
  m = /^(pmr-full|bedtime)-(\d+)$/.exec(id);
  if (m && Number(m[2]) < COMPASSION_LINES.length) {
    const line = COMPASSION_LINES[Number(m[2])]!;
    const timeline = m[1] === 'bedtime' ? bedtimeTimeline([line]) : pmrTimeline('full', [PMR_CLOSE, line]);
    return { id, kind: 'timeline', practice: timeline.practice, minutes: timeline.plannedMinutes, timeline, tones: m[1] !== 'bedtime' };
  }
  m = /^sleep-brown-(\d+)$/.exec(id);
  if (m && SLEEP_SOUND_MINUTES.includes(Number(m[1]))) {
    const minutes = Number(m[1]);
    return { id, kind: 'noise', practice: 'sleep-sounds', minutes, noise: sleepNoisePlan(minutes) };
  }
  return undefined;
}

const specs = new Map<string, TrackSpec | undefined>();
const keys = new Map<string, string>();

/** The track of an id, built once per container; undefined for an id Steady never issues. */
export function trackSpec(id: string): TrackSpec | undefined {
  if (!specs.has(id)) specs.set(id, buildSpec(id));
  return specs.get(id);
}

/** The content hash that names a track's file. */
export function trackKey(spec: TrackSpec): string {
  let key = keys.get(spec.id);
  if (key === undefined) {
    const content = spec.kind === 'timeline' ? { segments: spec.timeline.segments, tones: spec.tones } : { noise: spec.noise };
    key = createHash('sha256').update(JSON.stringify({ v: RENDER_VERSION, content })).digest('hex').slice(0, 20);
    keys.set(spec.id, key);
  }
  return key;
}

export function trackPath(spec: TrackSpec): string {
  return `tracks/${trackKey(spec)}.mp3`;
}

/** Every track a deploy renders. */
export function allTrackIds(): string[] {
  return [
    ...LONG_BREATHING_TECHNIQUES.flatMap((t) => LONG_BREATHING_MINUTES.map((m) => trackIds.breathing(t, m))),
    ...COMPASSION_LINES.map((_, i) => trackIds.pmr(i)),
    ...COMPASSION_LINES.map((_, i) => trackIds.bedtime(i)),
    ...SLEEP_SOUND_MINUTES.map(trackIds.sleep),
  ];
}

/** The variant of a daily-changing session for the day: the same choice as the spoken version makes. */
export function variantFor(localDayLine: string): number {
  return Math.max(0, COMPASSION_LINES.indexOf(localDayLine));
}
