/**
 * English statements of someone else in danger now, or of the scene found (./safety-together.ts
 * explains the rules): someone hurting themselves as the person speaks, someone who said they
 * would die tonight and now does not answer, someone found blue or fitting after taking
 * something, a bathroom covered in blood, a child who swallowed a battery, a stranger over a
 * bridge's railing. What Steady answers is the same as for the speaker: the emergency number first.
 */
import type { SafetyRule } from '../../../safety/safety-phrases';

/** Someone else hurting themselves, and now. */
const HURTING_THEMSELVES =
  /\b(?:cutting|burning|hurting|stabbing|strangling|choking|hitting|harming) (?:herself|himself|themselves|themself)\b/;
const AS_I_SPEAK =
  /\b(?:right now|now|as we speak|on facetime|on the phone|on video|live|i can hear (?:her|him|them)|in (?:her|his|their) room|locked (?:herself|himself|themselves) in)\b/;
/** A story, a stage, a screen: where people hurt themselves in front of an audience. */
const A_STORY =
  /\b(?:play|film|movie|show|book|novel|character|scene|juliet|romeo|opera|game|episode|series|actor|actress|stage|musical|ballet|drama|plot|anime|cartoon|video game)\b/;
/** "She'll kill herself laughing", "he'll kill himself if they lose". */
const A_FIGURE = /\b(?:laughing|laugh|joking|jokes|kidding|if (?:she|he|they) (?:fails?|loses?|misses?))\b/;
/** Their saying they would die, and tonight or silence after it. */
const SAID_THEY_WOULD_DIE =
  /\b(?:said|says|saying|texted|told me|posted|messaged) (?:that )?(?:she|he|they|shed|hed|theyd|she would|he would|they would|she will|he will|they will|she is going to|he is going to|they are going to|she is about to|he is about to|they are about to|about to) (?:kill|end|hang|hurt) (?:herself|himself|themselves|her life|his life|their life|their lives)\b/;
const TONIGHT_OR_SILENCE =
  /\b(?:tonight|today|right now|now|about to|livestream|live stream|will not answer|is not answering|not answering|will not pick up|not picking up|cannot reach|phone is off|phone off)\b/;
/** Found blue, fitting or not responding, after something taken or with blood. */
const FOUND_FAILING =
  /\b(?:gone blue|turning blue|turned blue|lips are blue|having a fit|having a seizure|fitting|not responding|unresponsive|will not wake up|cannot wake (?:her|him|them)|not breathing|passed out|unconscious|collapsed)\b/;
const AFTER_TAKING =
  /\b(?:after taking|taking something|took something|taken something|a load of pills|pills|tablets|overdose|overdosed|swallowed|blood|bleeding|drank|drunk (?:a|the) bottle)\b/;
/** A room found covered in blood, a bath gone red. */
const BLOOD_SCENE =
  /\b(?:floor (?:is )?covered in blood|covered in blood|blood everywhere|blood all over (?:the|my|her|his) (?:floor|bathroom|bed|sheets|room)|pool of blood|bath water (?:is )?(?:gone|turned|turning) red|bath (?:is )?(?:gone|turned|turning) red|water (?:has |is )?(?:gone|turned|turning) red)\b/;
const NOT_A_WOUND =
  /\b(?:film|movie|show|series|episode|game|halloween|paint|dye|hair dye|nosebleed|nose bleed|period|butcher|chicken|meat|fish|deer|hunting|beetroot|beet|bath bomb|wine|ketchup|tomato|prank|costume|stage|rust|clay)\b/;
/** A child who swallowed what burns or poisons. */
const A_CHILD = /\b(?:toddler|baby|son|daughter|kid|child|little one|little boy|little girl|grandson|granddaughter)\b/;
const SWALLOWED_HARM =
  /\b(?:swallowed|ate|eaten|drank|drunk) (?:a |some |the |my |her |his )?(?:button battery|battery|batteries|magnets?|bleach|pills|tablets|detergent|washing pod|laundry pod|dishwasher tablet|drain cleaner|antifreeze|rat poison|weed killer|paracetamol|calpol bottle)\b(?! shaped| flavou?red| sweets?| cake| candy)/;
/** A stranger, or anyone, over the railing of a bridge or a ledge. */
const OVER_THE_RAILING =
  /\b(?:climbing|climbed|standing|sitting|hanging) (?:over|on|on top of|outside|on the wrong side of) (?:the )?(?:bridge )?(?:railing|railings|rail|barrier|parapet|ledge)\b/;
const NOT_A_DROP = /\b(?:photo|selfie|playground|climbing wall|gym|balcony to water|garden|fence|stairs|bunk bed|kids play|train set)\b/;

export const ENGLISH_SOMEONE_ELSE_TOGETHER: readonly SafetyRule[] = [
  { grade: 'danger', all: [HURTING_THEMSELVES, AS_I_SPEAK], unless: A_STORY },
  { grade: 'crisis', all: [HURTING_THEMSELVES], unless: A_STORY },
  { grade: 'danger', all: [SAID_THEY_WOULD_DIE, TONIGHT_OR_SILENCE], unless: A_FIGURE },
  { grade: 'crisis', all: [SAID_THEY_WOULD_DIE], unless: A_FIGURE },
  { grade: 'danger', all: [FOUND_FAILING, AFTER_TAKING], unless: NOT_A_WOUND },
  { grade: 'danger', all: [BLOOD_SCENE], unless: NOT_A_WOUND },
  { grade: 'danger', all: [A_CHILD, SWALLOWED_HARM] },
  { grade: 'danger', all: [OVER_THE_RAILING], unless: NOT_A_DROP },
];
