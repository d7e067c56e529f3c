import { closingBell, openingBell } from '../bell';
import { estimateSpeechMs } from '../../speech/estimate';
import { phaseWithLines, spokenPhase, type PhaseLine } from '../guided-phase';
import { styledTimeline } from '../session-timeline';
import { EVERYDAY_STYLE, type SessionStyle } from '../session-style';
import { say, type Segment, type Timeline, type Voice } from '../../timeline';
import { GUIDE_VOICE } from '../voices';
import {
  FINAL_BREATH,
  FINAL_BREATH_INTRODUCTIONS,
  FIRST_BREATH,
  GROUNDING_INTRODUCTIONS,
  ITEM_COUNTS,
  promptFor,
  SENSE_STEPS,
  type SenseStep,
} from './script';
import { dayIndex, pickForTurn } from '../day-index';
import { breathStagePhases } from './slow-breath';

const AFTER_INTRODUCTION_MS = 2000;
const BEFORE_FINAL_BREATH_MS = 1000;

/** The voice of the soft counts between the things noticed. */
const COUNT_VOICE: Voice = { ...GUIDE_VOICE, volume: 'soft' };

/**
 * A sense's prompt, then quiet enough to notice every item it asks for, with a soft count as each
 * next one is due; the phase lasts as long as the prompt and the quiet did before the counts.
 */
function senseSegments(step: SenseStep, index: number, turn: number): Segment[] {
  const counts = ITEM_COUNTS.slice(0, step.count - 1);
  const prompt = promptFor(step, turn);
  const lines: PhaseLine[] = [
    { text: prompt, thenMs: step.perItemMs },
    ...counts.map((text) => ({ text, thenMs: step.perItemMs - estimateSpeechMs(text, COUNT_VOICE.ratePercent), voice: COUNT_VOICE })),
  ];
  const phaseMs = estimateSpeechMs(prompt, GUIDE_VOICE.ratePercent) + step.count * step.perItemMs;
  return phaseWithLines({ phase: step.sense, phaseMs, index }, GUIDE_VOICE, lines);
}

/** Grounding with the five senses: a breath first, the senses, one slow breath to finish, the close. */
export function groundingTimeline(closing: readonly string[], style: SessionStyle = EVERYDAY_STYLE): Timeline {
  const turn = dayIndex(style.localDay) + style.round;
  const introduction = pickForTurn(GROUNDING_INTRODUCTIONS, turn);
  const finalBreath = pickForTurn(FINAL_BREATH_INTRODUCTIONS, turn + 1);
  const segments: Segment[] = [
    ...openingBell(style),
    ...breathStagePhases(FIRST_BREATH, GUIDE_VOICE),
    ...spokenPhase('introduction', 0, GUIDE_VOICE, introduction, AFTER_INTRODUCTION_MS),
    ...SENSE_STEPS.flatMap((step, i) => senseSegments(step, i + 1, turn)),
    ...spokenPhase('breath', 0, GUIDE_VOICE, finalBreath, BEFORE_FINAL_BREATH_MS),
    ...breathStagePhases(FINAL_BREATH, GUIDE_VOICE, 2),
    ...closingBell(style),
    ...(closing.length > 0 ? [say(closing.join(' '), GUIDE_VOICE)] : []),
  ];
  return styledTimeline('grounding', segments, style);
}
