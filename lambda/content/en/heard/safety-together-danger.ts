/**
 * English statements of danger now, as words that count together (./safety-together.ts explains
 * the rules), for the means: a means and a sign it is at hand, something swallowed and how much,
 * the body already giving way, a wound bleeding, fumes in a closed space, a ligature or a weapon
 * made ready. The places and the moments are in ./safety-together-danger-places.ts.
 */
import type { SafetyRule } from '../../../safety/safety-phrases';

import {
  MEANS,
  WEAPON,
  ON_BODY_OR_SET,
  NEAR,
  TAKEN,
  TOO_MUCH,
  TIME_NOW,
  VAGUE_PLAN,
  FUMES,
  CLOSED_SPACE,
  BLOOD,
  DEEP_WOUND,
  HARMING,
  ON_MYSELF,
  BODY_GIVING_WAY,
  INTO_THE_WATER,
  GUN_READY,
  TAKING_THEM_NOW,
  NOW_OR_COUNTED,
  LIGATURE,
  AT_THE_NECK_OR_GOING,
  WEAPON_WITH,
  UNDER_WAY,
  ROUTINE_DOSE,
} from './safety-parts';
import { ENGLISH_DANGER_PLACES_TOGETHER } from './safety-together-danger-places';

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
  {
    grade: 'danger',
    all: [/\bset (?:the |a )?fire\b|\bpetrol|\bgasoline\b/, /\b(?:staying|in here|in my room|lighter|matches|all over me)\b/],
  },
  { grade: 'danger', all: [VAGUE_PLAN, MEANS] },
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
  { grade: 'danger', all: [/\bi am (?:jumping|going to jump)(?: now| tonight)?$/] },
  { grade: 'danger', all: [WEAPON, /\b(?:made up my mind|decided|tonight|going to use|do it)\b/] },
  {
    grade: 'danger',
    all: [
      HARMING,
      ON_MYSELF,
      /\b(?:cannot stop|will not stop|really deep|too deep|so deep|just now|right now|coming off|really bad|so bad|badly|a lot of blood|so much blood)\b/,
    ],
  },
  { grade: 'danger', all: [FUMES, CLOSED_SPACE] },
  { grade: 'danger', all: [/\bplastic bag\b/, /\b(?:tape|ready|over my head|on my head|around my neck)\b/] },
  { grade: 'danger', all: [BLOOD, DEEP_WOUND] },
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
  { grade: 'danger', all: [UNDER_WAY] },
  { grade: 'danger', all: [/\bthis is it\b/, /\b(?:note|goodbye|goodbyes|letters?|given|gave|pills|rope)\b/] },
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
  {
    grade: 'danger',
    all: [
      MEANS,
      /\b(?:all gone|gone down|(?:are|is) all in|are in now|are in and|half gone|(?:pills|tablets|packet|packets|bottle|meds|lot) (?:is |are )?(?:all )?gone)\b/,
      /\b(?:whole|bottle|bottles|packet|packets|box|strip|all|done it|vodka|whisky|whiskey|wine|gin|rum|beer|alcohol|booze)\b/,
    ],
    unless: ROUTINE_DOSE,
  },
  { grade: 'danger', all: [/\b(?:bottle|packet|pack|box|blister) (?:is )?empty\b/, BODY_GIVING_WAY] },
  {
    grade: 'danger',
    all: [
      MEANS,
      /\b(?:whole|entire|bottle|packet|box|handful)\b/,
      /\b(?:minutes ago|an hour ago|half an hour ago|hours ago|hour ago|earlier tonight)\b/,
    ],
  },
  {
    grade: 'danger',
    all: [MEANS, /\b(?:massive|huge|big|double|triple|whole) dose\b|\boverdose\b/, /\b(?:on purpose|deliberately|to die|to end it)\b/],
  },
  {
    grade: 'danger',
    all: [
      /\b(?:cannot keep my eyes open|eyes (?:are )?closing|going blurry|everything is blurry|cannot stand up)\b/,
      /\b(?:what i took|what i have taken|the (?:pills|tablets|meds)|(?:pills|tablets|meds) (?:are )?(?:working|kicking in)|after (?:the|my) (?:pills|tablets|meds))\b/,
    ],
  },
  { grade: 'danger', all: [/\b(?:pills|tablets|meds) (?:are )?(?:working|kicking in)\b/, BODY_GIVING_WAY] },
  {
    grade: 'danger',
    all: [MEANS, /\bcannot feel my (?:hands|legs|feet|arms|fingers|face)\b|\bheart (?:is )?going (?:mad|crazy|mental)\b/],
  },
  {
    grade: 'danger',
    all: [
      /\bengine (?:has )?(?:been running|is running|running)\b|\bfumes (?:are )?filling\b/,
      /\b(?:sleepy|drowsy|dizzy|room|garage|car|now)\b/,
    ],
  },
  { grade: 'danger', all: [FUMES, /\bin the (?:car )?window\b/] },
  {
    grade: 'danger',
    all: [
      /\b(?:blood|bleeding|knife|blade|razor|cord|rope|belt|gun|pills)\b/,
      /\b(?:did it (?:to )?(?:himself|herself|themselves)|(?:round|around) (?:his|her|their) neck|to (?:his|her|their) (?:wrists?|throat|neck|head)|will not put it down)\b/,
    ],
  },
  { grade: 'danger', all: [BLOOD, /\b(?:soaking|soaks|soaked) through\b|\bthrough the (?:bandage|towel|dressing|plaster)\b/] },
  { grade: 'danger', all: [/\b(?:blade|razor|knife|glass)\b/, /\binto my (?:wrists?|neck|throat|skin|arm|arms|leg|thigh|chest)\b/] },
  {
    grade: 'danger',
    all: [
      /\b(?:broken glass|shard|blade|razor|knife)\b/,
      /\bin my (?:arm|arms|wrists?|leg|legs|skin|thigh|neck)\b/,
      /\b(?:i put it there|on purpose|to myself|did it myself|i did it)\b/,
    ],
  },
  { grade: 'danger', all: [/\bi (?:have )?(?:just )?(?:cut|slit|sliced|slashed)\b/, /\b(?:too|so|really|very) deep\b/] },
  { grade: 'danger', all: [LIGATURE, /\b(?:somewhere to (?:tie|hang) it|found (?:a|the) (?:spot|beam|branch|hook) (?:for|to tie))\b/] },
  {
    grade: 'danger',
    all: [
      /\b(?:bleach|antifreeze|drain cleaner|weedkiller|weed killer|pesticide|rat poison)\b/,
      /\b(?:drinking it|drinking|swallowing|in my (?:cup|glass|mouth))\b/,
    ],
  },
  { grade: 'danger', all: [MEANS, /\bwhole (?:bottle|packet|box|strip)\b/, /\b(?:done|gone|down|finished)$/] },
  {
    grade: 'danger',
    all: [
      /\bi am cutting\b|\bcutting (?:myself|my)\b/,
      /\bwith the (?:pieces|glass|shards?|blade|razor)\b|\bright now\b|\bat the moment\b/,
    ],
  },
  { grade: 'danger', all: [MEANS, /\bcrushed\b/, /\b(?:drink|glass|water|juice|cup)\b/] },
  { grade: 'danger', all: [/\b(?:chugged|guzzled|downed)\b/, MEANS] },
  {
    grade: 'danger',
    all: [
      /\b(?:do not|dont) (?:want|call|need) (?:an )?ambulance\b|\bno ambulance\b/,
      /\b(?:whole|pills|tablets|took|taken|taking|cut|bleeding|blood)\b/,
    ],
  },
  { grade: 'danger', all: [/\bbottle (?:is )?open\b/, /\bcounting (?:them|out)\b/] },
  {
    grade: 'danger',
    all: [
      /\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred) of them\b/,
      /\b(?:right here|glass of water|in front of me|ready)\b/,
    ],
  },
  { grade: 'danger', all: [/\b(?:will not|wont) (?:need|be needing) (?:them|it|this|you|these)\b/, /\bafter (?:tonight|today|this)\b/] },
  { grade: 'danger', all: [/\b(?:drank|drunk|swallowed|took|had)\b/, /\b(?:toilet|oven) cleaner\b/] },
  // Means taken with drink, the rest still to come, and what is ready in front of the person.
  { grade: 'danger', all: [/\b(?:washed down|knocked back)\b/, MEANS] },
  {
    grade: 'danger',
    all: [
      /\b(?:taking|swallowing|having) the rest\b|\bi am swallowing them\b/,
      /\b(?:pills|tablets|meds|sleeping|pack|packet|bottle|them)\b/,
    ],
  },
  {
    grade: 'danger',
    all: [MEANS, /\bkick(?:s|ing)? in\b/],
    unless: /\b(?:dentist|doctor|gp|prescribed|finally|headache|migraine|back pain|toothache|feel better|feeling better|relief)\b/,
  },
  {
    grade: 'danger',
    all: [
      /\b(?:taken|took|swallowed|downed|gone)\b/,
      /\bevery (?:last |single )?one\b|\ball (?:twenty|thirty|forty|fifty|sixty|ninety|hundred)\b/,
    ],
  },
  {
    grade: 'danger',
    all: [
      /\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b/,
      MEANS,
      /\b(?:in front of me|right here|glass of water|ready)\b/,
    ],
  },
  { grade: 'danger', all: [/\b(?:saved up|stockpiled|hoarded)\b/, MEANS, /\b(?:in front of me|right here|ready|tonight|now)\b/] },
  { grade: 'danger', all: [/\bbath\b/, MEANS, /\b(?:getting in|in the bath with|with the)\b/] },
  { grade: 'danger', all: [/\bambulance\b/, /\b(?:in time|made sure)\b/] },
  // Blades on the body, cuts going on, bleeding that pours.
  {
    grade: 'danger',
    all: [
      /\b(?:knife|knives|blade|blades|razor|razors|shard|broken glass|scalpel)\b/,
      /\b(?:against|into|in) my (?:arm|arms|stomach|wrist|wrists|neck|throat|skin|leg|thigh|chest)\b|\bin the bath with it\b|\b(?:sitting|lying) (?:in the bath|on the floor) with it\b|\bis in them\b/,
    ],
  },
  { grade: 'danger', all: [/\b(?:keep|still) (?:slicing|cutting|slashing)\b/] },
  { grade: 'danger', all: [/\btoo deep\b|\bhit something\b/, /\b(?:pouring|gushing|will not stop|spurting)\b/] },
  // Gas let out unlit, fire set with the person inside.
  { grade: 'danger', all: [/\b(?:burners|gas|stove|hob|cooker)\b/, /\bwithout lighting\b|\bnot lit\b|\bblew out the pilot\b|\bunlit\b/] },
  {
    grade: 'danger',
    all: [
      /\bfire to my (?:room|house|flat|bed)\b|\bkerosene\b|\bpetrol\b/,
      /\b(?:staying in it|matches|matchbox|lighter|poured|in here)\b/,
    ],
  },
  {
    grade: 'danger',
    all: [/\b(?:letters?|note) (?:is |are )?written\b/, /\b(?:pills|tablets|rope|gun|knife) (?:are|is) (?:here|ready)\b/],
  },
  { grade: 'danger', all: [WEAPON, /\bnot coming back\b/] },
  ...ENGLISH_DANGER_PLACES_TOGETHER,
];
