/**
 * English statements of danger now in the shapes the other rules miss (./safety-together.ts
 * explains the rules): someone else found beside what they took or caught in the act, an overdose
 * told by what is gone rather than by "took", a cord tied to what holds a body, fumes gathering,
 * a gun out and held, a climb past the barrier at a drop. Each is narrow on purpose: a review found
 * broader versions hearing the monkey bars, a glue gun, the morning train and a run at 5 am as
 * danger, so each names the everyday reason its words could have as `unless`.
 */
import type { SafetyRule } from '../../../safety/safety-phrases';
import { anyOf } from '../../any-of';
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
  /\b(?:drank|drunk|swallowed|downed|gulped) (?:(?:the|some|a|half|half a|half the|the whole|a whole|a full|the full) )?(?:(?:bottle|cup|glass|mug|can|tin|jug|capful|tub) of )?(?:drain cleaner|bleach|antifreeze|weed killer|rat poison|toilet cleaner|oven cleaner|paraquat|pesticide|insecticide|kerosene|petrol|gasoline|poison|lighter fluid|white spirit|methylated spirits|meths|screenwash|nail polish remover|nail varnish remover|acetone|paint thinner|turps|turpentine|lamp oil|caustic soda|battery acid)\b(?! (?:station|garage|scented|free|coloured|colored|lamp|heater|pill|shots?|apple|potion))/;
const A_MACHINE_OR_A_SIMILE =
  /\b(?:mower|lawnmower|truck|car|van|engine|generator|chainsaw|moped|motorbike|bike|stove|heater|floor|floorboards|wood|oak|table|rag|drain|sink|nails|weeds|plants|soil|tank)\b|\b(?:like|as if|as though) i (?:just )?(?:drank|swallowed|downed|gulped)\b|\bi swear i\b/;
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

const PACKS_CARRIED =
  /\b(?:(?<!\b(?:goodbye|bye|sorry|love|message|note|letter|it) )to (?:my|the|her|his|a|our)|up to|back|on (?:holiday|the plane|the trip|the residential)|plane|holiday|trip|handbag|suitcase|in my case|cupboard|drawer|first aid|food bank|recycling|clinic|customs|airline|residential|for (?:the|my) (?:dog|cat)|for years|out of date|volunteering)\b/;
/** Boxes or packets of a medicine taken: a count of packs, not of doses. */
const PACKS_TAKEN =
  /\b(?:took|taken|swallowed|necked|downed|had) (?:(?:like|about|over|maybe|around|nearly|almost|at least) )?(?:two|three|four|five|six|a few|several|a couple of) (?:boxes|packets|packs|bottles|strips|blister packs|sheets) of\b/;

const A_VISIT =
  /\b(?:festival|hotel|resort|holiday|midges|cafe|sunset|views|road|float tank|spa|anaesthetist|hospital|theatre|film|titanic|climbing|sea front|clams)\b/;
/** Walking into water, not to come out. */
const INTO_THE_WATER =
  /\b(?:walk|walking|walked|wade|wading|go|going|went|step|stepping|standing|stood|float|floating) (?:out |straight |right )?(?:in|into|towards?|toward) the (?:water|sea|ocean|lake|river|canal|loch|reservoir|quarry|waves)\b|\bi am (?:standing |sat |sitting )?(?:in|at|by) the (?:water|sea|ocean|lake|river|canal|loch|reservoir|quarry)\b|\blet (?:the sea|the water|the waves|the river|the current|the ocean) take me\b/;
const NOT_COMING_OUT =
  /\b(?:i am going under|going under now|until i (?:go under|drown|sink)|keep (?:walking|swimming|going)(?: out| in| further| deeper| until)|(?:not|never) (?:turning|coming) (?:back|out)\b(?! (?:to|until|till|here|there|for|again|at)\b)|will not (?:turn|come) (?:back|out)\b(?! (?:to|until|till)\b)|let (?:the water|the sea|the waves|the current|the river|it) take me|let(?:ting)? myself (?:sink|drown|go under))/;
const A_SWIM =
  /\b(?:swim|swimming|swimmer|wetsuit|surf|surfing|paddle|paddling|boat|kayak|canoe|dog|kids|ball|fishing|snorkel|dive|diving|training|race|lesson|lifeguard|cold water|wild swim)\b/;

/** A drive straight into the water. */
const DRIVE_IN =
  /\b(?:i am |i will |i am going to |going to |about to |want to |i could )(?:just )?(?:drive|driving) (?:(?:the|my) car )?(?:straight |right )?(?:in$|in now|into (?:it|the water|the river|the lake|the sea|the canal|the reservoir|the quarry|the harbour|the dock)|off (?:it\b|(?:the )?(?:edge|end|pier|dock|jetty|cliff|quay|harbour wall)))/;
const WATER = /\b(?:river|lake|sea|canal|reservoir|quarry|harbour|harbor|dock|pier|jetty|water)\b/;
const NOT_A_DRIVE =
  /\b(?:car wash|ferry|drive in (?:cinema|movie|film|theatre|diner|restaurant)|drive thru|cinema|parking|garage|boat ramp|slipway|launch|ford|tour|amphibious|duck|satnav|sat nav|instructor|flood|flooded|never|do not|movie|film|top gear|news)\b/;

/** The room doused, and a flame at hand. */
const DOUSED =
  /\b(?:doused|soaked|drenched|covered) (?:myself|me|the room|my room|the house|the flat|my flat|the car|my clothes|everything|the bed|my bed|the floor) (?:in|with) (?:petrol|gasoline|kerosene|lighter fluid|fuel|paraffin|diesel|white spirit|accelerant|meths|methylated spirits)\b|\b(?:am|is|are|was|were) (?:doused|soaked|drenched|covered) in (?:petrol|gasoline|kerosene|lighter fluid|fuel|paraffin|diesel|white spirit|accelerant|meths)\b|\bpoured (?:petrol|gasoline|kerosene|lighter fluid|fuel|paraffin|diesel) (?:on|over|all over) (?:myself|me|the room|my room|everything|the floor|the bed|my bed)\b/;
const A_FLAME =
  /\b(?:lighter|matches|a match|light (?:it|myself|the room|a match)|set (?:fire|it alight|myself (?:alight|on fire))|flame)\b/;
const A_FIRE_MEANT =
  /\b(?:bbq|barbecue|barbie|bonfire|candles?|fire pit|log burner|garden|plants|weeds|rain|carpet cleaner|sweat|water fight|campfire|by accident|accidentally|spilt|spilled|spill|mower|generator)\b/;

const A_KNOT_FOR_SOMETHING_ELSE =
  /\b(?:swing|hammock|bunting|lights|boat|karate|dressing gown|tug of war|well|pinata|piñata|blind|tyre|posts|tree|climb|referee|photos|makeup|christmas|decorations|tent|washing line|dog)\b/;
/** A ligature knotted and what to stand on ready: not the knot a wedding ties. */
const KNOT_TIED =
  /\bnoose(?: is)? (?:tied|ready|up)\b|\b(?:tied|made) (?:the|a|my) noose\b|\b(?:rope|cord|belt)(?: is)? (?:tied|knotted) (?:to|round|around|over|on) (?:the )?(?:beam|banister|bannister|loft hatch|door|ceiling|rafter|hook|pipe|light fitting|curtain rail|stair rail|loft)\b|\b(?:rope|cord|belt|knot)(?: is)? tied(?= (?:and|up)\b|$)/;
const SOMETHING_TO_STAND_ON = /\b(?:chair|stool|ladder|step|bucket)(?: is)? (?:ready|in place|underneath|under it|set up|there)\b/;

/** Someone close, cut badly and not answering. */
const AN_ACCIDENT_OR_A_DEVICE =
  /\b(?:(?:phone|app|line|radio|timer|screen|laptop)(?: line)? (?:is |was |went |keeps )?(?:not responding|unresponsive|frozen|crashed|dead)|surgery|operation|sight of blood|nearly|last year|years ago|in the war|story|film|movie|fine|shaving|gardening|carving|(?:a|the|his|her|my|circular|hand|table|band) saw|chainsaw|glass|oven|football|playground|rocks|tin can|accident)\b/;
const CUT_BADLY =
  /\b(?:slashed|slit) (?:his|her|their) (?:throat|wrists?|neck|arms?|legs?|thighs?)\b|\bcut (?:his|her|their) (?:throat|wrists?|neck)\b|\bcut (?:his|her|their) (?:arms?|legs?|thighs?) (?:really |very |so )?(?:badly|bad|deep|deeply)\b/;

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
  { grade: 'danger', all: [POISON_DRUNK], unless: anyOf(A_PET_OR_A_STORY, A_MACHINE_OR_A_SIMILE) },
  { grade: 'danger', all: [BLOOD_FLOWING, FROM_WHAT_I_DID], unless: ANOTHER_BLEEDING },
  { grade: 'danger', all: [NO_TOMORROW, MADE_SURE], unless: A_LIE_IN },
  { grade: 'danger', all: [THE_HOUR_SET, AT_NIGHT_ALONE], unless: AN_APPOINTMENT },
  { grade: 'danger', all: [PACKS_TAKEN, PILLS_NAMED], unless: anyOf(ROUTINE_DOSE, PACKS_CARRIED) },
  { grade: 'danger', all: [INTO_THE_WATER, NOT_COMING_OUT], unless: anyOf(A_SWIM, A_VISIT) },
  { grade: 'danger', all: [DRIVE_IN, WATER], unless: NOT_A_DRIVE },
  { grade: 'danger', all: [DOUSED, A_FLAME], unless: A_FIRE_MEANT },
  { grade: 'danger', all: [KNOT_TIED, SOMETHING_TO_STAND_ON], unless: A_KNOT_FOR_SOMETHING_ELSE },
  { grade: 'danger', all: [SOMEONE, CUT_BADLY, FOUND], unless: AN_ACCIDENT_OR_A_DEVICE },
];
