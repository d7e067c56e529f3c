import type { Words } from '../../content/words';
import { replyFit, type OneReply } from '../../delivery/reply-fit';
import { spokenMs } from '../../speech/timing';
import { closingBell, openingBell } from '../bell';
import { pickForTurn } from '../day-index';
import { phaseWithLines, type PhaseLine } from '../guided-phase';
import { pacedLine } from '../paced';
import { countedMinutes, sessionTimeline } from '../session-timeline';
import { EVERYDAY_STYLE, type SessionStyle, wordingTurn } from '../session-style';
import { withSoftVoice } from '../soft-voice';
import { pause, say, type Segment, type Timeline } from '../../timeline';
import { GUIDE_VOICE } from '../voices';
import { breathLines, cueStage, type CueStage } from './cues';
import { withFoldedLine } from './folded-line';
import type { BreathingPlan } from './plan';
import { cycleMs, type BreathingTechnique } from './techniques';

const AFTER_SPEECH_MS = 1200;
const AFTER_BODY_CHECK_MS = 4000;
/** Room kept for the closing lines when a length in minutes is turned into breaths. */
export const CLOSING_ALLOWANCE_MS = 7000;
/** A counted number may leave this little quiet before the next phase starts on time. */
const COUNTED_REST_MS = 200;

function phaseSegments(lines: readonly PhaseLine[] | undefined, mark: { phase: string; phaseMs: number; index: number }): Segment[] {
  if (lines === undefined) return [pause(mark.phaseMs, mark)];
  if (lines.length === 1) return pacedLine(lines[0]!.said, mark);
  return phaseWithLines(mark, lines, COUNTED_REST_MS);
}

/**
 * One breath said at a stage of the cueing curve in the wording of `turn`, with a line of
 * explanation folded into it when given; a phase with nothing to say is a marked pause.
 */
export function breathAtStage(
  words: Words,
  technique: BreathingTechnique,
  stage: CueStage,
  breath: number,
  turn: number,
  folded?: string,
): Segment[] {
  // A breath that carries a line of explanation says its other phases plainly: one line a breath.
  const staged = breathLines(words, technique, folded !== undefined && stage === 'return' ? 'plain' : stage, breath, turn);
  const lines = folded === undefined ? staged : withFoldedLine(words, technique, staged, folded);
  return technique.phases.flatMap((phase, i) => phaseSegments(lines[i], { phase: phase.kind, phaseMs: phase.ms, index: breath }));
}

/**
 * The lines folded into the breaths after the first, one a breath: the technique named as it is
 * done, then the second line of the day.
 */
export function foldedLines(words: Words, plan: BreathingPlan, turn: number): readonly string[] {
  if (!plan.introduce) return [];
  const { first, second } = words.breathing.techniques[plan.technique.id].introduction;
  return [first, pickForTurn(second, turn)];
}

/**
 * One breath at its stage of the cueing curve in a session of `count` breaths, in the wording of
 * `turn`, with the plan's folded line for it.
 */
export function breathSegments(words: Words, plan: BreathingPlan, breath: number, count: number, turn: number, sparser = 0): Segment[] {
  const folded = foldedLines(words, plan, turn)[breath - 2];
  return breathAtStage(words, plan.technique, cueStage(breath, count, sparser), breath, turn, folded);
}

/**
 * Before the first breath: the bell, and only what must come first: a technique not known, a
 * length said back with why. From the first breath on nothing stops the rhythm.
 */
export function opening(plan: BreathingPlan, style: SessionStyle): Segment[] {
  const lines = [...plan.beforeFirstBreath, ...plan.notices];
  return [...openingBell(style), ...(lines.length > 0 ? [say(lines.join(' '), GUIDE_VOICE), pause(AFTER_SPEECH_MS)] : [])];
}

/**
 * After the last breath: the body check where the technique has one (one version a day; none is
 * longer than the first, which the session's length is planned on), the bell, and the close.
 */
export function ending(words: Words, plan: BreathingPlan, closing: readonly string[], style: SessionStyle): Segment[] {
  const segments: Segment[] = [];
  const bodyCheck = pickForTurn(words.breathing.bodyChecks, wordingTurn(style));
  if (plan.technique.bodyCheck) segments.push(say(bodyCheck, GUIDE_VOICE), pause(AFTER_BODY_CHECK_MS));
  segments.push(...closingBell(style));
  if (closing.length > 0) segments.push(say(closing.join(' '), GUIDE_VOICE));
  return segments;
}

/**
 * How many breaths a plan guides. A length in minutes becomes the number of whole breaths that,
 * with the opening, body check and close, comes closest to it.
 */
export function breathCount(words: Words, plan: BreathingPlan): number {
  if (plan.breaths !== undefined) return plan.breaths;
  return Math.max(1, Math.round(((plan.targetMs ?? 0) - unbreathedMs(words, plan)) / cycleMs(plan.technique)));
}

/** The spoken time around the breaths: opening, body check, close. */
function unbreathedMs(words: Words, plan: BreathingPlan): number {
  return spokenMs({ segments: [...opening(plan, EVERYDAY_STYLE), ...ending(words, plan, [], EVERYDAY_STYLE)] }) + CLOSING_ALLOWANCE_MS;
}

/** Minutes the session will count for, known before the closing words are chosen. */
export function plannedMinutes(words: Words, plan: BreathingPlan): number {
  return countedMinutes(unbreathedMs(words, plan) + breathCount(words, plan) * cycleMs(plan.technique));
}

function buildBreathing(
  words: Words,
  plan: BreathingPlan,
  closing: readonly string[],
  style: SessionStyle,
  count: number,
  sparser: number,
): Timeline {
  const segments: Segment[] = [...opening(plan, style)];
  for (let breath = 1; breath <= count; breath += 1) {
    segments.push(...breathSegments(words, plan, breath, count, wordingTurn(style), sparser));
  }
  segments.push(...ending(words, plan, closing, style));
  return sessionTimeline(plan.technique.id, style.nightVoice ? withSoftVoice(segments) : segments);
}

/**
 * The whole session as planned, with no guard: what one reply would have to say. Whether it fits
 * (`replyFit`) decides between one spoken reply and a track.
 */
export function wholeBreathingTimeline(
  words: Words,
  plan: BreathingPlan,
  closing: readonly string[],
  style: SessionStyle = EVERYDAY_STYLE,
): Timeline {
  return buildBreathing(words, plan, closing, style, breathCount(words, plan), 0);
}

/**
 * Builds the whole session in the voice it will be said in, and its SSML as the check that it
 * fits one reply rendered it. The first breath is counted aloud within a few seconds of the
 * request; the voice then steps back breath by breath and returns for the last breaths and the
 * close. Every breath keeps its timing. Two guards stay behind the plan: a session that would not
 * fit the character budget steps back further, and one that would speak past nine minutes loses
 * breaths from its quiet middle (the plan already keeps it shorter).
 */
export function breathingSpeech(
  words: Words,
  plan: BreathingPlan,
  closing: readonly string[],
  style: SessionStyle = EVERYDAY_STYLE,
): OneReply {
  let count = breathCount(words, plan);
  for (;;) {
    for (let sparser = 0; sparser <= 3; sparser += 1) {
      const timeline = buildBreathing(words, plan, closing, style, count, sparser);
      const { fits, ssml } = replyFit(timeline.segments);
      // One breath at its sparsest is said even when it does not fit: there is nothing shorter.
      if (fits || (count === 1 && sparser === 3)) return { timeline, ssml };
    }
    count -= 1;
  }
}

/** The session `breathingSpeech` says, as a Timeline. */
export function breathingTimeline(
  words: Words,
  plan: BreathingPlan,
  closing: readonly string[],
  style: SessionStyle = EVERYDAY_STYLE,
): Timeline {
  return breathingSpeech(words, plan, closing, style).timeline;
}
