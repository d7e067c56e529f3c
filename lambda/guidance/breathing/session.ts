import { spokenMs } from '../../speech/timing';
import { pacedCue } from '../paced';
import { countedMinutes, sessionTimeline } from '../session-timeline';
import { pause, say, type Segment, type Timeline } from '../timeline';
import { CUE_VOICE, GUIDE_VOICE } from '../voices';
import { cueFor, SPARSE_HANDOVER, type CueDensity } from './cues';
import type { BreathingPlan } from './plan';
import { cycleMs, type BreathingTechnique } from './techniques';

const BODY_CHECK =
  "Now let your breath find its own pace, and check in with your body. Notice your shoulders, your jaw, your hands. Wherever you find tension, let it soften a little.";
const AFTER_SPEECH_MS = 1200;
const AFTER_BODY_CHECK_MS = 4000;
/** Room kept for the closing lines when a length in minutes is turned into breaths. */
export const CLOSING_ALLOWANCE_MS = 7000;

/**
 * The length of segments once rendered, wrapper included; injected so guidance never builds SSML
 * itself. Pieces that start with speech can be measured apart and added up.
 */
export type SsmlLength = (segments: readonly Segment[]) => number;

const WRAPPER_CHARS = '<speak></speak>'.length;

/** The words that start each phase of one breath; undefined where the phase is kept silent. */
function breathCues(technique: BreathingTechnique, breath: number, density: CueDensity, handover: boolean): (string | undefined)[] {
  const cues: (string | undefined)[] = [];
  for (const phase of technique.phases) {
    cues.push(handover && phase.kind === 'exhale' ? SPARSE_HANDOVER : cueFor(technique, phase, breath, density));
  }
  return cues;
}

function breathSegments(technique: BreathingTechnique, breath: number, cues: readonly (string | undefined)[]): Segment[] {
  const segments: Segment[] = [];
  technique.phases.forEach((phase, i) => {
    const mark = { phase: phase.kind, phaseMs: phase.ms, index: breath };
    const text = cues[i];
    if (text === undefined) segments.push(pause(phase.ms, mark));
    else segments.push(...pacedCue(text, CUE_VOICE, mark));
  });
  return segments;
}

function opening(plan: BreathingPlan): Segment[] {
  const lines = [...plan.notices, ...(plan.introduce ? [plan.technique.introduction] : [])];
  if (lines.length === 0) return [];
  return [say(lines.join(' '), GUIDE_VOICE), pause(AFTER_SPEECH_MS)];
}

function ending(plan: BreathingPlan, closing: readonly string[]): Segment[] {
  const segments: Segment[] = [];
  if (plan.technique.bodyCheck) segments.push(say(BODY_CHECK, GUIDE_VOICE), pause(AFTER_BODY_CHECK_MS));
  if (closing.length > 0) segments.push(say(closing.join(' '), GUIDE_VOICE));
  return segments;
}

/**
 * How many breaths a plan guides. A length in minutes becomes the number of whole breaths that,
 * with the opening, body check and close, comes closest to it.
 */
export function breathCount(plan: BreathingPlan): number {
  if (plan.breaths !== undefined) return plan.breaths;
  return Math.max(1, Math.round(((plan.targetMs ?? 0) - unbreathedMs(plan)) / cycleMs(plan.technique)));
}

/** The spoken time around the breaths: opening, body check, and room for the closing lines. */
function unbreathedMs(plan: BreathingPlan): number {
  return spokenMs({ segments: [...opening(plan), ...ending(plan, [])] }) + CLOSING_ALLOWANCE_MS;
}

/** Minutes the session will count for, known before the closing words are chosen. */
export function plannedMinutes(plan: BreathingPlan): number {
  return countedMinutes(unbreathedMs(plan) + breathCount(plan) * cycleMs(plan.technique));
}

/**
 * The rendered length of one breath, by its cues: a breath's silences follow from its cue words,
 * so breaths with the same words render to the same length wherever they fall.
 */
function breathMeasurer(technique: BreathingTechnique, measure: SsmlLength) {
  const memo = new Map<string, number>();
  return (cues: readonly (string | undefined)[]): number => {
    const key = cues.join('|');
    let length = memo.get(key);
    if (length === undefined) {
      length = measure(breathSegments(technique, 1, cues)) - WRAPPER_CHARS + 1;
      memo.set(key, length);
    }
    return length;
  };
}

function piecesLength(piece: readonly Segment[], measure: SsmlLength): number {
  return piece.length === 0 ? 0 : measure(piece) - WRAPPER_CHARS + 1;
}

/**
 * Builds the whole session. Every breath keeps its timing; when a long session would not fit one
 * response, later breaths are cued with fewer words (the user is told), never cut short.
 */
export function breathingTimeline(
  plan: BreathingPlan,
  closing: readonly string[],
  measure: SsmlLength,
  budget: number,
): Timeline {
  const { technique } = plan;
  const count = breathCount(plan);
  const head = opening(plan);
  const tail = ending(plan, closing);
  const breathLength = breathMeasurer(technique, measure);
  const room = budget - (WRAPPER_CHARS - 1 + piecesLength(head, measure) + piecesLength(tail, measure));

  const timeline = (cuesOf: (breath: number) => readonly (string | undefined)[]): Timeline => {
    const segments: Segment[] = [...head];
    for (let breath = 1; breath <= count; breath += 1) segments.push(...breathSegments(technique, breath, cuesOf(breath)));
    segments.push(...tail);
    return sessionTimeline(technique.id, segments);
  };

  for (const density of ['guided', 'plain'] as const) {
    let used = 0;
    for (let breath = 1; breath <= count && used <= room; breath += 1) {
      used += breathLength(breathCues(technique, breath, density, false));
    }
    if (used <= room) return timeline((breath) => breathCues(technique, breath, density, false));
  }

  // Breaths 1..k cued plainly (the k-th hands over), the rest with one word: the largest k that
  // fits. A plain breath is never shorter than a sparse one, so the total only grows with k.
  const sparse = breathLength(breathCues(technique, 2, 'sparse', false));
  let plainHead = breathLength(breathCues(technique, 1, 'plain', false));
  let best = 2;
  for (let k = 2; k <= count; k += 1) {
    const total = plainHead + breathLength(breathCues(technique, k, 'plain', true)) + (count - k) * sparse;
    if (total > room) break;
    best = k;
    plainHead += breathLength(breathCues(technique, k, 'plain', false));
  }
  return timeline((breath) =>
    breathCues(technique, breath, breath <= best ? 'plain' : 'sparse', breath === best),
  );
}
