/**
 * Saying how you feel: a short spoken guide to an "I" statement, two examples in the guide's
 * spirit, and one calm 4-4-6 breath before the conversation, between the opening and the closing
 * bell. Hands-free, and nothing is stored.
 */
import type { Words } from '../../content/words';
import { closingBell, openingBell } from '../bell';
import { dayIndex, pickForDay, pickForTurn } from '../day-index';
import { spokenPhase } from '../guided-phase';
import { pacedCue } from '../paced';
import { EVERYDAY_STYLE, type SessionStyle } from '../session-style';
import { styledTimeline } from '../session-timeline';
import { say, type Segment, type Timeline } from '../../timeline';
import { CUE_VOICE, GUIDE_VOICE } from '../voices';

export const I_STATEMENT_PRACTICE = 'i-statement';

/** The words of the guide, in the request's language. */
export type IStatementWords = Words['iStatement'];

/** The day's two examples, introduced as such. */
export function examplesFor(words: IStatementWords, turn: number): string[] {
  const pool = words.examples;
  return [words.firstExample(pickForTurn(pool, turn)), words.secondExample(pickForTurn(pool, turn + 1))];
}

function breath(cues: IStatementWords['breath']): Segment[] {
  return [
    ...pacedCue(cues.inhale, CUE_VOICE, { phase: 'inhale', phaseMs: 4000, index: 1 }),
    ...pacedCue(cues.hold, CUE_VOICE, { phase: 'hold', phaseMs: 4000, index: 1 }),
    ...pacedCue(cues.exhale, CUE_VOICE, { phase: 'exhale', phaseMs: 6000, index: 1 }),
  ];
}

export function iStatementTimeline(
  words: IStatementWords,
  style: Pick<SessionStyle, 'nightVoice' | 'bells' | 'localDay'> = EVERYDAY_STYLE,
): Timeline {
  const turn = dayIndex(style.localDay);
  const version = (versions: readonly string[], offset: number) => pickForTurn(versions, turn + offset);
  const segments: Segment[] = [
    ...openingBell(style),
    ...spokenPhase('introduction', 0, GUIDE_VOICE, version(words.introductions, 0), 1000),
    ...spokenPhase('shape', 1, GUIDE_VOICE, words.shape, 3000),
    ...examplesFor(words, turn).flatMap((example, i) => spokenPhase('example', i + 1, GUIDE_VOICE, example, 3000)),
    ...spokenPhase('tips', 1, GUIDE_VOICE, version(words.tips, 1), 2000),
    ...spokenPhase('breath', 0, GUIDE_VOICE, version(words.breathIntroductions, 2), 1000),
    ...breath(words.breath),
    ...closingBell(style),
    say(pickForDay(words.closes, style.localDay), GUIDE_VOICE),
  ];
  return styledTimeline(I_STATEMENT_PRACTICE, segments, style);
}
