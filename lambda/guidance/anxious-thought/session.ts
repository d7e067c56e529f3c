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
import { GENERAL_CONTENT, THEME_CONTENT, type AnxiousTheme, type ThemeContent } from './themes';

/** Recorded as this practice, whatever the theme: the theme is never stored. */
export const REFRAME_PRACTICE = 'reframe';

/**
 * Noticing the thought as a thought, one version a day. Each says out loud that nothing has to be
 * said out loud (true whether or not the person named a thought), and the words to put before the
 * thought end on the thought itself, so the line never sounds cut off.
 */
export const NOTICE_THE_THOUGHTS: readonly string[] = [
  "There's no need to say anything out loud. Just notice the thought, and in your mind, put a few words before it: I'm having the thought that, and then the thought itself.",
  "Nothing needs to be said out loud. Notice the thought, and quietly begin it with: I'm noticing the thought that, followed by the thought.",
  'You can keep it all to yourself; nothing needs saying out loud. Let the thought come, and frame it in your mind as: my mind is telling me that, and then the thought.',
  "There's no need to put it into words out loud. Just notice the thought, and give it a label in your mind: I'm having the thought that, and then let the thought finish.",
];
export const THOUGHT_AS_EVENTS: readonly string[] = [
  "A thought is something happening in your mind, like a car going past. It isn't a fact, and you don't have to follow it.",
  'A thought is an event in your mind, like a cloud crossing the sky. It can pass without you chasing it.',
  'Thoughts come and go, like voices in the next room. You can hear one without doing what it says.',
  "A thought is a bit like weather: it arrives, and it moves on. It isn't the same as what's true.",
  "Your mind makes thoughts all day, like a radio left on. You don't have to turn up the volume on this one.",
];
export const BREATH_INTRODUCTIONS: readonly string[] = [
  'Now, one slow breath together: in for 4, hold for 4, and out for 6.',
  'Let’s take one slow breath together: in for 4, hold for 4, out for 6.',
  'One slow breath with me: in for 4, hold for 4, and a long 6 out.',
];
/** What leads into the kinder answer and its echo, one pair a day. */
export const REFRAME_LEADS: readonly (readonly [string, string])[] = [
  ['Here is a kinder way to answer that thought.', 'Say it again in your mind, slowly.'],
  ['Try answering the thought this way.', 'Let those words sound again, slowly, in your mind.'],
  ['Here is another way to see it.', 'Say it to yourself once more, gently.'],
  ['A kinder answer might be this.', 'Let it settle, and say it again in your mind.'],
  ['You could answer the thought like this.', 'Repeat it quietly, in your own time.'],
  ['Here are some steadier words.', 'Say them once more, slowly, to yourself.'],
];

export const BREATH = {
  inhale: { text: 'Breathe in', ms: 4000 },
  hold: { text: 'Hold', ms: 4000 },
  exhale: { text: 'And out, slowly', ms: 6000 },
} as const;

const AFTER_ACKNOWLEDGE_MS = 8000;
const AFTER_NOTICE_MS = 15_000;
const AFTER_EVENT_MS = 12_000;
const AFTER_BREATH_INTRODUCTION_MS = 1000;
const AFTER_REFRAME_MS = 12_000;
const AFTER_REFRAME_ECHO_MS = 10_000;
const AFTER_ACTION_MS = 8000;

/** The session's own last words, one a day; the first is the longest, which budgets are planned on. */
/** Which version a day (and an offset, so parts turn at different places) says. */
const versionFor = <T>(versions: readonly T[], localDay: string, offset = 0): T => pickForTurn(versions, dayIndex(localDay) + offset);

export const SESSION_CLOSES: readonly string[] = [
  'You noticed a thought, breathed with it, and answered it kindly. That is real work, and it was yours.',
  'You gave that thought some room, and some kindness. That takes practice, and you did it.',
  'Thoughts like this may come back. Now you know a gentle way to meet them.',
  'You slowed down, and answered a worry with care. That counts.',
  'You stayed with a hard thought without letting it lead. Be proud of that.',
];
export const SESSION_CLOSE = SESSION_CLOSES[0]!;

export function sessionCloseFor(localDay: string): string {
  return versionFor(SESSION_CLOSES, localDay);
}

export function contentFor(theme: AnxiousTheme | undefined): ThemeContent {
  return theme === undefined ? GENERAL_CONTENT : THEME_CONTENT[theme];
}

/**
 * The reframe and the action for a day: consecutive days never repeat either, because each moves
 * on by one entry a day through a list of at least two.
 */
export function choiceForDay(content: ThemeContent, localDay: string): { reframe: string; action: string } {
  const day = dayIndex(localDay);
  return { reframe: pickForTurn(content.reframes, day), action: pickForTurn(content.actions, day) };
}

function breathSegments(): Segment[] {
  const { inhale, hold, exhale } = BREATH;
  return [
    ...pacedCue(inhale.text, CUE_VOICE, { phase: 'inhale', phaseMs: inhale.ms, index: 1 }),
    ...pacedCue(hold.text, CUE_VOICE, { phase: 'hold', phaseMs: hold.ms, index: 1 }),
    ...pacedCue(exhale.text, CUE_VOICE, { phase: 'exhale', phaseMs: exhale.ms, index: 1 }),
  ];
}

/** `acknowledgement`, when given, names the feeling in the person's own terms instead of the theme's words. */
export function anxiousThoughtTimeline(
  theme: AnxiousTheme | undefined,
  localDay: string,
  closing: readonly string[],
  acknowledgement?: string,
  style: Pick<SessionStyle, 'nightVoice' | 'bells'> = EVERYDAY_STYLE,
): Timeline {
  const content = contentFor(theme);
  const { reframe, action } = choiceForDay(content, localDay);
  const [lead, echo] = versionFor(REFRAME_LEADS, localDay, 3);
  const segments: Segment[] = [
    ...openingBell(style),
    ...spokenPhase('acknowledge', 1, GUIDE_VOICE, acknowledgement ?? content.acknowledge, AFTER_ACKNOWLEDGE_MS),
    ...spokenPhase('notice', 1, GUIDE_VOICE, versionFor(NOTICE_THE_THOUGHTS, localDay), AFTER_NOTICE_MS),
    ...spokenPhase('notice', 2, GUIDE_VOICE, versionFor(THOUGHT_AS_EVENTS, localDay, 2), AFTER_EVENT_MS),
    ...spokenPhase('breath', 0, GUIDE_VOICE, versionFor(BREATH_INTRODUCTIONS, localDay, 1), AFTER_BREATH_INTRODUCTION_MS),
    ...breathSegments(),
    ...spokenPhase('reframe', 1, GUIDE_VOICE, `${lead} ${reframe}`, AFTER_REFRAME_MS),
    ...spokenPhase('reframe', 2, GUIDE_VOICE, `${echo} ${reframe}`, AFTER_REFRAME_ECHO_MS),
    ...spokenPhase('action', 1, GUIDE_VOICE, `And one small, kind thing you could do next: ${action}.`, AFTER_ACTION_MS),
    ...closingBell(style),
    ...(closing.length > 0 ? [say(closing.join(' '), GUIDE_VOICE)] : []),
  ];
  return styledTimeline(REFRAME_PRACTICE, segments, style);
}
