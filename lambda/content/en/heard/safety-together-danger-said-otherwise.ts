/**
 * English statements of danger now in the shapes the other rules miss (./safety-together.ts
 * explains the rules): someone else found beside what they took or caught in the act, an overdose
 * told by what is gone rather than by "took", a cord tied to what holds a body, fumes gathering,
 * a gun out and held, a climb past the barrier at a drop. Each is narrow on purpose: a review found
 * broader versions hearing the monkey bars, a glue gun, the morning train and a run at 5 am as
 * danger, so each names the everyday reason its words could have as `unless`.
 */
import type { SafetyRule } from '../../../safety/safety-phrases';
import { ROUTINE_DOSE } from './safety-parts';

/** Someone close, named the way people name them. */
const SOMEONE =
  /\b(?:my|our|his|her) (?:mum|mom|mam|mother|dad|father|brother|sister|bro|sis|son|daughter|kid|child|wife|husband|partner|girlfriend|boyfriend|gf|bf|friend|mate|best friend|flatmate|roommate|housemate|grandad|granddad|grandpa|grandma|nan|nana|aunt|aunty|auntie|uncle|cousin|neighbour|neighbor)\b|\b(?:grandad|granddad|grandpa|grandma|nan|aunty|auntie|mum|mom|dad)\b/;
/** Found that way: what they took is the other half. */
const FOUND =
  /\b(?:passed out|unconscious|not breathing|will not wake up|would not wake up|cannot wake (?:him|her|them)|not waking up|not responding|unresponsive|will not answer me|is not answering me)\b/;
const WHAT_THEY_TOOK =
  /\b(?:empty (?:pill|pills|pill bottle|bottle of pills|blister|blisters|blister packs|packets|boxes|packs)|(?:pills|tablets|packets|blister packs) everywhere|noose|bag over (?:his|her|their) head|kerosene|bleach|poison|overdose|overdosed)\b/;
/** Doing it now, in so many words. */
const DOING =
  /\b(?:has hanged|hanged (?:himself|herself|themselves)|found (?:him|her|them) hanging|cutting (?:his|her|their) (?:throat|wrists?|neck|arms?|legs?|thighs?)|slit (?:his|her|their) (?:throat|wrists?)|(?:has|just) (?:swallowed|drunk|drank) (?:kerosene|bleach|poison|antifreeze|rat poison|weed killer))\b/;

/** Hanging somewhere in the house, with a cry for help: not "hanging in there" or "hanging out". */
const HANGING_SOMEWHERE =
  /\bhanging (?:in|from|off) (?:the|his|her|their) (?:hallway|hall|stairwell|stairs|banister|garage|shed|loft|attic|wardrobe|closet|bedroom|room|bathroom|door)\b/;
const A_CRY =
  /\b(?:help|oh god|oh my god|not moving|not breathing|cannot get (?:him|her|them) down|found (?:him|her|them)|please|what do i do|ambulance)\b/;

/** Pills gone, down, inside: an overdose told by what is left. */
const PILLS_NAMED =
  /\b(?:pills|tablets|paracetamol|panadol|aspirin|ibuprofen|tylenol|co codamol|codeine|sleeping pills|antidepressants|lithium|insulin|meds|xanax|valium|tramadol|oxy|oxycodone)\b/;
const GONE_DOWN =
  /\b(?:gone|went down|gone down|down my throat|in my stomach|inside me|all gone|bottle is empty|pen is empty|packet is empty|box is empty|used the whole)\b/;
const HOW_MANY =
  /\b(?:all|every|everything|whole|entire|half|the lot|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|packets?|boxes|bottles?|way more|more than|on purpose|shaking|lying down|dizzy|numb|going to finish)\b/;

/** A ligature tied to what will hold a body. */
const LIGATURE_TIED =
  /\b(?:rope|noose|cord|belt|sheet|extension lead|extension cable)(?: is)? (?:tied (?:to|round|around|onto)|wrapped (?:round|around)|looped (?:over|round|around)|around|round) the (?:banister|bannister|beam|rafter|rafters|loft hatch|ceiling hook|tree|branch|top bunk|stair rail|door)\b|\bwrapped the (?:rope|cord|belt|cable|sheet) (?:round|around) the (?:banister|bannister|beam|rafter|rafters|loft hatch|branch|top bunk)\b/;
/** A dog's lead, the washing, a swing: what else rope is tied to. */
const ROPE_FOR =
  /\b(?:dog|puppy|washing|clothesline|swing|hammock|tent|boat|christmas|lights|bunting|gate|bike|tow|climbing|camping|fix|fixing|repair|gutter|roof|tarp|firewood|kayak|canoe|tire|tyre|decorations?)\b/;

/** Fumes named, gathering where the person is. */
const FUMES_NAMED = /\b(?:carbon monoxide|helium|exhaust fumes|hose running into|running into the car)\b/;
const GATHERING =
  /\b(?:filling|filling up|in here|bag|on the bed|door shut|shut the door|windows shut|in the car|into the car|behind me)\b/;
const NOT_FUMES = /\b(?:balloons?|party|birthday|alarm|detector|leak|engineer|boiler|service|test|poisoning symptoms)\b/;

/** A gun brought out and held, or made ready. */
const GUN = /\b(?:gun|shotgun|rifle|pistol|handgun|revolver|firearm)\b/;
const GUN_IN_HAND =
  /\b(?:holding|loading|loaded|out of the (?:safe|cabinet|locker|drawer)|got it out|safety is off|the safety off|in my hand|in my mouth|to my head|cocked)\b/;
const NOT_THAT_GUN =
  /\b(?:hunting|at the range|shooting range|gun range|rifle range|clay pigeons?|clays|duck season|deer season|licen[cs]e|gun club|competition|collection|toy gun|nerf|water gun|squirt gun|nail gun|glue gun|staple gun|heat gun|spray gun|paint gun|caulking gun|paintball|airsoft)\b/;

/** A gun held, loaded or got out, said of the speaker's own or a family's gun. */
const GUN_HELD =
  /\b(?:loaded|holding|have|got|grabbed|took out|got out|picked up|cleaning) (?:my |the |a |his |her |dads |dad |grandpas |grandpa |mums |moms |mum |mom |my dads |my dad |my grandpas |my grandpa )?(?:gun|shotgun|rifle|pistol|handgun|revolver)\b/;

/** "Going to do it" at a time, not said of a chore, a shift or a run. */
const DO_IT_AT =
  /\b(?:going to|will|gonna) do it (?:at|tonight|today|now|in|when|after|before|this)\b|\bdoing it (?:at|tonight|today|now|in|when)\b/;
const A_CHORE =
  /\b(?:homework|the laundry|the dishes|the washing|the essay|the assignment|the run|my run|the test|the exam|the interview|the presentation|the shopping|the workout|my workout|at the gym|the report|the taxes|tax return)\b/;

/** Climbing past the barrier, at a drop. */
const PAST_THE_BARRIER =
  /\b(?:about to climb over|climbing over|climbed over|climbed past|past the barrier|over the barrier|over the railing|other side of the (?:railing|barrier|rail)|outside of the bridge|off the outside)\b/;
const A_DROP =
  /\b(?:dam|dam wall|viaduct|balcony|bridge|cliff|cliffs|roof|rooftop|car park|parking garage|top level|ledge|tower|overpass|flyover|quarry)\b/;
const AN_OUTING =
  /\b(?:hike|hiking|trail|summit|view|photo|photos|tour|climbing wall|bouldering|race|marathon|ball|frisbee|dog|kite|fishing)\b/;

/** A household poison drunk: said of oneself or someone, not of a pet. */
const POISON_DRUNK =
  /\b(?:drank|drunk|swallowed|downed|gulped) (?:the |some |a bottle of |half the |the whole |a cup of |a glass of |a mug of )?(?:drain cleaner|bleach|antifreeze|weed killer|rat poison|toilet cleaner|oven cleaner|paraquat|pesticide|kerosene|petrol|gasoline|poison|lighter fluid|white spirit|methylated spirits|meths|screenwash)\b(?! (?:station|garage|scented|free|coloured|colored|lamp|heater|pill|shots?|apple|potion))/;
const A_PET_OR_A_STORY =
  /\b(?:dog|cat|puppy|kitten|pet|hamster|rabbit|parrot|horse|play|film|movie|book|game|character|hamlet|romeo|juliet|villain|chapter|dream|nightmare|murder mystery|escape room|cocktail|tea)\b/;

/** Blood flowing from what was done, not from a fall, a nose or a kitchen knife. */
const BLOOD_FLOWING =
  /\b(?:blood (?:is )?(?:dripping|pouring|gushing|running|everywhere|all over)|covered in blood|soaked in blood|pool of blood|bleeding everywhere)\b/;
const FROM_WHAT_I_DID =
  /\b(?:my (?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|neck|throat)|i used (?:a|the|my) (?:blade|razor|knife|glass)|i did (?:it|this)|i cut (?:myself|my)|from the (?:glass|blade|razor|knife)|the blade|the razor|onto the (?:carpet|floor|bed)|will not stop)\b/;
const ANOTHER_BLEEDING =
  /\b(?:nosebleed|nose|period|shaving|accident|accidentally|dropped|kitchen|cooking|chopping|paper cut|fell|fall|tripped|bike|game|film|movie|horror|halloween|costume|fake|dog|cat|tattoo|dentist|tooth|teeth|crash|stitches at|hospital|gave blood|blood (?:donation|test)|donat[a-z]*|pierc[a-z]*|mosquito|mozzie|deer|venison|butcher[a-z]*|steak|beef|meat|fish|chicken|beetroot|pomegranate|scab|spot|pimple|leech|brambles?|scooter|rose|bush|thorns?|fence|scraped|shaved|nicked|tin|mandoline|trimmer|lawnmower|window|shell|lip|finger)\b/;

/** Tomorrow not to be seen, made sure of. */
const NO_TOMORROW =
  /\b(?:will not|am not going to) (?:see (?:tomorrow|the morning|morning|sunrise)(?! (?:match|game|episode|parade|show|in|at|news|paper)\b)|wake up(?! (?:the|my|him|her|them|anyone|everyone|to|for|when|at|in time|before|with|hungry|sore|cold|coughing|during)\b)|be here (?:tomorrow|in the morning|by morning))\b/;
const MADE_SURE =
  /\b(?:made sure(?! (?:the|my|she|he|they|we|it))|taken (?:them all|everything|all|the lot|enough)|took (?:them all|everything|all|the lot|enough)|swallowed (?:them|all|my|every|the (?:lot|pills|tablets|bottle|packet))|pills|tablets)\b/;
const A_LIE_IN =
  /\b(?:until|till|early|alarm|noon|lie in|hangover|night shift|flight|holiday|trip|day off|leave|off work|boss|school|cleaner|course|training|hotel|babysitter|appointment|doctor gave|migraine|headache|knock me out)\b/;

/** The hour set, and nothing else said of it: "at three am i am going to do it". */
const THE_HOUR_SET =
  /^(?:at |by )?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|midnight)(?: am| pm| o clock)?(?: tonight)? i am (?:going to|gonna) do it$|\bthat is when (?:i am going|it is happening|it happens|i will do it|i do it)$|\bis when it (?:happens|is happening)(?:$| i have (?:it )?planned)|\bset (?:a|the) time for it$/;
const AT_NIGHT_ALONE = /\b(?:asleep|out (?:till|until)|alone|no one|nobody|midnight|(?:one|two|three|four) am)\b/;
const AN_APPOINTMENT =
  /\b(?:party|meeting|call|flight|train|bus|concert|game|match|show|surgery|wedding|exam|interview|shift|appointment|class|lecture|fireworks|sale|launch|release|countdown|new year|delivery|baby|dog|barks|cramps?|wakes|every night|always|usually|feeds|movie|film|oven|timer|snores|hoots|screams|flushes|insomnia|reflux|heating|hoover|music|noise|bin|vacuum|clean|yoga|meditation|tooth fairy|machine)\b/;

export const ENGLISH_DANGER_SAID_OTHERWISE: readonly SafetyRule[] = [
  { grade: 'danger', all: [SOMEONE, FOUND, WHAT_THEY_TOOK] },
  { grade: 'danger', all: [SOMEONE, DOING] },
  { grade: 'danger', all: [SOMEONE, HANGING_SOMEWHERE, A_CRY] },
  { grade: 'danger', all: [PILLS_NAMED, GONE_DOWN, HOW_MANY], unless: ROUTINE_DOSE },
  { grade: 'danger', all: [LIGATURE_TIED], unless: ROPE_FOR },
  { grade: 'danger', all: [FUMES_NAMED, GATHERING], unless: NOT_FUMES },
  { grade: 'danger', all: [GUN, GUN_IN_HAND], unless: NOT_THAT_GUN },
  { grade: 'danger', all: [GUN_HELD], unless: NOT_THAT_GUN },
  { grade: 'danger', all: [DO_IT_AT], unless: A_CHORE },
  {
    grade: 'danger',
    all: [/\b(?:safety is off|the safety off|safety catch off)\b/, /\b(?:in my hand|to my head|in my mouth|loaded|under my chin)\b/],
    unless: NOT_THAT_GUN,
  },
  { grade: 'danger', all: [PAST_THE_BARRIER, A_DROP], unless: AN_OUTING },
  { grade: 'danger', all: [/\b(?:rocks|stones) in my (?:coat |jacket |trouser |trousers )?pockets\b/] },
  { grade: 'danger', all: [POISON_DRUNK], unless: A_PET_OR_A_STORY },
  { grade: 'danger', all: [BLOOD_FLOWING, FROM_WHAT_I_DID], unless: ANOTHER_BLEEDING },
  { grade: 'danger', all: [NO_TOMORROW, MADE_SURE], unless: A_LIE_IN },
  { grade: 'danger', all: [THE_HOUR_SET, AT_NIGHT_ALONE], unless: AN_APPOINTMENT },
];
