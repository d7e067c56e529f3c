/**
 * What English speakers say of how they feel, as data for the feelings net
 * (lambda/understanding/feelings.ts), read after the safety grade: distress, sleeplessness, the
 * attachment worries of the source guide, and the everyday feelings. Matched against text
 * normalised by normaliseFeelingText. Sources: docs/understanding.md.
 */
import type { FeelingPhrases } from '../../../understanding/feeling-phrases';

const CANT_BREATHE = [
  /\bcannot (?:breathe|breath|catch my breath|get (?:my |a )?breath|get enough air|get air|take a breath)\b/,
  /\b(?:short|out) of breath\b/,
  /\b(?:struggling|hard|difficult|trouble) (?:to |)breath(?:e|ing)?\b/,
  /\bsuffocat|\bchoking\b|\bgasping\b|\bbreathless\b/,
];

const PANIC = [
  /\bpanic/,
  /\boverwhelm/,
  // Freaking out over a named everyday thing (deadlines, an exam) is stress, not panic.
  /(?<!\b(?:deadlines?|exams?|tests?|interview|presentation|wedding|bills|homework|assignment|essay)\b(?: [a-z]+){0,5} )\bfreaking out\b(?! (?:about|over) (?:my |the |a |this |these |those |two |three |all )?(?:[a-z]+ )?(?:deadlines?|exams?|tests?|interview|presentation|wedding|move|bills|meeting|party|date|homework|assignment|essay|results)\b)/,
  /\banxiety attack\b/,
  // So is a heart racing from a named everyday cause: nerves before a call, coffee, the gym.
  /\bheart (?:is )?(?:racing|pounding)\b(?! (?:because|about|before|from|after|with|over) (?:i am |of |my |the |a |too much )?(?:nervous|nerves|excitement|excited|coffee|caffeine|the gym|running|exercise|exam|interview|presentation|date|phone call|call|meeting|test|the exam|the interview|the presentation|the call)\b)/,
  /\b(?:losing|lose) control\b/,
  /\bgoing crazy\b/,
  /\bterrified\b/,
  /(?<!\b(?:angry|furious|livid|mad|annoyed|fuming)\b(?: [a-z]+){0,5} )(?:^|\bcannot |\bnot )(?:cope|calm down|handle (?:this|it|any of this)|deal with (?:this|it))\b/,
  /\blosing it\b|\bfalling apart\b/,
  /(?<!\b(?:angry|furious|livid|mad|fuming|raging)\b(?: [a-z]+){0,3} )\bshaking\b(?! with (?:rage|anger|laughter|excitement|nerves|cold))/,
  /\banxiety is (?:really bad|so bad|through the roof|out of control)\b/,
];

const CANT_SLEEP = [
  /\b(?:cannot|not able to|unable to|struggling to|trouble|hard to|never) (?:get to |fall |go to |stay )?(?:sleep|sleeping|asleep)\b/,
  /\binsomnia\b|\bsleepless\b|\bwide awake\b|\bawake all night\b|\bkeep waking up\b|\blying awake\b|\bstill awake\b/,
];

const ATTACHMENT: FeelingPhrases['attachment'] = [
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
  /\bstress|\banxious\b|\banxiety\b|\bfreaking out\b|\btense\b|\bon edge\b|\bwound up\b|\bfrazzled\b|\bswamped\b|\bunder pressure\b|\bpressure\b|\bburn(?:ed|t) out\b|\bexhausted\b|\brestless\b|\bcannot relax\b|\btoo much\b|\bstruggling\b|\bbad day\b|\bawful\b|\bterrible\b|\brough\b|\bhectic\b|\bbusy\b|\bupset\b/,
];

export const ENGLISH_FEELINGS: FeelingPhrases = {
  aboutThemselves: /\b(?:i|me|my|mine|myself|we|us|our|ourselves)\b/,
  cantBreathe: CANT_BREATHE,
  panic: PANIC,
  cantSleep: CANT_SLEEP,
  attachment: ATTACHMENT,
  disagreement: DISAGREEMENT,
  anger: ANGER,
  sadness: SADNESS,
  worry: WORRY,
  stress: STRESS,
};
