/**
 * What English statements of danger and crisis are made of, as words that count together: a
 * means and a sign it is at hand, a dangerous place and a person on it, a wish and an ending.
 * A statement is graded when every part of one rule is said anywhere in it (after the everyday
 * idioms are set aside), so "the gun's loaded and it's on my lap" is heard however it is worded,
 * where a phrase would need the exact order. Each part is a plain alternation of words, with no
 * repetition over the person's text, so matching stays linear (test/unit/safety/backtracking).
 *
 * The kinds follow the same sources as en.ts (docs/safety-sources.md): the C-SSRS's preparatory
 * acts, interrupted and aborted attempts and method ideation; the warning signs of 988, AFSP and
 * Samaritans (looking for means, talking of being gone, saying goodbye).
 */
import type { SafetyRule } from '../../../safety/safety-phrases';

import {
  CLEAR_PLAN,
  GIVEN_AWAY,
  LONGING,
  ENDING_UP_GONE,
  HARMING,
  ON_MYSELF,
  THINKING,
  METHOD_OR_DEATH,
  NO_FUTURE,
  EUPHEMISM,
  STOPPED_ATTEMPT,
  ATTEMPT_SETTING,
  HOPELESS,
  FINALITY,
  LET_ME_DIE,
  ASKING,
  METHOD_QUESTION,
  DEATH_TOPIC,
  MEANS,
} from './safety-parts';
import { ENGLISH_DANGER_TOGETHER } from './safety-together-danger';
import { ENGLISH_CRISIS_SAID_OTHERWISE } from './safety-together-crisis-said-otherwise';
import { ENGLISH_DANGER_SAID_OTHERWISE } from './safety-together-danger-said-otherwise';

export const ENGLISH_TOGETHER: readonly SafetyRule[] = [
  ...ENGLISH_DANGER_TOGETHER,
  ...ENGLISH_DANGER_SAID_OTHERWISE,
  ...ENGLISH_CRISIS_SAID_OTHERWISE,
  // Crisis.
  {
    grade: 'crisis',
    all: [
      /\b(?:thinking|thought|think) about it$/,
      /\b(?:knives|knife|bridge|car keys|garage|pills|tablets|rope|tracks|train|edge|ledge|roof|gun|blade|razor|cliff)\b/,
    ],
  },
  {
    grade: 'crisis',
    all: [
      /\b(?:died|dead|gone|passed|passed away|lost|heaven|funeral|late)\b/,
      /\b(?:should|want to|wanna|ready to|going to|gonna|just want to|could|wish i could|time to) (?:just )?(?:go |be )?(?:join|be with|go with|go to|follow) (?:her|him|them|my [a-z]+)\b/,
    ],
    unless: /\b(?:for (?:dinner|lunch|a walk|coffee|tea)|on (?:holiday|the trip|vacation)|at the)\b/,
  },
  {
    grade: 'crisis',
    all: [
      /\b(?:a plan|tried|attempt|was going to|ready to)\b/,
      /\b(?:chickened out|backed out|bottled it|lost my nerve|did not go through with it)\b/,
    ],
    unless: /\b(?:ask|asking) (?:her|him|them|someone) out|bungee|skydiv|speech|audition|interview|tattoo|piercing|quit my job|confront/,
  },
  {
    grade: 'crisis',
    all: [
      /\b(?:gave|give|giving|given|gifted|cancelled|canceled|sold|selling)\b|\bto my (?:brother|sister|cousin|friend|mum|mom|dad|son|daughter|nephew|niece|little brother|little sister)\b/,
      /\bi (?:will not|wont) (?:be )?need(?:ing)? (?:it|them|any of it|any of them)\b/,
    ],
    unless: /\b(?:borrow|lend|while i am away|on holiday|on vacation|until|till)\b/,
  },
  { grade: 'crisis', all: [LONGING, ENDING_UP_GONE] },
  { grade: 'crisis', all: [ASKING, METHOD_QUESTION] },
  {
    grade: 'crisis',
    all: [
      ASKING,
      DEATH_TOPIC,
      /\b(?:painful|painless|peaceful|instant|quick|certain|how long|enough|if i took|lethal|least painful|selfish|hurt|hurts|hurting)\b/,
    ],
  },
  {
    grade: 'crisis',
    all: [
      /\b(?:my cuts|my scars|the cuts|the scars|my burns|my marks|my blades|my razors)\b/,
      /\b(?:hide|hiding|hidden|found|saw|see|cover|covering|long sleeves|noticed)\b/,
    ],
  },
  { grade: 'crisis', all: [/\b(?:shd|sh d|sh ed|did sh|doing sh)\b/] },
  {
    grade: 'crisis',
    all: [
      /\b(?:need|have|want) to (?:cut|burn|hurt myself|harm myself) (?:to (?:feel|cope|calm)|so bad|really bad)\b|\b(?:urges?|the urge) (?:is|are) back\b/,
    ],
  },
  { grade: 'crisis', all: [/\b(?:the pain|it hurts|feel better|calms me|relief)\b/, /\bwhen i (?:cut|burn|sh)\b/] },
  {
    grade: 'crisis',
    all: [/\b(?:cut|cutting|sh|self harm|harming)\b/, /\b(?:again|relapsed|started again|new ones|today|last night)\b/],
    // A haircut, a pay cut, a power cut.
    unless:
      /^(?!.*\b(?:i cut|cut myself|cutting myself|relapsed|cut my (?:arms?|legs?|wrists?|thighs?|skin|stomach))\b).*\b(?:hair|haircut|fringe|bangs|pay cut|budget cuts?|power cut|cut the (?:grass|lawn|hedge|hedges)|cut costs|cuts to)\b/,
  },
  { grade: 'crisis', all: [/\bscars\b/, /\b(?:new ones|again|last night|fresh)\b/] },
  {
    grade: 'crisis',
    all: [
      /\b(?:killed (?:himself|herself|themselves)|took (?:his|her|their) own life|suicide)\b/,
      /\b(?:the same|me too|next|like (?:him|her|them))\b/,
    ],
  },
  {
    grade: 'crisis',
    all: [
      /\b(?:think|thinking|thought|look at|looked at|looking at|going back to|staring at)\b/,
      /\b(?:that bridge|the bridge|the train|the tracks|the edge|the ledge|the roof|the cliff)\b/,
      /\b(?:about it|keep|just to look|coming|again)\b/,
    ],
  },
  {
    grade: 'crisis',
    all: [
      /\b(?:walk|walking|step|stepping) (?:into|out into|in front of) (?:the )?(?:road|traffic|cars)\b/,
      /\b(?:hope|hoping|without looking|on purpose)\b/,
    ],
  },
  { grade: 'crisis', all: [HARMING, ON_MYSELF] },
  {
    grade: 'crisis',
    all: [
      HARMING,
      /\b(?:want to|urge to|urges|tempted|craving|itching to)\b/,
      /\b(?:in months|in weeks|in a year|in days|since|clean|again|tonight)\b/,
    ],
  },
  {
    grade: 'crisis',
    all: [/\b(?:not eaten|not eating|not eat|stopped eating|starving|skipping meals)\b/, /\b(?:on purpose|do not deserve|punish)\b/],
  },
  {
    grade: 'crisis',
    all: [
      /\b(?:want|need|urge|tempted|going) to (?:cut|burn|hurt|harm|stab|scratch)(?: again| tonight| so bad| really bad)?(?: right now| tonight)?$/,
    ],
  },
  { grade: 'crisis', all: [THINKING, METHOD_OR_DEATH] },
  { grade: 'crisis', all: [NO_FUTURE] },
  { grade: 'crisis', all: [EUPHEMISM] },
  { grade: 'crisis', all: [STOPPED_ATTEMPT, ATTEMPT_SETTING] },
  { grade: 'crisis', all: [HOPELESS, FINALITY] },
  { grade: 'crisis', all: [LET_ME_DIE] },
  { grade: 'crisis', all: [CLEAR_PLAN] },
  { grade: 'crisis', all: [GIVEN_AWAY, /\b(?:all|everything|will not need|do not need|when i am gone|after i am gone|last)\b/] },
  // Goodbyes drafted, nerve worked up, a method chosen or rehearsed, means watched, an ending decided on.
  {
    grade: 'crisis',
    all: [
      /\b(?:writing|wrote|written|drafted|drafting|recorded|recording)\b/,
      /\b(?:goodbye|farewell) (?:texts|letters|notes|messages|videos?|emails)\b|\bletters to (?:people|everyone|each of them|my family|my kids)\b/,
      /\b(?:just in case|drafts|saving them|for after|when i am gone|for everyone)\b/,
    ],
  },
  {
    grade: 'crisis',
    all: [/\b(?:had enough|tired of it all|done with it all)\b/, /\b(?:just )?want to go$|\bready to go$|\bwant to go now$/],
  },
  {
    grade: 'crisis',
    all: [
      /\b(?:work|working|build|building) up the (?:nerve|courage)\b/,
      /\b(?:cliff|cliffs|bridge|roof|edge|tracks|pills|rope|do it|go through with it|jump)\b/,
    ],
  },
  { grade: 'crisis', all: [/\b(?:keep|kept) (?:looking at|staring at|eyeing|holding)\b|\bstaring at\b/, MEANS] },
  { grade: 'crisis', all: [/\ba plan\b/, /\b(?:for )?when i am ready$|\bneed to get the (?:stuff|rope|pills|gun|tablets)\b/] },
  { grade: 'crisis', all: [/\b(?:goes|dies|passes|is gone)\b/, /\bi am going too\b|\bi will go too\b|\bi will go with (?:her|him)\b/] },
  { grade: 'crisis', all: [/\btried (?:it )?before\b|\battempted before\b/, /\b(?:try|do it) again\b|\bnext time\b/] },
  { grade: 'crisis', all: [/\b(?:already )?(?:picked|chosen|chose|found) the (?:bridge|cliff|building|tree|beam)\b/] },
  { grade: 'crisis', all: [/\bdead inside\b/, /\bfinish (?:the job|it)\b|\bmake it (?:real|official|permanent)\b/] },
  { grade: 'crisis', all: [/\bscars\b/, /\b(?:make|add|want) more\b|\bnew ones\b|\bcut again\b/] },
  { grade: 'crisis', all: [/\bwill to live\b/, /\b(?:really mean it|i mean it|not joking|not kidding|for real|seriously)\b/] },
  { grade: 'crisis', all: [HOPELESS, /\bdecided to (?:go|end it|do it)\b|\bi have decided\b/] },
  { grade: 'crisis', all: [THINKING, /\b(?:tallest|highest) (?:buildings?|bridges?|cliffs?|towers?|car parks?)\b/] },
  {
    grade: 'crisis',
    all: [/\b(?:it gets better|get better)\b/, /\bdecided it (?:will not|would not|does not)\b|\b(?:i am done|done waiting)\b/],
  },
  {
    grade: 'crisis',
    all: [
      /\b(?:goodbye|farewell) (?:texts|letters|notes|messages|videos?|emails)\b/,
      /\b(?:just in case|drafts|saved|scheduled|for after|when i am gone)\b/,
    ],
  },
  {
    grade: 'crisis',
    all: [
      /\b(?:practising|practicing|practised|practiced|rehearsing|rehearsed)\b/,
      /\b(?:rope|noose|belt|knot|the pills|the knife|the gun)\b/,
    ],
    unless: /\b(?:skipping|jump rope|knots for|sailing|climbing|boat|tug of war|scouts|cowboy|lasso)\b/,
  },
  {
    grade: 'crisis',
    all: [
      /\b(?:drove|went|walked|sat|stood) (?:to|at|on|by|up to) (?:the )?(?:cliffs?|bridge|edge|tracks|station|river|roof|top floor|car park)\b/,
      /\b(?:thinking about it|could not do it|did not do it|this time|to do it|work up)\b/,
    ],
  },
  { grade: 'crisis', all: [/\bplans for the future\b|\bfuture plans\b/, /\b(?:no need for|cancelled|will not need)\b/] },
  { grade: 'crisis', all: [/\bso i can go\b/, /\b(?:sorry|goodbye|said|forgive)\b/] },
  { grade: 'crisis', all: [/\blife is (?:pointless|meaningless|not worth it)\b/, /\bready to (?:leave|go|end)\b/] },
  { grade: 'crisis', all: [/\bin front of (?:a|the) (?:car|bus|train|truck|lorry)\b/, /\b(?:on purpose|deliberately)\b/] },
  {
    grade: 'crisis',
    all: [/\bplanned it (?:all|out)\b|\bmy plan is\b/, /\bwhen (?:my|the) [a-z]+ (?:go|goes|are|is) (?:on holiday|away|out)\b/],
  },
  { grade: 'crisis', all: [/\b(?:been|was|am) (?:looking at|staring at|eyeing)\b/, MEANS, /\b(?:and thinking|thinking about)\b/] },
  { grade: 'crisis', all: [THINKING, /\bbuy(?:ing)? (?:a )?(?:rope|gun|noose)\b/] },
  { grade: 'crisis', all: [/\btime for me to go\b/, /\b(?:accepted it|at peace|i am ready)\b/] },
  { grade: 'crisis', all: [/\btrain (?:times|timetables?|schedule)\b/, /\b(?:wrong reasons?|when i go|for when)\b/] },
  { grade: 'crisis', all: [MEANS, /\b(?:for when the time comes|in case i decide|hidden in|a stash|my stash)\b/] },
  {
    grade: 'crisis',
    all: [
      /\bpaid off my debts\b|\bsorted (?:out )?my (?:finances|affairs|accounts)\b/,
      /\b(?:so nobody has to|so no one has to|deal with it (?:later|after))\b/,
    ],
  },
  { grade: 'crisis', all: [/\bno (?:more )?hope\b|\bhopeless\b/, /\bchecking out\b/] },
  {
    grade: 'crisis',
    all: [/\bmy (?:will|last will)\b/, /\b(?:only (?:sixteen|seventeen|eighteen|nineteen|twenty|twenty [a-z]+|[a-z]+teen)|just in case)\b/],
    unless: /\b(?:baby|kids|mortgage|solicitor|lawyer|house|pregnant|wedding)\b/,
  },
  {
    grade: 'crisis',
    all: [
      /\bsaid (?:goodbye|bye)\b|\b(?:goodbye|bye) to\b/,
      /\bdid not (?:even )?reali[sz]e\b|\bdoes not know it (?:was|is) the last\b|\bfor the last time\b/,
    ],
  },
  { grade: 'crisis', all: [/\bonly thing that helps\b/, HARMING] },
  { grade: 'crisis', all: [/\bmade my decision\b|\bmade up my mind\b/, /\b(?:no one|nobody) can help\b|\btoo late\b/] },
  { grade: 'crisis', all: [/\b(?:take|swallow) (?:every|all the|all my) (?:pill|pills|tablet|tablets|meds)\b/] },
  { grade: 'crisis', all: [/\bhow (?:high|far|deep)\b/, /\b(?:whether it is enough|if it is enough|be enough)\b/] },
  { grade: 'crisis', all: [/\b(?:keep thinking about|think about using)\b/, /\b(?:gun|guns|rifle|shotgun|sleeping pills|rope)\b/] },
  { grade: 'crisis', all: [/\bpasswords\b/, /\b(?:sort things after|after i am gone|just in case|when i am gone)\b/] },
  { grade: 'crisis', all: [THINKING, /\b(?:bridge|building|cliff|tower|car park)\b/, /\b(?:highest|tallest)\b/] },
  { grade: 'crisis', all: [/\b(?:tallest|highest) (?:building|bridge|tower|car park)\b/, /\bi can get (?:onto|on|up|to|into)\b/] },
  {
    grade: 'crisis',
    all: [
      /\b(?:went|drove|walked) (?:to|past|up to) (?:the )?(?:bridge|cliff|cliffs|edge|tracks|roof)\b/,
      /\b(?:stood there|sat there|scoping)\b/,
    ],
  },
];

/**
 * Words that, said of oneself to a calming skill and explained by no everyday idiom, are taken as
 * a warning: recall first. Statements of crisis take endless forms; the idioms that borrow these
 * words are few and set phrases, so the idioms are what the data spells out (en.ts's IDIOMS), and
 * what remains of these words hears the line.
 */
export const ENGLISH_WARNING_WORDS =
  /\b(?:suicide|suicidal|overdose|overdosed|overdosing|noose|nooses|ligature|ligatures|ligaturing|ligatured|toaster bath|razor|razors|slit|slashing|painless|lethal|bleed out|poison|poisoned|pesticide|weedkiller|weed killer|charcoal|overpass|railway tracks|train tracks|the tracks|drown|drowned|drowning myself|alive|survive|surviving|living anymore|keep living|go on living|want to live|reason to live|to live anymore|hate living|stop living|stopped living|for good|the lot|took them|taking them|take them all|burden|nothing left|not for me|not meant to be|not be here|not here anymore|not be around|not around anymore|be here anymore|being here|was not here|wasnt here|were not here|disappeared|ending everything|end everything|ending it|end it|goodbyes|sorry for everything|picked the spot|the spot|self ?harm|s h|sh)\b/;
