/**
 * Reads what someone said about how they feel (the FeelingsIntent's AMAZON.SearchQuery text, or
 * any other free text a request carries) and decides what it is. Pure: the text is read here and
 * nowhere else, never logged, never stored, never said back.
 *
 * Crisis is checked first and wins over everything else. Its patterns follow the warning
 * statements crisis organisations publish (NIMH and 988 Lifeline "warning signs of suicide",
 * AFSP, Samaritans, the statement lists of public health services): talk of wanting to die or to
 * kill or hurt oneself; of having no reason to live or being a burden; of feeling trapped, of
 * unbearable pain, of not being able to go on; of saying goodbye. Sources: docs/understanding.md.
 */

/** The feelings of the source guide: attachment worries in a close relationship. */
export type AttachmentFeeling = 'lonely' | 'rejected' | 'abandoned' | 'jealous' | 'partner-worry';

/** The themes of the anxious-thought session an attachment feeling may be routed to. */
export type AnxiousTheme = 'left' | 'rejection' | 'waiting' | 'disagreement' | 'not-enough';

export type FeelingKind = 'crisis' | 'panic' | 'cant-breathe' | 'cant-sleep' | 'stress-anxiety' | 'attachment' | 'unknown';

export type Feeling =
  | { readonly kind: 'crisis' | 'panic' | 'cant-breathe' | 'cant-sleep' | 'stress-anxiety' }
  | { readonly kind: 'attachment'; readonly feeling: AttachmentFeeling; readonly theme: AnxiousTheme }
  /** Nothing usable: empty, only symbols, or words Steady cannot place. */
  | { readonly kind: 'unknown' };

/** Longer than this is not something said in one breath; only its start is read for feelings. */
export const MAX_READ_CHARACTERS = 2000;

const CONTRACTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bcan'?t\b/g, 'cannot'],
  [/\bcan not\b/g, 'cannot'],
  [/\bwon'?t\b/g, 'will not'],
  [/\bain'?t\b/g, 'is not'],
  [/\bdont\b/g, 'do not'],
  [/\bdoesnt\b/g, 'does not'],
  [/\bdidnt\b/g, 'did not'],
  [/\bisnt\b/g, 'is not'],
  [/\bwasnt\b/g, 'was not'],
  [/\bhasnt\b/g, 'has not'],
  [/\bhavent\b/g, 'have not'],
  [/\bwouldnt\b/g, 'would not'],
  [/\bcouldnt\b/g, 'could not'],
  [/n't\b/g, ' not'],
  [/\bim\b/g, 'i am'],
  [/\bi'm\b/g, 'i am'],
  [/\bive\b/g, 'i have'],
  [/'ve\b/g, ' have'],
  [/'ll\b/g, ' will'],
  [/'re\b/g, ' are'],
  [/\bi'd\b/g, 'i would'],
  [/\bwanna\b/g, 'want to'],
  [/\bgonna\b/g, 'going to'],
  [/\bany more\b/g, 'anymore'],
  [/\bno one\b/g, 'nobody'],
  [/\bnoone\b/g, 'nobody'],
  [/\bit'?s\b/g, 'it is'],
  [/\bthat'?s\b/g, 'that is'],
  [/\beveryone'?s\b/g, 'everyone is'],
];

/** Lowercase words and apostrophes only, contractions spelled out, one space between words. */
export function normaliseFeelingText(text: string): string {
  let words = text
    .slice(0, MAX_READ_CHARACTERS)
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[^a-z'\s]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (const [pattern, replacement] of CONTRACTIONS) words = words.replace(pattern, replacement);
  return words.replace(/'/g, '').replace(/\s+/g, ' ').trim();
}

const SELF = '(?:myself|my self|me)';
const WANT = '(?:want|wanted|wanting|wish|wishing|would like|need|going|ready|planning|plan|deserve|about|trying|tempted)';

/** Warning statements, after normalisation. Kept simple: no nested quantifiers over user text. */
const CRISIS_PATTERNS: readonly RegExp[] = [
  // The feelings slot holds what follows "I feel" or "I'm": hopeless, trapped, worthless, a burden
  // and not being safe are warning statements on their own there.
  /^(?:like )?(?:so |really |completely |totally |just |such )?(?:hopeless|trapped|worthless|a burden|such a burden|not safe|unsafe)\b/,
  /\bunalive\b/,
  /\bsleep forever\b|\bnever wake up\b/,
  /\bdone with (?:life|living|everything|it all|all of it)\b/,
  // Suicide and self-harm named outright.
  /\bsuicid/,
  /\bself ?harm/,
  new RegExp(`\\b(?:kill|killing|hurt|hurting|harm|harming|cut|cutting|injure|injuring|poison|hang|hanging|shoot|drown|starve) ${SELF}\\b`),
  /\b(?:end|ending|take|taking|ended) (?:my|my own) life\b/,
  /\bend (?:it|things|everything) (?:all|now|tonight|today|for good|forever)\b/,
  new RegExp(`\\b${WANT} to (?:just )?end (?:it|things|everything|this)\\b`),
  /\bjust end it\b/,
  /\bend(?:ing)? it all\b/,
  // What follows a carrier such as "I want to …" or "I just …".
  /^(?:just |really |so )?(?:die|dying|be dead|being dead|end it|ending it|end things|ending things|end everything|ending everything|end my life|ending my life|not be here|not being here|not exist|not existing|not be alive|not being alive|disappear|disappearing|stop existing|stop living|giving up)\b/,
  /\boverdose\b/,
  /\btake (?:all )?(?:my|the|those|these) pills\b/,
  /\b(?:took|taken|swallowed) (?:a lot of|all (?:my|the)|too many|loads of|lots of|a bunch of) (?:pills|tablets)\b/,
  /\bjump (?:off|in front of)\b/,
  // Wanting to die or to be dead.
  new RegExp(`\\b${WANT} to (?:just )?(?:die|be dead|stop living|stop existing|not exist|not be here|not be alive|disappear forever)\\b`),
  /\bwish (?:i|i was|i were|that i was|that i were) (?:was |were )?dead\b/,
  /\bwish i (?:would|could|had|did) (?:just )?(?:die|died|not wake up|never wake up|never been born|disappear)\b/,
  /\bwish i (?:was|were) (?:never born|not born|not alive|gone)\b/,
  /\bbetter off dead\b/,
  /\bi should (?:just )?(?:die|be dead|not be here|not be alive)\b/,
  /\b(?:rather|prefer to) (?:be dead|die|not be alive|not exist)\b/,
  /\b(?:thinking|thought|thoughts|think) (?:about|of) (?:dying|death|killing|ending it|ending things|not being here|not waking up)\b/,
  // Not wanting to live, to be here, to go on.
  /\b(?:do not|dont|no longer|not|never) (?:want|wish|feel like) to (?:live|be alive|be here|exist|wake up|go on|carry on|keep going|keep living|be around)\b/,
  /\b(?:not|never) (?:to )?(?:wake|waking) up\b/,
  /\bcannot (?:go on|keep going|carry on|keep living|live like this|keep living like this|live with this|take it|take this|take much more|take anymore|bear it|bear this|bear to live|do this anymore|do it anymore|face (?:another day|tomorrow|living))\b/,
  /\bcannot (?:cope|handle|deal with) (?:it |this |life |living |anything )?anymore\b/,
  /\b(?:do not|dont) think i can (?:go on|keep going|carry on|keep living|take (?:it|this|much more) anymore|take much more)\b/,
  /\b(?:too tired|tired) (?:of|to keep) (?:living|life|being alive|fighting|going on|trying|existing)\b/,
  /\bdone with (?:life|living|everything|it all|being alive)\b/,
  /\bgive up on (?:life|living|everything)\b/,
  /\bgiving up on (?:life|living|everything)\b/,
  // No reason to live; life not worth living; trapped; hopeless; unbearable pain.
  /\bno (?:reason|point|purpose) (?:for me )?(?:to|in|for) (?:live|living|life|going on|go on|keep going|carry on|being alive|being here|be here|me being here)\b/,
  /\b(?:what is|whats) the point (?:of|in) (?:living|life|going on|being alive|anything|me)\b/,
  /\blife (?:is not|is no longer|isnt|is never) worth\b/,
  /\bnot worth living\b/,
  /\b(?:i am|i feel|feel so|feel) (?:completely |so |totally )?(?:hopeless|trapped|worthless)\b/,
  /\bno way out\b/,
  /\b(?:see|find|is) (?:no|any) way (?:out|forward)\b/,
  /\bnothing (?:left )?to live for\b/,
  /\bnothing (?:is )?worth living for\b/,
  /^i (?:have|have got|got) nothing left$/,
  /\b(?:cannot|do not) see (?:a|any|the) (?:reason|point) (?:to|in|for) (?:live|living|go on|going on|keep going|carry on|being here|life)\b/,
  /\bno hope left\b/,
  /\b(?:the|this) pain (?:is|will) (?:never|not) (?:stop|end|go away)\b/,
  /\bunbearable\b/,
  // A burden; better off without me; nobody would care.
  /\b(?:better off|better|happier|easier) without me\b/,
  /\b(?:i am|being|i feel like|i feel like i am) (?:just |such )?a burden\b/,
  /\bburden (?:to|on|for) (?:everyone|everybody|my family|others|people|them|him|her|you)\b/,
  /\bnobody (?:would|will) (?:care|notice|miss me)\b/,
  /\bnobody would miss me\b/,
  /\bif i (?:died|was dead|were dead|was gone|were gone|disappeared|was not here|were not here|killed)\b/,
  // Saying goodbye; not being around.
  /\b(?:will not|wont) be (?:around|here) (?:much longer|for long|anymore|tomorrow)\b/,
  /\b(?:will not|wont) be (?:a )?(?:problem|burden|bother|trouble) (?:to|for) (?:anyone|anybody|you|everyone|them|my family)(?: (?:much longer|for long|anymore|soon))\b/,
  /\b(?:will not|wont) (?:bother|trouble) (?:anyone|anybody|you|everyone) (?:much longer|for long|anymore)\b/,
  /\b(?:will not|wont) have to worry about me\b/,
  /\bi will (?:soon )?be gone\b/,
  /\b(?:saying|say|said) goodbye (?:to everyone|to everybody|forever|for good|for the last time)\b/,
  /\b(?:saying|say|said) goodbye (?:to (?:[a-z]+ ){1,4})?(?:forever|for good|for the last time)\b/,
  /\bthis is goodbye\b/,
  /\b(?:goodbye|farewell) forever\b/,
  /\bsaying (?:farewell|my goodbyes|my last goodbye)\b/,
  /\b(?:came|called|come|calling) to say (?:goodbye|farewell)\b/,
  /\bto say (?:goodbye|farewell) (?:before i go|for the last time|forever|for good)\b/,
  /\b(?:goodbye|farewell) (?:letter|letters|note|notes)\b/,
  /\b(?:will not|wont|will never) (?:see|hear from) me again\b/,
  /\b(?:giving|given|gave) away (?:my|all my|all of my) (?:things|stuff|possessions|belongings)\b/,
  /\b(?:wrote|writing|written) (?:a|my) (?:suicide |goodbye )?(?:note|will)\b/,
  /\bdisappear (?:forever|for good|permanently)\b/,
  /\b(?:want|wish) (?:it|everything|this|it all|all of this|all this|my life|the pain) to (?:be over|end|stop)\b/,
  /\bwant (?:it|everything|this) (?:all )?over\b/,
];

const CANT_BREATHE = [
  /\bcannot (?:breathe|breath|catch my breath|get (?:my |a )?breath|get enough air|get air|take a breath)\b/,
  /\b(?:short|out) of breath\b/,
  /\b(?:struggling|hard|difficult|trouble) (?:to |)breath(?:e|ing)?\b/,
  /\bsuffocat|\bchoking\b|\bgasping\b|\bbreathless\b/,
];

const PANIC = [
  /\bpanic/,
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

const STRESS_ANXIETY = [
  /\bstress|\banxious\b|\banxiety\b|\bworr(?:y|ied|ying)\b|\bnervous\b|\btense\b|\bon edge\b|\boverwhelm/,
  /\bscared\b|\bafraid\b|\bfrightened\b|\bupset\b|\bsad\b|\bdown\b|\blow\b|\bdepressed\b|\bangry\b|\bfrustrat/,
  /\brestless\b|\bcannot relax\b|\bcannot cope\b|\btoo much\b|\bexhausted\b|\bburn(?:ed|t) out\b|\bcrying\b|\bawful\b|\bterrible\b|\bbad day\b|\bhurting\b|\bnot okay\b|\bnot ok\b|\bstruggling\b/,
];

const anyMatch = (patterns: readonly RegExp[], text: string): boolean => patterns.some((pattern) => pattern.test(text));

/** Whether the text speaks of suicide or self-harm, in any of the published ways. */
export function isCrisisText(text: string | undefined): boolean {
  if (text === undefined) return false;
  const words = normaliseFeelingText(text);
  return words !== '' && anyMatch(CRISIS_PATTERNS, words);
}

/** What the text is, crisis first. */
export function classifyFeeling(text: string | undefined): Feeling {
  if (text === undefined) return { kind: 'unknown' };
  const words = normaliseFeelingText(text);
  if (words === '') return { kind: 'unknown' };
  if (anyMatch(CRISIS_PATTERNS, words)) return { kind: 'crisis' };
  if (anyMatch(CANT_BREATHE, words)) return { kind: 'cant-breathe' };
  if (anyMatch(PANIC, words)) return { kind: 'panic' };
  if (anyMatch(CANT_SLEEP, words)) return { kind: 'cant-sleep' };
  for (const { feeling, theme, patterns } of ATTACHMENT) {
    if (anyMatch(patterns, words)) {
      const argued = feeling === 'partner-worry' && DISAGREEMENT.test(words);
      return { kind: 'attachment', feeling, theme: argued ? 'disagreement' : theme };
    }
  }
  if (anyMatch(STRESS_ANXIETY, words)) return { kind: 'stress-anxiety' };
  return { kind: 'unknown' };
}
