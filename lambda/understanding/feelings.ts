/**
 * Reads what someone said about how they feel (the FeelingsIntent's AMAZON.SearchQuery text, or
 * any other free text a request carries) and decides what it is. Pure: the text is read here and
 * nowhere else, never logged, never stored, never said back.
 *
 * The safety grade (lambda/safety) is read first and wins over everything else: danger now, then
 * crisis. Then distress (can't breathe, panic, overwhelmed), sleeplessness, and the everyday
 * feelings, each named rightly: anger, the attachment worries of the source guide, sadness,
 * worry, stress. Sources: docs/safety-sources.md and docs/understanding.md.
 */

/** The feelings of the source guide: attachment worries in a close relationship. */
export type AttachmentFeeling = 'lonely' | 'rejected' | 'abandoned' | 'jealous' | 'partner-worry';

/** The themes of the anxious-thought session an attachment feeling may be routed to. */
export type AnxiousTheme = 'left' | 'rejection' | 'waiting' | 'disagreement' | 'not-enough';

/** Everyday feelings: each gets a calm practice that names it rightly, and no crisis words. */
export type EverydayFeeling = 'stress' | 'worry' | 'sadness' | 'anger';

export type FeelingKind = 'danger' | 'crisis' | 'panic' | 'cant-breathe' | 'cant-sleep' | EverydayFeeling | 'attachment' | 'unknown';

export type Feeling =
  | { readonly kind: 'danger' | 'crisis' | 'panic' | 'cant-breathe' | 'cant-sleep' | EverydayFeeling }
  | { readonly kind: 'attachment'; readonly feeling: AttachmentFeeling; readonly theme: AnxiousTheme }
  /** Nothing usable: empty, only symbols, or words Steady cannot place. */
  | { readonly kind: 'unknown' };

import { gradeRead, gradeText, safetyPhrasesFor, withoutIdioms } from '../safety/grade';
import { normaliseFeelingText } from './normalise';

export { MAX_READ_CHARACTERS, normaliseFeelingText } from './normalise';

const CANT_BREATHE = [
  /\bcannot (?:breathe|breath|catch my breath|get (?:my |a )?breath|get enough air|get air|take a breath)\b/,
  /\b(?:short|out) of breath\b/,
  /\b(?:struggling|hard|difficult|trouble) (?:to |)breath(?:e|ing)?\b/,
  /\bsuffocat|\bchoking\b|\bgasping\b|\bbreathless\b/,
];

const PANIC = [
  /\bpanic/,
  /\boverwhelm/,
  /\bfreaking out\b/,
  /\banxiety attack\b/,
  /\bheart (?:is )?(?:racing|pounding)\b/,
  /\b(?:losing|lose) control\b/,
  /\bgoing crazy\b/,
  /\bterrified\b/,
];

const CANT_SLEEP = [
  /\b(?:cannot|not able to|unable to|struggling to|trouble|hard to|never) (?:get to |fall |go to |stay )?(?:sleep|sleeping|asleep)\b/,
  /\binsomnia\b|\bsleepless\b|\bwide awake\b|\bawake all night\b|\bkeep waking up\b|\blying awake\b|\bstill awake\b/,
];

const ATTACHMENT: ReadonlyArray<{ feeling: AttachmentFeeling; theme: AnxiousTheme; patterns: readonly RegExp[] }> = [
  {
    feeling: 'abandoned',
    theme: 'left',
    patterns: [
      /\babandon/,
      /\b(?:left|leaving|leave|dumped|broke up with|walked out on|walked away from) me\b/,
      /\bgoing to leave\b/,
      /\bbreak ?up\b|\bbroke up\b/,
    ],
  },
  {
    feeling: 'rejected',
    theme: 'rejection',
    patterns: [
      /\breject/,
      /\bunwanted\b|\bnot wanted\b|\bunlovable\b|\bunloved\b/,
      /\bleft out\b/,
      /\bghosted\b/,
      /\bignor(?:ed|ing) me\b/,
      /\bnobody (?:wants|likes|loves|cares about) me\b/,
    ],
  },
  { feeling: 'jealous', theme: 'not-enough', patterns: [/\bjealous|\benvious\b|\benvy\b|\bnot good enough\b|\bnot enough for\b/] },
  {
    feeling: 'partner-worry',
    theme: 'waiting',
    patterns: [
      /\b(?:partner|boyfriend|girlfriend|husband|wife|spouse|fiance|fiancee|bf|gf)\b/,
      /\b(?:has not|did not|is not|not|never) (?:texted|text|replied|reply|replying|answered|answering|called|calling|messaged|texting) (?:me )?(?:back )?/,
      /\bhavent heard\b|\bhave not heard (?:from|back)\b/,
    ],
  },
  {
    feeling: 'lonely',
    // Loneliness is answered with the words for feeling alone, not for waiting on a reply.
    theme: 'left',
    patterns: [
      /\blonely\b|\blonesome\b|\bloneliness\b/,
      /\b(?:all |so |very )?alone\b/,
      /\bisolated\b/,
      /\bnobody to talk to\b|\bno friends\b/,
      /\bmiss (?:him|her|them|my)\b/,
    ],
  },
];

/** Arguing with a partner is its own theme of the anxious-thought session. */
const DISAGREEMENT = /\b(?:argued|argue|arguing|argument|fight|fought|fighting|row|rowed|disagree|disagreed|disagreement)\b/;

const ANGER = [
  /\bangry\b|\banger\b|\bfurious\b|\bmad (?:at|with|about)\b|\bso mad\b|\bfrustrat|\bannoyed\b|\birritat|\bpissed\b|\bfuming\b|\bresent|\brage\b|\bseething\b|\blivid\b|\bfed up\b/,
];

const SADNESS = [
  /\bsad\b|\bsadness\b|\bunhappy\b|\bdepressed\b|\bdown\b|\blow\b|\bblue\b|\bcrying\b|\bcried\b|\bin tears\b|\btearful\b|\bheartbroken\b|\bheart ?break|\bgrie(?:f|ving)\b|\bmiserable\b|\bempty\b|\bnumb\b|\bgloomy\b|\bmourning\b|\bpassed away\b|\bdied\b|\blost my\b|\bnot okay\b|\bnot ok\b|\bhurting\b/,
];

const WORRY = [
  /\banxious (?:about|for|that)\b|\bworr(?:y|ied|ying|ies)\b|\bnervous\b|\bscared\b|\bafraid\b|\bfrightened\b|\bdread|\bapprehensive\b|\buneasy\b|\bjittery\b|\bbutterflies\b|\bwhat if\b/,
];

const STRESS = [
  /\bstress|\banxious\b|\banxiety\b|\btense\b|\bon edge\b|\bwound up\b|\bfrazzled\b|\bswamped\b|\bunder pressure\b|\bpressure\b|\bburn(?:ed|t) out\b|\bexhausted\b|\brestless\b|\bcannot relax\b|\btoo much\b|\bstruggling\b|\bbad day\b|\bawful\b|\bterrible\b|\brough\b|\bhectic\b|\bbusy\b|\bupset\b/,
];

const anyMatch = (patterns: readonly RegExp[], text: string): boolean => patterns.some((pattern) => pattern.test(text));

/** Whether the text speaks of suicide, self-harm or danger now, in any of the published ways. */
export function isCrisisText(text: string | undefined, locale?: string): boolean {
  return gradeText(text, locale) !== 'none';
}

/** What the text is: the safety grade first, then distress, then everyday feelings. */
export function classifyFeeling(text: string | undefined, locale?: string): Feeling {
  if (text === undefined) return { kind: 'unknown' };
  const phrases = safetyPhrasesFor(locale);
  const words = normaliseFeelingText(text);
  if (words === '') return { kind: 'unknown' };
  // Idioms ("dying to see him", "dead tired") are set aside once, for the grade and the feelings alike.
  const read = withoutIdioms(words, phrases);
  const grade = gradeRead(read, phrases);
  if (grade !== 'none') return { kind: grade };
  if (anyMatch(CANT_BREATHE, read)) return { kind: 'cant-breathe' };
  if (anyMatch(PANIC, read)) return { kind: 'panic' };
  if (anyMatch(CANT_SLEEP, read)) return { kind: 'cant-sleep' };
  if (anyMatch(ANGER, read)) return { kind: 'anger' };
  for (const { feeling, theme, patterns } of ATTACHMENT) {
    if (anyMatch(patterns, read)) {
      const argued = feeling === 'partner-worry' && DISAGREEMENT.test(read);
      return { kind: 'attachment', feeling, theme: argued ? 'disagreement' : theme };
    }
  }
  if (anyMatch(SADNESS, read)) return { kind: 'sadness' };
  if (anyMatch(WORRY, read)) return { kind: 'worry' };
  if (anyMatch(STRESS, read)) return { kind: 'stress' };
  return { kind: 'unknown' };
}
