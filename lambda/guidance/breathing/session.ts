import { spokenMs } from '../../speech/timing';
import { pacedCue } from '../paced';
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

function breathSegments(technique: BreathingTechnique, breath: number, density: CueDensity, handover: boolean): Segment[] {
  return technique.phases.flatMap((phase) => {
    const mark = { phase: phase.kind, phaseMs: phase.ms, index: breath };
    const text = handover && phase.kind === 'exhale' ? SPARSE_HANDOVER : cueFor(technique, phase, breath, density);
    return text === undefined ? [pause(phase.ms, mark)] : pacedCue(text, CUE_VOICE, mark);
  });
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
  const fixedMs = spokenMs({ segments: [...opening(plan), ...ending(plan, [])] }) + CLOSING_ALLOWANCE_MS;
  return Math.max(1, Math.round(((plan.targetMs ?? 0) - fixedMs) / cycleMs(plan.technique)));
}

/** Minutes the session will count for, known before the closing words are chosen. */
export function plannedMinutes(plan: BreathingPlan): number {
  const fixedMs = spokenMs({ segments: [...opening(plan), ...ending(plan, [])] }) + CLOSING_ALLOWANCE_MS;
  return Math.round((fixedMs + breathCount(plan) * cycleMs(plan.technique)) / 6000) / 10;
}

function pieceKey(piece: readonly Segment[]): string {
  return piece.map((segment) => (segment.kind === 'pause' ? segment.ms : segment.kind === 'say' ? segment.text : segment.src)).join('|');
}

/** Measures pieces that each begin with speech; they add up, one space apart, inside one wrapper. */
function pieceMeasurer(measure: SsmlLength): (piece: readonly Segment[]) => number {
  const memo = new Map<string, number>();
  return (piece) => {
    if (piece.length === 0) return 0;
    const key = pieceKey(piece);
    let length = memo.get(key);
    if (length === undefined) {
      length = measure(piece) - WRAPPER_CHARS + 1;
      memo.set(key, length);
    }
    return length;
  };
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
  const lengthOf = pieceMeasurer(measure);
  const timeline = (breathPieces: readonly Segment[][]): Timeline => {
    const segments = [...head, ...breathPieces.flat(), ...tail];
    return { practice: technique.id, segments, plannedMinutes: Math.round(spokenMs({ segments }) / 6000) / 10 };
  };
  const fixed = WRAPPER_CHARS - 1 + lengthOf(head) + lengthOf(tail);
  const breathNumbers = Array.from({ length: count }, (_, i) => i + 1);

  for (const density of ['guided', 'plain'] as const) {
    const pieces = breathNumbers.map((breath) => breathSegments(technique, breath, density, false));
    if (fixed + pieces.reduce((sum, piece) => sum + lengthOf(piece), 0) <= budget) return timeline(pieces);
  }

  // Breaths 1..k cued in full (the k-th hands over), the rest with one word: the largest k that fits.
  const plain = breathNumbers.map((breath) => breathSegments(technique, breath, 'plain', false));
  const sparse = breathNumbers.map((breath) => breathSegments(technique, breath, 'sparse', false));
  let sparseTail = sparse.reduce((sum, piece) => sum + lengthOf(piece), 0);
  let plainHead = 0;
  let best = 1;
  for (let k = 1; k <= count; k += 1) {
    sparseTail -= lengthOf(sparse[k - 1]!);
    const handover = lengthOf(breathSegments(technique, k, 'plain', true));
    if (k >= 2 && fixed + plainHead + handover + sparseTail <= budget) best = k;
    plainHead += lengthOf(plain[k - 1]!);
  }
  const k = Math.max(best, 2);
  return timeline([
    ...plain.slice(0, k - 1),
    breathSegments(technique, k, 'plain', true),
    ...sparse.slice(k),
  ]);
}
