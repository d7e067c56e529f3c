/**
 * English statements of danger now, as words that count together (./safety-together.ts explains
 * the rules): a means and a sign it is at hand, a person on a height and what they will do there,
 * something swallowed and how much, fumes in a closed space, the body already giving way.
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
  HARMING,
  ON_MYSELF,
  HEIGHT,
  SIGHTSEEING,
  BODY_GIVING_WAY,
  INTO_THE_WATER,
  GUN_READY,
  TAKING_THEM_NOW,
  NOW_OR_COUNTED,
  LIGATURE,
  AT_THE_NECK_OR_GOING,
  WEAPON_WITH,
  SET_MOMENT,
  GONE_OR_OVER,
  ON_THE_ROAD,
  UNDER_WAY,
} from './safety-parts';

export const ENGLISH_DANGER_TOGETHER: readonly SafetyRule[] = [
  {
    grade: 'danger',
    all: [
      /\b(?:swallowed|took|taken|necked|downed|popped)\b/,
      /\b(?:whole|entire) (?:bottle|packet|pack|box|strip|sheet)\b|\bthe lot\b|\bevery single one\b/,
    ],
  },
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
    all: [
      /\b(?:drank|drunk|swallowed|took|ate|had|put)\b/,
      /\b(?:pesticide|weedkiller|weed killer|rat poison|poison|bleach|antifreeze|phenyl|dettol|drain cleaner)\b/,
    ],
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
  { grade: 'danger', all: [MEANS, TOO_MUCH, BODY_GIVING_WAY] },
  { grade: 'danger', all: [TAKEN, MEANS, BODY_GIVING_WAY] },
  { grade: 'danger', all: [INTO_THE_WATER] },
  { grade: 'danger', all: [GUN_READY, /\b(?:gun|shotgun|rifle|pistol|revolver|handgun|trigger|barrel|head|finger)\b/] },
  {
    grade: 'danger',
    all: [MEANS, /\b(?:all of them|the whole (?:bottle|packet|pack|box|strip|sheet|lot)|every single (?:one|pill|tablet))\b/],
  },
  { grade: 'danger', all: [TAKEN, BODY_GIVING_WAY] },
  { grade: 'danger', all: [TAKING_THEM_NOW, NOW_OR_COUNTED] },
  { grade: 'danger', all: [LIGATURE, AT_THE_NECK_OR_GOING] },
  { grade: 'danger', all: [WEAPON, WEAPON_WITH] },
  { grade: 'danger', all: [SET_MOMENT, GONE_OR_OVER] },
  { grade: 'danger', all: [ON_THE_ROAD] },
  { grade: 'danger', all: [UNDER_WAY] },
  { grade: 'danger', all: [/\bthis is it\b/, /\b(?:note|goodbye|goodbyes|letters?|given|gave|pills|rope)\b/] },
  { grade: 'danger', all: [/\bgoodbye\b/, /\b(?:my last (?:night|day)|phone off)\b/] },
  { grade: 'danger', all: [/\b(?:blade|razor|knife)\b/, /\b(?:going deep|deep this time|deeper this time)\b/] },
  {
    grade: 'danger',
    all: [
      /\b(?:chair|stool)\b/,
      /\b(?:under|beneath) (?:the )?(?:rope|noose|hook|beam|belt)\b|\b(?:rope|noose) (?:[a-z]+ )?(?:standing on|on the chair|on the stool)\b/,
    ],
  },
  {
    grade: 'danger',
    all: [
      /\b(?:tide|train|water|truck|lorry|bus)\b/,
      /\bcoming\b/,
      /\b(?:not moving|not getting off|not getting out|staying here|staying put)\b/,
    ],
  },
  {
    grade: 'danger',
    all: [
      /\b(?:leaves|goes) (?:for|to) (?:work|school|bed)\b|\b(?:is|are) asleep\b|\b(?:once|as soon as) [a-z]+ (?:[a-z]+ ){0,4}(?:leaves|goes|is out|are out|is gone|are gone)\b/,
      /\bi am doing it\b/,
    ],
  },
  { grade: 'danger', all: [/\b(?:nobody|no one|do not|dont) come in\b|^come in\b/, /\b(?:i have done it|i did it|it is done)\b/] },
  {
    grade: 'danger',
    all: [
      /\b(?:swallowed|took|taken|downed|necked) (?:the )?(?:whole (?:thing|lot)|all of (?:it|them)|the lot|everything)\b/,
      /\b(?:bottle|pills|tablets|packet|pack|box|strip|meds|medication|blister)\b/,
    ],
  },
  {
    grade: 'danger',
    all: [
      /\b(?:cut|sliced|slashed) (?:it |myself |my [a-z]+ )?(?:really |so |too |very )?deep\b/,
      /\b(?:pouring|gushing|will not stop|a lot|everywhere|on purpose)\b/,
    ],
  },
];
