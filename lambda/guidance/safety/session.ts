import type { Words } from '../../content/words';
import { closingBell } from '../bell';
import { breathStagePhases } from '../grounding/slow-breath';
import { spokenPhase } from '../guided-phase';
import { styledTimeline } from '../session-timeline';
import { EVERYDAY_STYLE, type SessionStyle, wordingTurn } from '../session-style';
import { say, type Segment, type Timeline } from '../../timeline';
import { GUIDE_VOICE } from '../voices';
import { pickForTurn } from '../day-index';
import { emergencyFirst, groundingBreaths, reachOut, type Distress } from './wording';

const AFTER_OPENING_MS = 600;
const AFTER_EMERGENCY_MS = 1000;
const AFTER_FIRST_BREATHS_MS = 600;
const AFTER_GROUNDING_MS = 3000;
const AFTER_REACH_OUT_MS = 1500;
/** Breaths before the voice says what they are doing. */
const FIRST_BREATHS = 2;

/**
 * A short grounding breath for someone overwhelmed or panicking: the first in-breath comes at
 * once (after the emergency line, for someone who cannot breathe), with no bell to wait for; then
 * it grounds them and says gently where to find more help before the closing lines. A bell marks
 * the end, and the last words say how to keep going, without keeping the session listening. The
 * line and number are the locale's. An opening, such as the feelings net's naming of the feeling,
 * comes first. Its words turn by day and by round, so a second panic does not hear the first word
 * for word. It counts as breathing in the user's history. Its words are the request language's.
 */
export function overwhelmedTimeline(
  words: Words,
  distress: Distress,
  closing: readonly string[],
  style: SessionStyle = EVERYDAY_STYLE,
  locale?: string,
  opening: readonly Segment[] = [],
): Timeline {
  const said = words.safety.distress;
  const breaths = groundingBreaths(words);
  const rest = {
    ...breaths,
    breaths: breaths.breaths - FIRST_BREATHS,
    firstInhaleCue: said.inhaleCue,
    firstExhaleCue: said.exhaleCue,
  };
  const turn = wordingTurn(style);
  const segments: Segment[] = [
    ...opening,
    ...(distress === 'breathless' ? spokenPhase('safety', 0, GUIDE_VOICE, emergencyFirst(words, locale), AFTER_EMERGENCY_MS) : []),
    ...spokenPhase('guide', 1, GUIDE_VOICE, pickForTurn(said.startingNow, turn), AFTER_OPENING_MS),
    ...breathStagePhases({ ...breaths, breaths: FIRST_BREATHS }, GUIDE_VOICE),
    ...spokenPhase('guide', 2, GUIDE_VOICE, pickForTurn(said.oneBreathAtATime, turn), AFTER_FIRST_BREATHS_MS),
    ...breathStagePhases(rest, GUIDE_VOICE, FIRST_BREATHS + 1),
    ...spokenPhase('guide', 3, GUIDE_VOICE, pickForTurn(said.feetOnTheFloor, turn), AFTER_GROUNDING_MS),
    ...spokenPhase('safety', 1, GUIDE_VOICE, reachOut(words, locale), AFTER_REACH_OUT_MS),
    ...closingBell(style),
    say([...closing, pickForTurn(said.keepGoing, turn)].join(' '), GUIDE_VOICE),
  ];
  return styledTimeline('panic', segments, style);
}
