import { spokenPhase } from '../guided-phase';
import { sessionTimeline } from '../session-timeline';
import { say, type Segment, type Timeline } from '../timeline';
import { GUIDE_VOICE } from '../voices';
import { muscleGroupsPhases } from './muscle-group-phases';
import { PMR_VARIANTS, type RelaxationLength } from './variants';
import { AFTER_BODY_CHECK, BODY_CHECK, PMR_INTRODUCTION, PMR_SAFETY } from './wording';

const AFTER_INTRODUCTION_MS = 1500;
const AFTER_SAFETY_MS = 3000;
const BODY_CHECK_SILENCE_MS = 15_000;
const AFTER_BODY_CHECK_MS = 4000;

function opening(): Segment[] {
  return [
    ...spokenPhase('introduction', 0, GUIDE_VOICE, PMR_INTRODUCTION, AFTER_INTRODUCTION_MS),
    ...spokenPhase('safety', 0, GUIDE_VOICE, PMR_SAFETY, AFTER_SAFETY_MS),
  ];
}

function bodyCheck(): Segment[] {
  return [
    ...spokenPhase('body-check', 0, GUIDE_VOICE, BODY_CHECK, BODY_CHECK_SILENCE_MS),
    ...spokenPhase('settle', 0, GUIDE_VOICE, AFTER_BODY_CHECK, AFTER_BODY_CHECK_MS),
  ];
}

/**
 * Progressive muscle relaxation: the safety reminder, each muscle group tensed and released,
 * a body check, then the closing lines (a warm close, the compassion line, any milestone).
 */
export function pmrTimeline(length: RelaxationLength, closing: readonly string[]): Timeline {
  const variant = PMR_VARIANTS[length];
  const segments: Segment[] = [
    ...opening(),
    ...muscleGroupsPhases(variant.groups, variant, GUIDE_VOICE),
    ...bodyCheck(),
    ...(closing.length > 0 ? [say(closing.join(' '), GUIDE_VOICE)] : []),
  ];
  return sessionTimeline('pmr', segments);
}
