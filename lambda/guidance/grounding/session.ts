import { closingBell, openingBell } from '../bell';
import { phaseLine, phaseWithLines, spokenPhase, type PhaseLine } from '../guided-phase';
import { styledTimeline } from '../session-timeline';
import { EVERYDAY_STYLE, type SessionStyle, wordingTurn } from '../session-style';
import { say, type Segment, type Timeline, type Voice } from '../../timeline';
import type { Words } from '../../content/words';
import { GUIDE_VOICE } from '../voices';
import { finalBreath, firstBreath, promptFor, senseSteps, type SenseStep } from './script';
import { pickForTurn } from '../day-index';
import { breathStagePhases } from './slow-breath';

const AFTER_INTRODUCTION_MS = 2000;
const BEFORE_FINAL_BREATH_MS = 1000;

/** The voice of the soft counts between the things noticed. */
const COUNT_VOICE: Voice = { ...GUIDE_VOICE, volume: 'soft' };

/**
 * A sense's prompt, then quiet enough to notice every item it asks for, with a soft count as each
 * next one is due; the phase lasts as long as the prompt and the quiet did before the counts.
 */
function senseSegments(words: Words, step: SenseStep, index: number, turn: number): Segment[] {
  const counts = words.grounding.itemCounts.slice(0, step.count - 1);
  const prompt = say(promptFor(step, turn), GUIDE_VOICE);
  const lines: PhaseLine[] = [
    phaseLine(prompt, step.perItemMs),
    ...counts.map((text) => {
      const count = say(text, COUNT_VOICE);
      return phaseLine(count, step.perItemMs - count.ms);
    }),
  ];
  const phaseMs = prompt.ms + step.count * step.perItemMs;
  return phaseWithLines({ phase: step.sense, phaseMs, index }, lines);
}

/** Grounding with the five senses: a breath first, the senses, one slow breath to finish, the close. */
export function groundingTimeline(words: Words, closing: readonly string[], style: SessionStyle = EVERYDAY_STYLE): Timeline {
  const turn = wordingTurn(style);
  const introduction = pickForTurn(words.grounding.introductions, turn);
  const finalBreathIntroduction = pickForTurn(words.grounding.finalBreathIntroductions, turn + 1);
  const segments: Segment[] = [
    ...openingBell(style),
    ...breathStagePhases(firstBreath(words), GUIDE_VOICE),
    ...spokenPhase('introduction', 0, GUIDE_VOICE, introduction, AFTER_INTRODUCTION_MS),
    ...senseSteps(words).flatMap((step, i) => senseSegments(words, step, i + 1, turn)),
    ...spokenPhase('breath', 0, GUIDE_VOICE, finalBreathIntroduction, BEFORE_FINAL_BREATH_MS),
    ...breathStagePhases(finalBreath(words), GUIDE_VOICE, 2),
    ...closingBell(style),
    ...(closing.length > 0 ? [say(closing.join(' '), GUIDE_VOICE)] : []),
  ];
  return styledTimeline('grounding', segments, style);
}
