import { spokenPhase } from '../guided-phase';
import { sessionTimeline } from '../session-timeline';
import { say, type Segment, type Timeline } from '../timeline';
import { GUIDE_VOICE } from '../voices';
import { FINAL_BREATH, FINAL_BREATH_INTRODUCTION, GROUNDING_INTRODUCTION, SENSE_STEPS, type SenseStep } from './script';
import { breathStagePhases } from './slow-breath';

const AFTER_INTRODUCTION_MS = 2000;
const BEFORE_FINAL_BREATH_MS = 1000;

/** A sense's prompt, then quiet enough to notice every item it asks for. */
function senseSegments(step: SenseStep, index: number): Segment[] {
  return spokenPhase(step.sense, index, GUIDE_VOICE, step.prompt, step.count * step.perItemMs);
}

/** Grounding with the five senses, one slow breath to finish, then the closing lines. */
export function groundingTimeline(closing: readonly string[]): Timeline {
  const segments: Segment[] = [
    ...spokenPhase('introduction', 0, GUIDE_VOICE, GROUNDING_INTRODUCTION, AFTER_INTRODUCTION_MS),
    ...SENSE_STEPS.flatMap((step, i) => senseSegments(step, i + 1)),
    ...spokenPhase('breath', 0, GUIDE_VOICE, FINAL_BREATH_INTRODUCTION, BEFORE_FINAL_BREATH_MS),
    ...breathStagePhases(FINAL_BREATH, GUIDE_VOICE),
    ...(closing.length > 0 ? [say(closing.join(' '), GUIDE_VOICE)] : []),
  ];
  return sessionTimeline('grounding', segments);
}
