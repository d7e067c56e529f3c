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
  MEANS,
  WEAPON,
  ON_BODY_OR_SET,
  NEAR,
  TAKEN,
  TOO_MUCH,
  DANGEROUS_PLACE,
  EDGE,
  THERE_NOW,
  ENDING_ACT,
  TIME_NOW,
  CLEAR_PLAN,
  VAGUE_PLAN,
  WITH_IT,
  GOODBYES_DONE,
  GIVEN_AWAY,
  FUMES,
  CLOSED_SPACE,
  BLOOD,
  DEEP_WOUND,
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
  HEIGHT,
  SIGHTSEEING,
  ASKING,
  METHOD_QUESTION,
  DEATH_TOPIC,
} from './safety-parts';

export const ENGLISH_TOGETHER: readonly SafetyRule[] = [
  // Danger now.
  { grade: 'danger', all: [MEANS, ON_BODY_OR_SET] },
  { grade: 'danger', all: [WEAPON, NEAR] },
  { grade: 'danger', all: [TAKEN, MEANS, TOO_MUCH] },
  { grade: 'danger', all: [THERE_NOW, DANGEROUS_PLACE, ENDING_ACT] },
  { grade: 'danger', all: [THERE_NOW, EDGE] },
  { grade: 'danger', all: [THERE_NOW, HEIGHT], unless: SIGHTSEEING },
  {
    grade: 'danger',
    all: [
      /\b(?:platform|tracks|level crossing|yellow line)\b/,
      /\b(?:edge|yellow line|not moving|on the tracks|jump|step off|step in front|right at)\b/,
    ],
  },
  {
    grade: 'danger',
    all: [
      /\bi am going (?:tonight|at|now|out|to go|when|upstairs|to the (?:bridge|river|highway|tracks|cliff|roof|sea|lake))\b/,
      /\b(?:note|letters?|sorted|decided|made up my mind|everything|ready|goodbye|ring|envelope|for them to find|do it|jump)\b/,
    ],
  },
  {
    grade: 'danger',
    all: [
      /\b(?:it is happening|happening tonight|that is when|when i am doing it|tonight is the night|tonight the night)\b/,
      /\b(?:tonight|decided|pills|planned|ready|rope|doing it|at (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|midnight))\b/,
    ],
  },
  { grade: 'danger', all: [/\bi have (?:got )?(?:the|a) (?:rope|noose|gun)$/] },
  { grade: 'danger', all: [/\bbag\b/, /\btape\b/, /\b(?:ready|on the bed|over my head|around my neck)\b/] },
  { grade: 'danger', all: [TAKEN, /\bon purpose\b/] },
  {
    grade: 'danger',
    all: [/\b(?:taken|took|swallowed|downed|had) (?:them|it|these|those|the lot)\b/, /\b(?:already|done|do not call|just|now|ago)\b/],
  },
  { grade: 'danger', all: [/\b(?:pills|tablets|meds|it) (?:is |are )?(?:kicking in|working now|in me)\b|\bfeel (?:it|them) working\b/] },
  {
    grade: 'danger',
    all: [/\b(?:cut|opened|slit) (?:an artery|my (?:arm|leg|wrist|thigh) (?:open|up))\b|\bgoing deeper\b|\bdeeper this time\b/],
  },
  {
    grade: 'danger',
    all: [
      /\bthrow(?:ing)? myself (?:over|off|in front|under|out)\b|\b(?:choking|strangling) myself\b|\bbag over my head\b|\btied (?:it|this) to the\b/,
    ],
  },
  {
    grade: 'danger',
    all: [/\bwith (?:a|the|my) (?:rope|noose|belt|cord)\b/, /\b(?:garage|woods|tree|beam|loft|stairwell|attic|shed|park|bridge)\b/],
  },
  { grade: 'danger', all: [/\b(?:floor|storey|story)\b/, /\b(?:window|balcony)\b/, /\b(?:opened|open|climb|climbing|over|out of)\b/] },
  { grade: 'danger', all: [/\b(?:swum|swam|swimming|swim) out\b/, /\b(?:too far|on purpose|not going back|not coming back)\b/] },
  { grade: 'danger', all: [/\b(?:till|until) it breaks\b|\bthin ice\b/] },
  {
    grade: 'danger',
    all: [/\bset (?:the |a )?fire\b|\bpetrol|\bgasoline\b/, /\b(?:staying|in here|in my room|lighter|matches|all over me)\b/],
  },
  {
    grade: 'danger',
    all: [
      /\b(?:i said|i set|decided on|i picked) (?:midnight|tonight|[a-z]+ o clock)\b|\bgot (?:half an hour|an hour|ten minutes|five minutes)(?: left)?\b/,
    ],
  },
  { grade: 'danger', all: [VAGUE_PLAN, /\b(?:right after this|after this|when this ends|after the song|when this finishes)\b/] },
  { grade: 'danger', all: [VAGUE_PLAN, MEANS] },
  {
    grade: 'danger',
    all: [/\b(?:sent|posted) the goodbye|\bgoodbye (?:texts|messages|letters)\b/, /\b(?:turned my phone off|now|tonight|done)\b/],
  },
  { grade: 'danger', all: [/\bso high up\b/, /\blet go\b/] },
  {
    grade: 'danger',
    all: [
      /\b(?:taken|took|taking|take) (?:them|it|the pills|the tablets|the lot|everything)\b/,
      /\b(?:tonight|now|all|someone to know|finishes|when|after|ends)\b/,
    ],
  },
  {
    grade: 'danger',
    all: [/\b(?:drank|drunk|swallowed|took|ate|had|put)\b/, /\b(?:pesticide|weedkiller|weed killer|rat poison|poison|bleach|antifreeze)\b/],
  },
  { grade: 'danger', all: [MEANS, TOO_MUCH, TIME_NOW] },
  { grade: 'danger', all: [/\b(?:using it|use it|doing it) on my (?:arm|arms|wrist|wrists|leg|legs|skin|thigh|thighs)\b/] },
  {
    grade: 'danger',
    all: [
      /\b(?:aiming for|aim for|drive into|driving into|steer into|swerve into|crash into|plough into|plow into)\b/,
      /\b(?:truck|lorry|pole|wall|tree|bridge|barrier|pillar|traffic|bus)\b/,
    ],
  },
  { grade: 'danger', all: [/\b(?:crash|wreck|roll|flip) (?:the|my) car\b/, /\b(?:on purpose|tonight|deliberately|and not)\b/] },
  { grade: 'danger', all: [/\bi am (?:jumping|going to jump)(?: now| tonight)?$/] },
  { grade: 'danger', all: [/\bto jump\b/, DANGEROUS_PLACE] },
  {
    grade: 'danger',
    all: [/\b(?:swimming|swim|walking|walk) out\b/, /\b(?:until i cannot|as far as i can|not coming back|thin|do not care)\b/],
  },
  { grade: 'danger', all: [WEAPON, /\b(?:made up my mind|decided|tonight|going to use|do it)\b/] },
  {
    grade: 'danger',
    all: [/\b(?:climbed|climbing|got|gone) over (?:the )?(?:fence|railing|railings|barrier|rail|wall|parapet)\b/, DANGEROUS_PLACE],
  },
  {
    grade: 'danger',
    all: [/\b(?:walking|wading|swimming|walked|waded|going) (?:out )?into (?:the )?(?:sea|ocean|river|lake|water|reservoir|waves)\b/],
  },
  {
    grade: 'danger',
    all: [
      /\b(?:speeding|driving|floor it|flooring it|foot down|going fast)\b/,
      /\b(?:hit|into|crash into) (?:the|a) (?:wall|tree|barrier|truck|lorry|bridge|pillar)\b/,
    ],
  },
  {
    grade: 'danger',
    all: [
      HARMING,
      ON_MYSELF,
      /\b(?:cannot stop|will not stop|really deep|too deep|so deep|just now|right now|coming off|really bad|so bad|badly|a lot of blood|so much blood)\b/,
    ],
  },
  { grade: 'danger', all: [CLEAR_PLAN, TIME_NOW] },
  { grade: 'danger', all: [VAGUE_PLAN, TIME_NOW, WITH_IT] },
  { grade: 'danger', all: [VAGUE_PLAN, GOODBYES_DONE] },
  { grade: 'danger', all: [GOODBYES_DONE, TIME_NOW] },
  { grade: 'danger', all: [GIVEN_AWAY, VAGUE_PLAN] },
  { grade: 'danger', all: [FUMES, CLOSED_SPACE] },
  { grade: 'danger', all: [/\bplastic bag\b/, /\b(?:tape|ready|over my head|on my head|around my neck)\b/] },
  { grade: 'danger', all: [BLOOD, DEEP_WOUND] },
  { grade: 'danger', all: [/\bthe last (?:thing|words?|message)\b/, /\b(?:ever|anyone|anybody|going to say|say to)\b/] },
  // Crisis.
  { grade: 'crisis', all: [LONGING, ENDING_UP_GONE] },
  { grade: 'crisis', all: [ASKING, METHOD_QUESTION] },
  {
    grade: 'crisis',
    all: [
      ASKING,
      DEATH_TOPIC,
      /\b(?:painful|painless|peaceful|instant|quick|certain|how long|enough|if i took|lethal|least painful|selfish)\b/,
    ],
  },
  {
    grade: 'crisis',
    all: [
      /\b(?:my cuts|my scars|the cuts|the scars|my burns|my marks)\b/,
      /\b(?:hide|hiding|found|saw|see|cover|covering|long sleeves|noticed)\b/,
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
  { grade: 'crisis', all: [/\b(?:cut|cutting|sh|self harm|harming)\b/, /\b(?:again|relapsed|started again|new ones|today|last night)\b/] },
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
];

/**
 * Words that, said of oneself to a calming skill and explained by no everyday idiom, are taken as
 * a warning: recall first. Statements of crisis take endless forms; the idioms that borrow these
 * words are few and set phrases, so the idioms are what the data spells out (en.ts's IDIOMS), and
 * what remains of these words hears the line.
 */
export const ENGLISH_WARNING_WORDS =
  /\b(?:suicide|suicidal|overdose|overdosed|overdosing|noose|nooses|ligature|razor|razors|slit|slashing|painless|lethal|bleed out|poison|poisoned|pesticide|weedkiller|weed killer|charcoal|overpass|railway tracks|train tracks|the tracks|drown|drowned|drowning myself|alive|survive|surviving|living anymore|keep living|go on living|want to live|reason to live|to live anymore|hate living|stop living|stopped living|for good|the lot|took them|taking them|take them all|burden|nothing left|not for me|not meant to be|not be here|not here anymore|not be around|not around anymore|be here anymore|being here|was not here|wasnt here|were not here|disappeared|ending everything|end everything|ending it|end it|goodbyes|sorry for everything|picked the spot|the spot|self ?harm|s h|sh)\b/;
