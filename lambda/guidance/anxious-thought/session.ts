/**
 * A hands-free session of about three minutes for an anxious thought: acknowledge and label the
 * feeling, notice the thought as a thought, one slow 4-4-6 breath, a balanced reframe matched to
 * the theme, and one small kind action, between the opening and the closing bell. It never asks
 * for the thought to be said aloud.
 */
import { closingBell, openingBell } from '../bell';
import { dayIndex, pickForTurn } from '../day-index';
import { spokenPhase } from '../guided-phase';
import { pacedCue } from '../paced';
import { EVERYDAY_STYLE, type SessionStyle } from '../session-style';
import { styledTimeline } from '../session-timeline';
import { say, type Segment, type Timeline } from '../../timeline';
import { CUE_VOICE, GUIDE_VOICE } from '../voices';
import type { Words } from '../../content/words';
import type { AnxiousTheme, ThemeContent } from './themes';

/** Recorded as this practice, whatever the theme: the theme is never stored. */
export const REFRAME_PRACTICE = 'reframe';

/** The words of the session, in the request's language. */
export type AnxiousThoughtWords = Words['anxiousThought'];

/** The one 4-4-6 breath. */
const BREATH_MS = { inhale: 4000, hold: 4000, exhale: 6000 } as const;

const AFTER_ACKNOWLEDGE_MS = 8000;
const AFTER_NOTICE_MS = 15_000;
const AFTER_EVENT_MS = 12_000;
const AFTER_BREATH_INTRODUCTION_MS = 1000;
const AFTER_REFRAME_MS = 12_000;
const AFTER_REFRAME_ECHO_MS = 10_000;
const AFTER_ACTION_MS = 8000;

/** Which version a day (and an offset, so parts turn at different places) says. */
const versionFor = <T>(versions: readonly T[], localDay: string, offset = 0): T => pickForTurn(versions, dayIndex(localDay) + offset);

/** The session's own last words for a day (`words.closes`: the first is the longest, which budgets are planned on). */
export function sessionCloseFor(words: AnxiousThoughtWords, localDay: string): string {
  return versionFor(words.closes, localDay);
}

export function contentFor(words: AnxiousThoughtWords, theme: AnxiousTheme | undefined): ThemeContent {
  return theme === undefined ? words.general : words.themes[theme];
}

/**
 * The reframe and the action for a day: consecutive days never repeat either, because each moves
 * on by one entry a day through a list of at least two.
 */
export function choiceForDay(content: ThemeContent, localDay: string): { reframe: string; action: string } {
  const day = dayIndex(localDay);
  return { reframe: pickForTurn(content.reframes, day), action: pickForTurn(content.actions, day) };
}

function breathSegments(cues: AnxiousThoughtWords['breath']): Segment[] {
  return [
    ...pacedCue(cues.inhale, CUE_VOICE, { phase: 'inhale', phaseMs: BREATH_MS.inhale, index: 1 }),
    ...pacedCue(cues.hold, CUE_VOICE, { phase: 'hold', phaseMs: BREATH_MS.hold, index: 1 }),
    ...pacedCue(cues.exhale, CUE_VOICE, { phase: 'exhale', phaseMs: BREATH_MS.exhale, index: 1 }),
  ];
}

/** `acknowledgement`, when given, names the feeling in the person's own terms instead of the theme's words. */
export function anxiousThoughtTimeline(
  words: AnxiousThoughtWords,
  theme: AnxiousTheme | undefined,
  localDay: string,
  closing: readonly string[],
  acknowledgement?: string,
  style: Pick<SessionStyle, 'nightVoice' | 'bells'> = EVERYDAY_STYLE,
): Timeline {
  const content = contentFor(words, theme);
  const { reframe, action } = choiceForDay(content, localDay);
  const { lead, echo } = versionFor(words.reframeLeads, localDay, 3);
  const segments: Segment[] = [
    ...openingBell(style),
    ...spokenPhase('acknowledge', 1, GUIDE_VOICE, acknowledgement ?? content.acknowledge, AFTER_ACKNOWLEDGE_MS),
    ...spokenPhase('notice', 1, GUIDE_VOICE, versionFor(words.noticeTheThought, localDay), AFTER_NOTICE_MS),
    ...spokenPhase('notice', 2, GUIDE_VOICE, versionFor(words.thoughtAsEvent, localDay, 2), AFTER_EVENT_MS),
    ...spokenPhase('breath', 0, GUIDE_VOICE, versionFor(words.breathIntroductions, localDay, 1), AFTER_BREATH_INTRODUCTION_MS),
    ...breathSegments(words.breath),
    ...spokenPhase('reframe', 1, GUIDE_VOICE, `${lead} ${reframe}`, AFTER_REFRAME_MS),
    ...spokenPhase('reframe', 2, GUIDE_VOICE, `${echo} ${reframe}`, AFTER_REFRAME_ECHO_MS),
    ...spokenPhase('action', 1, GUIDE_VOICE, words.smallAction(action), AFTER_ACTION_MS),
    ...closingBell(style),
    ...(closing.length > 0 ? [say(closing.join(' '), GUIDE_VOICE)] : []),
  ];
  return styledTimeline(REFRAME_PRACTICE, segments, style);
}
