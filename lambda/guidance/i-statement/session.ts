/**
 * Saying how you feel: a short spoken guide to an "I" statement, two examples in the guide's
 * spirit, and one calm 4-4-6 breath before the conversation, between the opening and the closing
 * bell. Hands-free, and nothing is stored.
 */
import { closingBell, openingBell } from '../bell';
import { dayIndex, pickForDay, pickForTurn } from '../day-index';
import { spokenPhase } from '../guided-phase';
import { pacedCue } from '../paced';
import { EVERYDAY_STYLE, type SessionStyle } from '../session-style';
import { styledTimeline } from '../session-timeline';
import { say, type Segment, type Timeline } from '../../timeline';
import { CUE_VOICE, GUIDE_VOICE } from '../voices';

export const I_STATEMENT_PRACTICE = 'i-statement';

export const I_STATEMENT_INTRODUCTIONS: readonly string[] = [
  "An 'I' statement says what you feel without blame, so the other person can hear it. It has three parts.",
  "An 'I' statement lets you say what you feel without blaming anyone, so it's easier to hear. There are three parts.",
  "Speaking from 'I' keeps blame out of it, so the other person can listen. It comes in three parts.",
];
export const I_STATEMENT_INTRODUCTION = I_STATEMENT_INTRODUCTIONS[0]!;
export const I_STATEMENT_SHAPE = "I feel, then the feeling. When, then what happens. And I'd like, then what would help.";
/** Examples in the guide's spirit, two a day, the first pair the guide's own. */
export const I_STATEMENT_EXAMPLE_POOL: readonly string[] = [
  "I feel unsettled when we're apart for a long time, and I'd like us to find a way to stay connected that respects both our needs.",
  "I feel hurt when plans change at the last minute, and I'd like a quick message when that happens.",
  "I feel lonely when the evening goes by without us talking, and I'd like ten minutes together before bed.",
  "I feel anxious when I don't know when you'll be home, and I'd like a rough time, even if it changes.",
];

/** The day's two examples, introduced as such. */
export function examplesFor(turn: number): string[] {
  const pool = I_STATEMENT_EXAMPLE_POOL;
  return [`For example: ${pickForTurn(pool, turn)}`, `Or: ${pickForTurn(pool, turn + 1)}`];
}
export const I_STATEMENT_TIPS_VERSIONS: readonly string[] = [
  'Keep it short, speak about yourself, and leave room for their answer.',
  'Keep it brief, stay with your own feelings, and give them space to reply.',
  'Short is best. Talk about you, not them, and then listen.',
];
export const I_STATEMENT_BREATH_INTRODUCTIONS: readonly string[] = [
  'Before you talk, one calm breath: in for 4, hold for 4, out for 6.',
  'Before you speak, one steady breath: in for 4, hold for 4, out for 6.',
  'First, one calm breath together: in for 4, hold for 4, out for 6.',
];

/** Its own last words, one a day; the first is the longest. */
export const I_STATEMENT_CLOSES: readonly string[] = [
  "You know what you feel and what you'd like. Go gently, and give yourself credit for speaking up.",
  'Speaking up kindly is a skill, and you just practised it.',
  "Say it in your own words. It doesn't have to be perfect to be heard.",
  'Whatever the answer, saying what you feel is a kindness to you both.',
  'Go gently. You can always take a breath before you begin.',
];
export const I_STATEMENT_CLOSE = I_STATEMENT_CLOSES[0]!;

function breath(): Segment[] {
  return [
    ...pacedCue('Breathe in', CUE_VOICE, { phase: 'inhale', phaseMs: 4000, index: 1 }),
    ...pacedCue('Hold', CUE_VOICE, { phase: 'hold', phaseMs: 4000, index: 1 }),
    ...pacedCue('And out, slowly', CUE_VOICE, { phase: 'exhale', phaseMs: 6000, index: 1 }),
  ];
}

export function iStatementTimeline(style: Pick<SessionStyle, 'nightVoice' | 'bells' | 'localDay'> = EVERYDAY_STYLE): Timeline {
  const turn = dayIndex(style.localDay);
  const version = (versions: readonly string[], offset: number) => pickForTurn(versions, turn + offset);
  const segments: Segment[] = [
    ...openingBell(style),
    ...spokenPhase('introduction', 0, GUIDE_VOICE, version(I_STATEMENT_INTRODUCTIONS, 0), 1000),
    ...spokenPhase('shape', 1, GUIDE_VOICE, I_STATEMENT_SHAPE, 3000),
    ...examplesFor(turn).flatMap((example, i) => spokenPhase('example', i + 1, GUIDE_VOICE, example, 3000)),
    ...spokenPhase('tips', 1, GUIDE_VOICE, version(I_STATEMENT_TIPS_VERSIONS, 1), 2000),
    ...spokenPhase('breath', 0, GUIDE_VOICE, version(I_STATEMENT_BREATH_INTRODUCTIONS, 2), 1000),
    ...breath(),
    ...closingBell(style),
    say(pickForDay(I_STATEMENT_CLOSES, style.localDay), GUIDE_VOICE),
  ];
  return styledTimeline(I_STATEMENT_PRACTICE, segments, style);
}
