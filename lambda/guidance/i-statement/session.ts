/**
 * Saying how you feel: a short spoken guide to an "I" statement, two examples in the guide's
 * spirit, and one calm 4-4-6 breath before the conversation, between the opening and the closing
 * bell. Hands-free, and nothing is stored.
 */
import { closingBell, openingBell } from '../bell';
import { pickForDay } from '../day-index';
import { spokenPhase } from '../guided-phase';
import { pacedCue } from '../paced';
import { EVERYDAY_STYLE, type SessionStyle } from '../session-style';
import { styledTimeline } from '../session-timeline';
import { say, type Segment, type Timeline } from '../../timeline';
import { CUE_VOICE, GUIDE_VOICE } from '../voices';

export const I_STATEMENT_PRACTICE = 'i-statement';

export const I_STATEMENT_INTRODUCTION =
  "An 'I' statement says what you feel without blame, so the other person can hear it. It has three parts.";
export const I_STATEMENT_SHAPE = "I feel, then the feeling. When, then what happens. And I'd like, then what would help.";
export const I_STATEMENT_EXAMPLES: readonly string[] = [
  "For example: I feel unsettled when we're apart for a long time, and I'd like us to find a way to stay connected that respects both our needs.",
  "Or: I feel hurt when plans change at the last minute, and I'd like a quick message when that happens.",
];
export const I_STATEMENT_TIPS = 'Keep it short, speak about yourself, and leave room for their answer.';
export const I_STATEMENT_BREATH_INTRODUCTION = 'Before you talk, one calm breath: in for 4, hold for 4, out for 6.';
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
  const segments: Segment[] = [
    ...openingBell(style),
    ...spokenPhase('introduction', 0, GUIDE_VOICE, I_STATEMENT_INTRODUCTION, 1000),
    ...spokenPhase('shape', 1, GUIDE_VOICE, I_STATEMENT_SHAPE, 3000),
    ...I_STATEMENT_EXAMPLES.flatMap((example, i) => spokenPhase('example', i + 1, GUIDE_VOICE, example, 3000)),
    ...spokenPhase('tips', 1, GUIDE_VOICE, I_STATEMENT_TIPS, 2000),
    ...spokenPhase('breath', 0, GUIDE_VOICE, I_STATEMENT_BREATH_INTRODUCTION, 1000),
    ...breath(),
    ...closingBell(style),
    say(pickForDay(I_STATEMENT_CLOSES, style.localDay), GUIDE_VOICE),
  ];
  return styledTimeline(I_STATEMENT_PRACTICE, segments, style);
}
