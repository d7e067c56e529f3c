import { fitsOneReply } from '../../delivery/reply-fit';
import { closingBell, openingBell } from '../bell';
import { breathStagePhases } from '../grounding/slow-breath';
import { spokenPhase } from '../guided-phase';
import { styledTimeline } from '../session-timeline';
import { EVERYDAY_STYLE, type SessionStyle, wordingTurn } from '../session-style';
import { say, type Segment, type Timeline } from '../../timeline';
import type { Words } from '../../content/words';
import { GUIDE_VOICE } from '../voices';
import { muscleGroupsPhases } from './muscle-group-phases';
import { pmrVariant, SHORTER, type RelaxationLength } from './variants';
import { pickForTurn } from '../day-index';

const AFTER_SETTLING_MS = 4000;
const AFTER_INTRODUCTION_MS = 1500;
const AFTER_SAFETY_MS = 3000;
const BODY_CHECK_SILENCE_MS = 15_000;
const AFTER_BODY_CHECK_MS = 4000;
/** Time to do what each number of the count back asks. */
const AFTER_COUNT_MS = 3000;
/** The first breath, before anything is explained. */
const FIRST_INHALE_MS = 4000;
const FIRST_EXHALE_MS = 6000;

/** The bell, one slow breath at once, settling in, then what the practice is and how to stay safe. */
function opening({ relaxation: words }: Words, notices: readonly string[], style: SessionStyle, turn: number): Segment[] {
  return [
    ...openingBell(style),
    ...breathStagePhases(
      {
        inhaleMs: FIRST_INHALE_MS,
        exhaleMs: FIRST_EXHALE_MS,
        breaths: 1,
        firstInhaleCue: words.firstBreath.inhale,
        firstExhaleCue: words.firstBreath.exhale,
      },
      GUIDE_VOICE,
    ),
    ...spokenPhase('settle-in', 0, GUIDE_VOICE, [...notices, pickForTurn(words.settlings, turn)].join(' '), AFTER_SETTLING_MS),
    ...spokenPhase('introduction', 0, GUIDE_VOICE, pickForTurn(words.introductions, turn), AFTER_INTRODUCTION_MS),
    ...spokenPhase('safety', 0, GUIDE_VOICE, words.safety, AFTER_SAFETY_MS),
  ];
}

function bodyCheck({ relaxation: words }: Words, turn: number): Segment[] {
  return [
    ...spokenPhase('body-check', 0, GUIDE_VOICE, pickForTurn(words.bodyChecks, turn + 1), BODY_CHECK_SILENCE_MS),
    ...spokenPhase('settle', 0, GUIDE_VOICE, pickForTurn(words.afterBodyChecks, turn + 2), AFTER_BODY_CHECK_MS),
  ];
}

/** Back from four to one, the way the session began: the eyes opened only if they were closed. */
function countBack({ relaxation: words }: Words): Segment[] {
  return words.countBack.flatMap((line, i) => spokenPhase('count-back', i, GUIDE_VOICE, line, AFTER_COUNT_MS));
}

function pmrVersion(
  words: Words,
  length: RelaxationLength,
  notices: readonly string[],
  closing: readonly string[],
  style: SessionStyle,
): Timeline {
  const variant = pmrVariant(words, length);
  const turn = wordingTurn(style);
  const segments: Segment[] = [
    ...opening(words, notices, style, turn),
    ...muscleGroupsPhases(words, variant.groups, variant, GUIDE_VOICE, turn),
    ...bodyCheck(words, turn),
    ...countBack(words),
    ...closingBell(style),
    ...(closing.length > 0 ? [say(closing.join(' '), GUIDE_VOICE)] : []),
  ];
  return styledTimeline('pmr', segments, style);
}

/**
 * Progressive muscle relaxation after Bernstein and Borkovec: a first breath, settling in, the
 * safety reminder, each muscle group tensed on "now" and released for 30-40 s, a body check, a
 * count back from four to one, then the closing lines. A
 * version that would not fit one reply (the full sixteen groups) is replaced by the next shorter
 * one, and the user is told why.
 */
export function pmrTimeline(
  words: Words,
  length: RelaxationLength,
  closing: readonly string[],
  style: SessionStyle = EVERYDAY_STYLE,
  spokenBecause: 'one-reply' | 'audio-failed' = 'one-reply',
): Timeline {
  let chosen = length;
  let notices: string[] = [];
  for (;;) {
    const timeline = pmrVersion(words, chosen, notices, closing, style);
    const shorter = SHORTER[chosen];
    if (fitsOneReply(timeline.segments) || shorter === undefined) return timeline;
    chosen = shorter;
    notices = [words.relaxation.shorterVersionNotice(pmrVariant(words, chosen).groups.length, spokenBecause)];
  }
}

/**
 * One version exactly as asked, with no fallback: the full sixteen groups with their 30 s
 * releases, as its track is made. Whether it fits one reply (`replyFit`) decides which is played.
 */
export function pmrVersionTimeline(
  words: Words,
  length: RelaxationLength,
  closing: readonly string[],
  style: SessionStyle = EVERYDAY_STYLE,
): Timeline {
  return pmrVersion(words, length, [], closing, style);
}
