import { breathStagePhases } from '../grounding/slow-breath';
import { spokenPhase } from '../guided-phase';
import { sessionTimeline } from '../session-timeline';
import { say, type Segment, type Timeline } from '../timeline';
import { GUIDE_VOICE } from '../voices';
import { emergencyFirst, FEET_ON_THE_FLOOR, GROUNDING_BREATHS, reachOut, STARTING_NOW, type Distress } from './wording';

const AFTER_OPENING_MS = 1000;
const AFTER_GROUNDING_MS = 3000;
const AFTER_REACH_OUT_MS = 1500;

/**
 * A short grounding breath for someone overwhelmed or panicking: it starts breathing at once
 * (after the emergency line, for someone who cannot breathe), grounds them, then says gently
 * where to find more help (the locale's line and emergency number) before the closing lines. An
 * opening, such as the feelings net's naming of the feeling, comes first. It counts as grounding
 * in the user's history.
 */
export function overwhelmedTimeline(
  distress: Distress,
  closing: readonly string[],
  locale?: string,
  opening: readonly Segment[] = [],
): Timeline {
  const segments: Segment[] = [
    ...opening,
    ...(distress === 'breathless' ? spokenPhase('safety', 0, GUIDE_VOICE, emergencyFirst(locale), AFTER_OPENING_MS) : []),
    ...spokenPhase('guide', 1, GUIDE_VOICE, STARTING_NOW, AFTER_OPENING_MS),
    ...breathStagePhases(GROUNDING_BREATHS, GUIDE_VOICE),
    ...spokenPhase('guide', 2, GUIDE_VOICE, FEET_ON_THE_FLOOR, AFTER_GROUNDING_MS),
    ...spokenPhase('safety', 1, GUIDE_VOICE, reachOut(locale), AFTER_REACH_OUT_MS),
    ...(closing.length > 0 ? [say(closing.join(' '), GUIDE_VOICE)] : []),
  ];
  return sessionTimeline('grounding', segments);
}
