/**
 * What English speakers say, as data for the safety grader (../grade.ts): statements of danger
 * now, of crisis, and the everyday idioms that look like them but are not. Matched against text
 * normalised by normaliseFeelingText (lowercase, contractions spelled out, no punctuation).
 *
 * Categories follow published sources (docs/safety-sources.md): the Columbia Suicide Severity
 * Rating Scale's ideation levels (wish to be dead, thoughts, method, intent, plan) and behaviours
 * (attempts, interrupted and aborted attempts, preparatory acts, self-injury); the 988 Lifeline,
 * NIMH, AFSP and Samaritans warning signs (wanting to die, being a burden, feeling trapped,
 * unbearable pain, saying goodbye, giving things away, looking for means). Danger now is what
 * those sources tell a listener to call emergency services for: an act in progress or means at
 * hand.
 */
import type { SafetyPhrases } from '../../../safety/safety-phrases';
import { ENGLISH_TOGETHER, ENGLISH_WARNING_WORDS } from './safety-together';
import { ENGLISH_CRISIS } from './safety-crisis';
import { ENGLISH_OPENINGS } from './safety-openings';
import { ENGLISH_MISHEARD } from './safety-misheard';

/** Danger now: an act taken or under way, means at hand, a time that is now or tonight. */
const DANGER: readonly RegExp[] = [
  // An overdose or poison taken.
  /\b(?:took|taken|swallowed|swallow|downed|just had|have had) (?:a |an |my |the |all (?:of )?(?:my |the )?|a whole (?:bottle|pack|packet|box) of |a bottle of |a handful of |too many |loads of |lots of |a lot of |a bunch of |every |[a-z]+ )?(?:pills|tablets|paracetamol|tylenol|painkillers|sleeping pills|meds|medication|medicine|capsules|overdose|poison|bleach|antifreeze)\b/,
  /\b(?:took|taken|swallowed|drank|drunk) (?:some |the |a bottle of )?(?:poison|bleach|antifreeze|weed killer|rat poison)\b/,
  /\boverdosed\b/,
  /\b(?:the |my |all (?:the |my )?)?(?:pills|tablets|meds|knife|blade|razor|gun|rope|noose|belt) (?:is |are )?(?:in my hand|in front of me|right here|ready|next to me|beside me|with me|in my pocket|on the table|counted out|lined up)\b/,
  /\b(?:have|got|holding|bought|loaded|found|tied|set up|hung|hanging up) (?:a |the |my |some )?(?:gun|rope|noose|knife|blade|razor|pills|belt) (?:[a-z]+ ){0,10}(?:ready|now|tonight|going to|about to|to do it|to end|for it|myself)\b/,
  /\b(?:rope|noose) (?:[a-z]+ ){0,10}(?:ready|tied|up|around my neck)\b/,
  /\b(?:loaded (?:the |my |a )?gun|gun (?:is )?loaded|gun to my head|pointing (?:a|the|my) gun at (?:my ?self|my head))\b/,
  // Bleeding, cutting now.
  /\b(?:blood everywhere|cannot stop the bleeding|will not stop bleeding)\b/,
  /\b(?:cut|slit|slashed|sliced) (?:my |both )?(?:wrists?|wrist|throat|arms? open)\b/,
  // At a height, on the tracks, in the road, driving to crash.
  /\b(?:standing|sitting|stood|up) on (?:the |a )(?:edge|cliff edge)\b|\b(?:standing|sitting|stood|up) on (?:the |a )?(?:ledge|railing|tracks|train tracks|railway line)\b/,
  /\b(?:on|at) (?:the |a )?(?:bridge|ledge|roof|rooftop|cliff|edge|tracks|train tracks|railway line) (?:and|to|ready|about|going|right now|now)\b/,
  /\b(?:jump|jumping|going to jump|about to jump) (?:off|from|in front of)\b/,
  /\b(?:step|stepping|walk|walking|lie|lying) (?:out )?(?:in front of|onto|on|into) (?:a |the )?(?:train|bus|truck|traffic|tracks|road|motorway|freeway|highway|interstate|dual carriageway)\b/,
  /\b(?:crash|drive|driving|steer|swerve) (?:my car |the car |it )?(?:into|off|in front of) (?:a |the )?(?:wall|tree|bridge|cliff|truck|traffic|river|lake|barrier|road)\b/,
  /\b(?:crash|crashing|wreck|wrecking) (?:my|the) car (?:on purpose|deliberately)\b/,
  // A note written, goodbyes now, the last night.
  /\b(?:wrote|written|writing|left|finished) (?:a |my |the )?(?:suicide |goodbye |last )(?:note|letter|letters|notes)\b/,
  /\b(?:wrote|written|writing|left|finished) (?:a |my |the )?(?:note|letter|letters|notes) (?:for|to) (?:my family|everyone|everybody|my kids|my children|my parents|my mum|my mom|my dad|my wife|my husband|my partner|my loved ones|the people i love|them all|you all)\b/,
  /\b(?:tonight|today|this is) (?:is )?(?:my|the) last (?:night|day)\b/,
  /\b(?:my|the) last (?:night|day) (?:alive|on earth|tonight|today)? (?:[a-z]+ ){0,10}(?:tonight|today|decided|going to|is)\b/,
  /\bdecided (?:that )?(?:tonight|today) is (?:my|the) (?:last|night|day)\b/,
  /\b(?:going to|about to|gonna|will|doing it|do it) (?:kill myself |end it |end my life |do it )?(?:tonight|right now|now|today|in an hour|in a few minutes)\b/,
  /\bgoing to do it (?:tonight|now|today)\b|\bdoing it (?:tonight|now|today)\b|\bdo it tonight\b/,
  /\b(?:locked|lock) myself in (?:[a-z]+ ){0,10}(?:pills|knife|rope|gun|blade|car|garage|fumes)\b/,
  /\b(?:car|engine) (?:is )?running in the (?:closed )?garage\b/,
];

/** More of danger now, by kind: substances taken, weapons and means in hand, places, a time now. */
const SUBSTANCE =
  '(?:pills|tablets|meds|medication|medicine|prescription|antidepressants|paracetamol|acetaminophen|tylenol|ibuprofen|aspirin|painkillers|sleeping pills|sleepers|xanax|valium|oxy|oxycodone|opioids|fentanyl|heroin|insulin|lithium|codeine|tramadol|benzos|capsules|bleach|antifreeze|poison|rat poison|weed killer|everything|everything i had|all of it|something)';
const MORE_DANGER: readonly RegExp[] = [
  // Up to six words between the verb and what was taken ("like thirty of my"): bounded, so matching stays linear.
  new RegExp(
    `\\b(?:took|taken|swallowed|swallowing|necked|popped|popping|downed|injected|drank|drunk|overdosed on|od on) (?:[a-z]+ ){0,6}${SUBSTANCE}\\b`,
  ),
  /\b(?:took|taken|swallowed|drank) (?:something|it|them) on purpose\b|\bon purpose (?:[a-z]+ ){0,10}(?:took|swallowed|pills|tablets|overdose|cut|drank)\b/,
  /\b(?:took|taken|swallowed) too many\b|\btook everything\b|\bjust did it\b/,
  /\b(?:knife|blade|razor|gun|shotgun|pistol|rope|noose|belt|cord|pills|tablets) (?:is |are )?(?:to my|at my|against my|on my|in my hand|in hand|right here|next to me|beside me|ready|tied|up|set up|in front of me|on the bed|on my lap)\b/,
  /\b(?:holding|pressing|put|putting) (?:a |the |my )?(?:knife|blade|razor|gun) (?:to|against|at) my\b/,
  /\b(?:pull|pulling) the trigger\b|\b(?:let go|jump|step off|step out|do it|end it|hang myself|go through with it) (?:now|tonight|right now)\b/,
  /\babout to (?:take (?:the whole|all|every|the lot)|do it|pull|jump|let go|step|end it|hang|kill myself|go|take them|take the pills|cut|drive|crash|go through with it)\b/,
  /\b(?:on|at|in|by|near) (?:the |a |my )?(?:(?:[a-z]+ )?floor )?(?:window ledge|window sill|windowsill|ledge|overpass|cliffs?|cliff edge|platform|station|bridge|roof|rooftop|balcony|railing|parapet|tracks|motorway bridge|car park roof|parking garage roof|top of the [a-z]+) (?:[a-z]+ ){0,10}(?:jump|let go|step|fall|end|do it|train|ready|going|legs|edge|now)\b/,
  /\b(?:hanging|leaning|climbing|climbed) (?:out (?:of )?|over )(?:the |a )?(?:window|railing|edge|balcony|ledge)\b/,
  /\bin the bath (?:with|and) (?:the |a |my )?(?:razor|blade|knife|pills)\b/,
  /\b(?:texting|messaging|sending|sent|calling|writing to) (?:everyone|everybody|my family|people|them|my friends) (?:goodbye|my goodbyes|a goodbye|my last)\b|\bmy last message\b|\blast (?:text|message|post) (?:is |has been )?(?:sent|up|posted)\b/,
  /\b(?:set|picked|chose|chosen) (?:a |the )?date\b(?! (?:of|for (?:the|my|our) (?:wedding|party|meeting|exam|trip|interview|appointment|holiday|move|surgery)))|\bthis is it for me\b|\bi am going now (?:[a-z]+ ){0,10}(?:goodbye|bye|last|never)\b/,
  /\b(?:cannot|can not|will not|wont) stop (?:the )?bleeding\b|\bbleeding (?:a lot|badly|heavily|everywhere|out)\b/,
  /\b(?:tomorrow|tonight|this (?:morning|evening|weekend|friday|saturday|sunday|monday|tuesday|wednesday|thursday)|at midnight|after (?:this|work|everyone)|when everyone is asleep) (?:[a-z]+ ){0,10}(?:kill myself|end it|end my life|do it|shoot myself|hang myself|jump)\b/,
  /\b(?:kill myself|end it|end my life|do it|shoot myself|hang myself|jump) (?:tomorrow|tonight|this (?:morning|evening|weekend|friday|saturday|sunday|monday|tuesday|wednesday|thursday)|at midnight|after (?:this|work)|when everyone is asleep)\b/,
  /\b(?:sent|sending|texted|posted) (?:my |a |the )?(?:goodbye|farewell|last) (?:texts?|messages?|letters?|emails?|posts?|notes?|voice ?notes?)\b/,
  /\b(?:a|the) plan and (?:a|the) date\b|\bletting (?:the )?(?:current|water|waves|sea|river|tide) take me\b|\bhose (?:[a-z]+ ){0,4}exhaust\b|\bexhaust (?:[a-z]+ ){0,4}hose\b/,
  /\b(?:carbon monoxide|fumes|gas|smoke|charcoal) (?:is )?(?:filling|in) (?:the|my) (?:room|car|garage|flat|tent|bathroom)\b/,
  /\bparked (?:on|across) (?:the )?(?:train line|tracks|railway line|railway|level crossing)\b|\bswim(?:ming)? out (?:till|until|as far as)\b|\bgoing in off (?:the )?(?:bridge|pier|cliff|ledge|rocks)\b/,
  /\b(?:legs|feet) (?:are |is )?(?:over|dangling over|hanging over) (?:the )?(?:side|edge|railing|ledge)\b|\bwrap (?:my|the) car (?:around|round) (?:a|the) (?:pole|tree|lamp post|lamppost|wall)\b/,
  // Fire and fuel: doused, set alight, a fire lit to stay in.
  /\b(?:doused|soaked|covered|drenched|poured) (?:myself|me|all over me) (?:[a-z]+ ){0,2}(?:in |with )?(?:petrol|gasoline|gas|kerosene|paraffin|lighter fluid|diesel|fuel)\b|\b(?:petrol|gasoline|kerosene|paraffin|lighter fluid|diesel) (?:is )?(?:all )?over me\b/,
  /\b(?:set|lit|setting|lighting|put) (?:my |the |our )?(?:bed|house|room|flat|apartment|bedroom|car|myself|me) (?:on fire|alight|ablaze)\b(?! (?:by accident|accidentally|cooking))/,
  /\b(?:barbecue|bbq|charcoal|disposable grill|grill) (?:is |are )?(?:lit |burning |going )?(?:inside|in the (?:tent|car|bathroom|bedroom|room|flat))\b|\b(?:lit|lighting) (?:a |the )?(?:barbecue|bbq|charcoal|disposable grill) (?:[a-z]+ ){0,3}(?:inside|indoors|in the (?:tent|car|bathroom|bedroom|room|flat))\b|\b(?:windows|vents|door|doors|gaps) (?:are |is )?(?:taped|sealed|blocked)(?: up)?\b|\b(?:taped|sealed|blocked) (?:up )?(?:the )?(?:windows|vents|door|doors|gaps)\b/,
  /\bhead (?:is )?in the (?:gas )?oven\b|\bgas (?:oven |cooker |hob )?(?:is )?(?:on|turned on|left on) and (?:my head|i am)\b/,
  // Water past the waist, still going.
  /\b(?:up to|at|past|over) my (?:waist|chest|neck|chin|shoulders)\b(?:[a-z ]*)\b(?:not (?:turning|going|coming|swimming) back|further out|going under|keep walking|walking further|not getting out|letting go|not stopping)\b/,
  /\b(?:water|river|sea|lake|canal|tide|waves) (?:is |are )?(?:filling|coming into|pouring into) (?:the |my )?car\b|\bnot (?:going to|gonna) swim back\b/,
  // Driving to crash, a barrel held, electricity in the bath, a needle in.
  /\b(?:steering|driving|swerving|aiming|accelerating|going full speed|full speed) (?:[a-z]+ ){0,2}(?:into|at|towards|toward) (?:the |a |an )?(?:oncoming (?:lane|traffic)|tree|barrier|wall|pillar|bridge|lorry|truck|bus|central reservation|median|pole)\b|\bfoot (?:is )?(?:flat )?(?:on|to) the (?:pedal|floor|accelerator|gas)\b(?:[a-z ]*)\b(?:at|into|towards) the\b/,
  /\bbarrel (?:is )?(?:under my chin|in my mouth|against my (?:head|temple|chin)|to my (?:head|temple|chin))\b|\b(?:me and|just me and|with) (?:the|my|a|dads|my dads) (?:gun|rifle|shotgun|pistol) (?:are |is )?(?:out|alone|in the)\b/,
  /\b(?:bath|tub|bathtub) with (?:the |a |my )?(?:hairdryer|hair dryer|toaster|heater|radio|straighteners) (?:plugged in|in|on)\b/,
  /\bneedle (?:is )?in (?:my arm )?and (?:it is )?the whole (?:bag|lot|thing)\b|\bthe overdose is (?:working|kicking in)\b/,
  // Pills: the lot, finished, in hand, more after many.
  /\b(?:swallowed|took|taken|had|finished|downed) (?:the |them |it )?(?:whole lot|every one|every single one|them all|all of them|the lot|the rest)\b|\bfinished (?:the |a |my |her |his )?(?:bottle|packet|pack|box|strip|blister pack|tub|jar) of\b/,
  /\b(?:holding|have|got) (?:the |my |all the )?(?:pills|tablets) and (?:the |a )?(?:water|vodka|drink|glass)\b|\b(?:pills|tablets) in (?:one|my) hand\b/,
  /\bshould i take the rest\b|\b(?:already )?(?:had|taken|took|swallowed) (?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundred)(?: [a-z]+)? (?:pills|tablets|of them|disprin|paracetamol|aspirin|ibuprofen|sleeping pills|painkillers)\b/,
  // Cut and bleeding now.
  /\bslashed (?:my |both )?(?:wrists?|arms?|forearms?|legs?|thighs?|throat|neck)\b|\b(?:it is |it is still |still )?gushing\b|\bcut (?:is |was )?(?:really |so |too |very )?deep and\b|\bbleeding (?:through|all over) (?:the |my )?(?:towel|bandage|sheets|clothes|jeans|shirt)\b|\b(?:bleeding|blood) (?:[a-z]+ ){0,4}(?:where i cut|from the cut|i cut (?:it|myself) on purpose)\b/,
  // At the edge, past the railing.
  /\bwrong side of the (?:railing|railings|barrier|fence|rail|bridge)\b|\b(?:leg|legs|foot|feet|one leg) (?:is |are )?over the (?:[a-z]+ ){0,2}(?:railing|rail|edge|side|barrier|parapet)\b|\bclimbing over (?:the )?(?:railing|rail|barrier|edge|parapet|balcony)\b|\bi am on the (?:balcony|ledge|roof|bridge) and i am climbing\b/,
  /\blooking down and (?:i am going over|it is time|i am going to jump|i am ready)\b|\b(?:just have to|only have to|all i have to do is) (?:lean|step|let go|jump|roll)\b|\bready to let go\b/,
  // Lying on the line, a vehicle waited for.
  /\b(?:lying|lie|laying|lay|sitting|sat) (?:down )?on the (?:line|tracks|track|rails|railway)\b(?! (?:at the (?:museum|model)|in the game))/,
  /\b(?:step|walk|jump|throw myself) (?:out )?in front of (?:it|them|the next one)\b|\bwaiting (?:[a-z]+ ){0,4}(?:lorry|truck|bus|train) so i can (?:step|walk|jump|throw)\b/,
  /\bon fire and i am (?:staying|not leaving|not getting out|lying|sitting|still in)\b|\b(?:going|jumping|be) off the (?:roof|bridge|balcony|ledge|cliff) (?:now|tonight|right now|before (?:sunrise|morning|dawn|anyone))\b|\bbefore (?:sunrise|dawn|morning) i will be off the (?:bridge|roof|ledge|cliff|balcony)\b/,
  /\b(?:with|holding|got) (?:the |a |my )?(?:knife|blade|razor|gun) (?:[a-z]+ ){0,2}(?:it is|this is) happening (?:now|tonight)\b|\bit is happening (?:now|tonight|right now)\b(?:[a-z ]*)\b(?:knife|blade|razor|pills|rope|gun)\b/,
  /\b(?:vodka|whisky|whiskey|wine|alcohol|gin|rum|booze) and (?:a |the )?(?:box|bottle|packet|pack|strip) of (?:[a-z]+ ){1,2}and i (?:have|am) started\b|\bstarted on both\b/,
  // Gas on with the windows shut, a vehicle waited for, water still waded into, the only thing between.
  /\bgas (?:is |has been )?(?:on|turned on)\b(?:[a-z ]*)\b(?:windows|doors?) (?:are |is )?(?:shut|closed|sealed)\b|\bturned the gas on$|\bon the oven gas\b|\bgas (?:oven |cooker |hob )?(?:is )?on and i am (?:lying|sitting|staying)\b|\bonly thing between me and the (?:water|drop|ground|tracks|road|edge)\b/,
  /\b(?:train|lorry|truck|bus) (?:comes|is coming|coming|arrives)\b(?:[a-z ]*)\b(?:stepping|step|walking|walk|jumping|jump) (?:out|in front)\b|\b(?:balcony|roof|ledge|bridge|edge|floor|storeys|stories) (?:[a-z]+ ){0,8}(?:not going back inside|not coming back in|i am going back inside)\b/,
  /\b(?:knee|waist|chest|neck) deep in the (?:river|sea|lake|water|canal|ocean)\b(?:[a-z ]*)\b(?:further|keep going|still walking|still going|not coming back|going out)\b|\b(?:up to|at) my (?:waist|chest|neck|chin|shoulders)\b(?:[a-z ]*)\bstill (?:walking|going)\b|\b(?:paddling|swimming|walking|wading) out (?:[a-z]+ ){0,6}(?:not coming back|and not (?:coming|swimming) back)\b/,
  // Pills by the heap or the count, a blister pack, the pills kicking in.
  /\b(?:heap|load|bunch|lot|handful|pile) of (?:[a-z]+ ){0,3}(?:pills|tablets)\b(?:[a-z ]*)\b(?:ago|just now|already)\b|\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred) (?:[a-z]+ )?(?:pills|tablets|ibuprofen|paracetamol|aspirin|painkillers|sleeping pills|codeine|co codamol|antidepressants)\b(?:[a-z ]*)\b(?:in the last|ago|just now|already|tonight)\b/,
  /\b(?:swallowed|took|taken|downed|had) (?:the |a |my )?whole (?:blister pack|pack|packet|box|bottle|strip|tub|jar)\b|\buntil the (?:pills|tablets|overdose) (?:kick|kicks|work|works)\b|\b(?:blurry|dizzy|faint|sleepy|drowsy|numb|woozy) from the (?:pills|tablets|overdose)\b|\b(?:brought|got|have) all my (?:pills|tablets|meds)\b(?:[a-z ]*)\bno one\b/,
  // A blade pressed in, deep cuts, a knife held while the house sleeps, a jump tried again.
  /\bpressed the (?:knife|blade|razor) in\b|\bcuts? (?:are|is) (?:really |so |too )?deep\b|\bcut too deep\b|\b(?:kids|everyone|house|family) (?:are |is )?asleep and i (?:have|have got|got) the (?:knife|pills|rope|gun|blade)\b|\btried to jump\b(?:[a-z ]*)\bgoing back (?:up|to try)\b|\bcannot swim and that is the point\b/,
  /\b(?:storeys|stories|floors) (?:down|up)\b(?:[a-z ]*)\b(?:sitting|standing) on the (?:rail|railing|ledge|edge)\b|\bgoing off the (?:roof|bridge|balcony|ledge|cliff) after this\b/,
  // Dead within a time said.
  /\bi will be (?:dead|gone) (?:in|by|before|within) (?:an?|one|two|three|four|five|ten|twenty|thirty|the|[a-z]+ (?:hours?|minutes?))\b|\b(?:in|within) (?:an?|one|two|three|four|five|ten|twenty|thirty) (?:hours?|minutes?) i will be (?:dead|gone)\b|\b(?:hours?|minutes?) from now i will be (?:dead|gone)\b/,
  /\bheading (?:straight )?(?:for|towards|into) (?:the |a )?(?:[a-z]+ )?(?:pillar|wall|tree|barrier|pole|truck|lorry)\b|\b(?:goodbye|farewell|last) (?:video|message|post) (?:is )?(?:uploading|posting|sending|going up|scheduled)\b/,
];

/**
 * Everyday idioms that look like crisis words: the span each matches is set aside before the
 * danger and crisis phrases are read, so "this traffic is killing me" or "i am dying to see him"
 * never hears the crisis answer, while "i want to die" still does.
 */
const IDIOMS: readonly RegExp[] = [
  // First, before shorter idioms blank a part of them. Each is everyday only with nothing said
  // after it of a plan, a means or a person hurt, which a review found said with the same words.
  /(?:\b(?:nosebleed|nose bleed|paper cut|papercut)(?: and)?(?: it| i)? (?:bled|bleeding|bleeds)(?: all over| everywhere| a lot)?|\b(?:bled|bleeding) (?:all over|everywhere)(?: [a-z]+){0,2} from (?:a |my )?(?:nosebleed|nose bleed|paper cut|papercut))\b(?!.*\b(?:punch\w*|hit|beat|broke|kill|hurt|myself|on purpose)\b)/,
  /\btaking them as (?:directed|prescribed)$|\b(?:mosquitoes|mozzies|midges|bugs|mossies|sandflies|gnats|fleas) (?:are |were )?eating (?:me|us) alive\b(?!.*\b(?:voices|cut them|under my skin)\b)|\bslit (?:the|a|each) (?:chicken|vanilla|pod|breasts?|sausages?|fish|peppers?|chillies|chilis|dough|loaf|bread|tomatoes?|envelope)\b/,
  /\b(?:it|this|that|the (?:coffee|tea|wine|beer|food|soup|water|medicine)|coffee|tea|wine) tastes? like poison\b|\b(?:fake|halloween|prop|toy) noose(?: decoration| prop)?\b(?!.*\b(?:real|neck|beam|chair|hang|hanging|tied|tie)\b)/,
  // Drowned said of plants, a phone, chips, a stranger in the news, a walk home in the rain.
  /\b(?:phone|tomatoes|plants|seedlings|garden|crops|lawn|veg|vegetables|veggies|strawberries|herbs|basil|flowers|allotment)(?: [a-z]+){0,3} (?:drowned|got drowned|are drowning|drowning)\b|\bdrown(?:ed|ing)? (?:these|the|my|his|her) (?:chips|fries|pancakes|salad|food|pasta|cereal|sorrows)\b(?! with)/,
  /\b(?:news|heard|read|saw|reported|apparently)(?: [a-z]+){0,4} (?:a |an |the |two |three )?(?:man|woman|boy|girl|child|kid|teenager|swimmer|surfer|tourist|fisherman|diver|walker) (?:nearly |almost )?drowned\b(?! himself| herself| themselves)(?!.*\b(?:the same|me too|i want|i will|i am going)\b)|\b(?:nearly|almost) drowned (?:walking|cycling|driving|getting) (?:home|back|to work)\b|\bso heavy i (?:nearly|almost) drowned\b/,
  /\b(?:scared|afraid|worried|frightened) (?:she|he|they|the kids?) (?:will|would|might) drown(?:$| in the (?:sea|pool|lake|bath|water)\b| when\b| if\b)|\b(?:cousin|brother|sister|friend|mate|dad|mum|mom|uncle|aunt|son|daughter) (?:nearly|almost) drowned as a (?:kid|child|baby|toddler)\b/,
  // Full, mortified or hungover enough to "die"; a phone about to die; a breakup, not a life, ended.
  /\b(?:so full|so embarrassed|so excited|full|embarrassed|excited)(?: that)? i (?:could|would) (?:just )?die\b(?!.*\b(?:face anyone|plan|pills|ever again|kill|mean it)\b)|\b(?:hungover|hung over)(?: that)? i (?:genuinely |literally |honestly |just )?(?:could|want to|wanna) (?:just )?die\b(?!.*\b(?:plan|pills|mean it|kill|every day)\b)|\b(?:joke|film|movie|date|show|pun|gig|speech|presentation) was so (?:bad|cringe|awkward|embarrassing|boring) i (?:wanted|want) to die\b/,
  /\b(?:phone|battery|laptop|tablet|kindle|car battery|torch|remote|headphones|airpods|earbuds)(?: is| was)?(?: on [a-z]+ percent and)? (?:about to die|dying|died)\b(?! and (?:so|i))|\bend (?:it|things) with (?:my )?(?:boyfriend|girlfriend|partner|husband|wife|ex|bf|gf)(?:$| (?:tonight|today|this week|soon|for good|because|but)\b)/,
  // Plans away from home, and the idioms of deciding, cooking, diving, reading and laughing.
  /\bbe (?:here|around) (?:next week|tomorrow|tonight|for dinner|this weekend) (?:we are|i am|she is|he is|they are) (?:working from home|working late|on holiday|away for|flying to|visiting|off to (?!the\b)[a-z]+)\b|\bbe gone for (?:two|three|four|a|a few|a couple of) (?:weeks|days|months|nights|week|day|month)\b/,
  /\bpull(?:ing|ed)? the trigger on (?:a |the |this |that )?(?:house|car|flat|deal|job|offer|purchase|decision|buying|booking|selling|quitting|move|new)\b|\bgun to my head i would (?:pick|choose|say|go with|take|eat)\b(?!.*\b(?:die|loaded|real|actually)\b)|\bknife (?:edge|skills)\b|\bdying (?:laughing|of laughter)\b/,
  /\bdisappear into (?:a|the|my) (?:good )?(?:book|novel|film|game|series|show)\b|\bgiving up on (?:my |the )?(?:new years? resolutions?|resolution|diet|dry january|the gym|keto)\b|\bcould (?:just )?kill myself for (?:forgetting|missing|leaving|losing|not)\b(?!.*\b(?:mean it|pills|rope|really|plan|gun)\b)/,
  /\bjump(?:ing|ed)? off the (?:high dive|diving board|springboard|top board)\b(?!.*\b(?:empty|dry|quarry|weights|drown|headfirst|die|kill)\b)|\bsleep forever after (?:that|this|the|my) (?:run|workout|shift|hike|match|game|party)\b(?!.*\b(?:pills|never wake|die)\b)/,
  // A rope or cord put up for a swing, a hammock, the washing.
  /\b(?:tied|tie|tying|hung|hang|put up|fixed|strung) (?:the |a |up )?(?:rope|ropes|cord|line) (?:[a-z]+ ){0,4}for (?:the |a |my |our )?(?:kids |children )?(?:swing|tree swing|tyre swing|tire swing|hammock|tent|washing|clothesline|boat|tarp|trailer|dog|bunting|lights)\b/,
  // Poison for pests and in stories, razors for shaving, tracks beside a home, medicine as the label says. Longer phrases first: each blanks its span.
  /\b(?:a |the |my )?knife in my hand (?:because|cos|cause|as|while) i am (?:chopping|cutting|slicing|dicing|carving|peeling|cooking|making)\b|\b(?:the |a )?rope (?:is )?(?:ready )?for the tug of war\b|\btug of war\b/,
  /\bpoison (?:ivy|oak|dart frogs?|control)\b|\bpoisoned apple\b|\bpoison (?:is )?in (?:a |the )?pufferfish\b|\b(?:is|are) poison(?:ous)? (?:for|to) [a-z]+\b|\b(?:put|putting|laid|laying|set|setting) (?:some |the )?(?:rat |slug |mouse )?poison (?:down|out)\b|\b(?:rat|slug|mouse) poison (?:down|out|locked|away|in the (?:shed|garage))\b|\bpoison (?:down )?for the (?:rats|mice|slugs|ants|wasps)\b|\bthey (?:both )?(?:take|drink|drank|took) (?:the )?poison\b|\bromeo and juliet\b/,
  /\bcut (?:his|her|their) (?:finger|thumb|hand|knee|foot|chin)\b|\bdrowned (?:my )?sims\b|\bdrowned rat\b|\bstayin alive\b|\bkeep (?:anything|a plant|plants|houseplants|a houseplant|them) alive\b/,
  /\b(?:jump|jumping|hop|hopping) (?:into|on|onto) (?:a|the) (?:meeting|call|zoom|teams call|video call|quick call)\b|\brazor sharp\b|\b(?:order|buy|bought|ordered|get|need) (?:more |some |new )?razor(?: blades)?\b|\brazor blades? and shaving\b|\bshaving (?:foam|cream|gel)\b/,
  /\boverdosed on (?:[a-z]+ )?(?:[a-z]+ )?(?:podcasts|tv|telly|netflix|chocolate|sugar|coffee|caffeine|series|shows?|episodes|cake|sweets|candy|music|news|memes|reality tv|anime|k dramas|dramas)\b|\bknife crime\b|\bgun crime\b|\bsuicide (?:prevention|awareness)(?: [a-z]+)?\b|\boverdose deaths\b/,
  /\btied (?:the |my |our )?(?:boat|dinghy|canoe|kayak|dog|horse|tent|tarp|load|bike)\b|\b(?:waiting for|catching|getting|on) the (?:train|bus|tram) (?:to|into) (?:work|school|college|uni|town|the city)\b/,
  /\b(?:live|lives|living|lived) (?:on|near|by|next to) (?:the )?(?:edge of (?:town|the city|the village)|railway|train tracks|railway tracks|tracks)\b|\bon the edge of (?:town|the city|the village|the woods)\b|\bengineering works\b|\bmodel railway\b/,
  /\bon the edge of (?=(?:finishing|getting|making|breaking|completing|my seat|a breakthrough|a nervous|tears)\b)|\b(?:i am|i feel|feeling|so|a bit|bit|really|all) on edge\b|\b(?:level|game|mission|boss) where you (?:have to|need to|must) jump\b|\bgoodbye (?:card|party|drinks|lunch|cake|present|gift|do|speech)\b/,
  /\b(?:took|taken|take|taking|downed|swallowed|popped|had) (?:one|two|a couple of|a|an|my usual|the usual|some) (?:paracetamol|tylenol|ibuprofen|aspirin|advil|panadol|nurofen|painkillers?|pills?|tablets?) (?:for (?:my|this|the|a) (?:headache|migraine|back|tooth|toothache|period|cramps|cold|fever|pain|hangover)|like it says|as (?:prescribed|directed)|with (?:food|water|breakfast))\b/,
  // Said of a hangover or a cold before "hangover" is set aside as a hanging word.
  /\b(?:want to die|i could die|die|dying|kill me now) (?:[a-z]+ ){0,3}(?:hangover|hungover|cramps|period|flu|a cold|toothache|headache|migraine|heat|heatwave|so embarrassing|embarrassed)\b/,
  // Something else "is killing me": the traffic, work, my feet, this heat.
  /\b(?:this|that|it|work|school|my (?:[a-z]+ )?[a-z]+|the [a-z]+|these [a-z]+|those [a-z]+|[a-z]+ing|he|she|they|you|mondays?|traffic|homework|exams?|deadlines?|kids?) (?:is|are|was|were|has been|have been|keeps|keep) (?:literally |actually |honestly |absolutely |totally |just |slowly |really )?(?:killing|murdering|slaying) (?:me|us|it)\b/,
  /(?<!\b(?:hoping|hope|wish|wishing|pray|praying) (?:that )?(?:something|someone|it|this|they) )(?<!\b(?:had|would have|should have) )\b(?:kills|killed) me\b(?= (?:every|each|always|with|when|how|that|lol|haha)|$)/,
  /\b(?:killing it|killed it|kill it at|nailed it|killer (?:workout|deal|view|song|app))\b/,
  // Dying to, dying of, could die of, dead tired.
  /\b(?:dying|dieing) (?:to|for) (?:see|meet|try|know|hear|go|get|have|eat|tell|watch|play|a|an|the|some|my|his|her|their|this|that|it|one)\b/,
  /\b(?:dying|died|die|dead) (?:of|from|with|laughing|from laughing) (?:laughter|laughing|boredom|embarrassment|shame|hunger|thirst|curiosity|the heat|heat|cold|exhaustion|cringe|envy|jealousy)\b/,
  /\b(?:could|would|will|might|gonna|going to) (?:just |literally |actually )?die (?:of|from|laughing|if|when)\b/,
  /\b(?:dead|died) (?:tired|on my feet|beat|serious|gorgeous|set|ahead|end|last|center|centre|quiet|easy|right|wrong|simple|cheap|good|funny)\b/,
  /\b(?:dead|died) (?:inside )?(?:lol|haha|lmao)\b|\bi am dead (?:lol|haha|lmao)\b|\bi am (?:so |literally )?dead(?: right now)? (?:that|this) (?:is|was) (?:so )?funny\b/,
  /\b(?:my|the) (?:phone|battery|laptop|car|plant|plants|tv|remote|speaker|torch|flashlight|computer|mouse|keyboard|watch|headphones|earbuds|pen) (?:is |has |just )?(?:dead|died|dying|killed)\b/,
  /\bdrop dead gorgeous\b|\bdeadline|\bdead end\b|\bdeadlift|\bdeadpan\b|\bdead heat\b|\bdead of (?:night|winter)\b/,
  // Device and everyday commands: kill the timer, cut the music, end the session.
  /\b(?:kill|cut|end|stop|shoot|murder|nuke|axe) (?:the|that|this|my|all the|those|these) (?:timer|timers|alarm|alarms|lights?|music|sound|noise|radio|tv|telly|engine|process|app|program|task|tab|session|meeting|call|song|playlist|volume|power|heating|fan|mood|vibe|chat|conversation|game|episode|show|movie|grass|weeds|pizza|cake|burger|chocolate)\b/,
  /\b(?:kill|killing|killed) (?:some |a bit of |the )?time\b|\b(?:kill|killing) (?:two birds|the competition|a bottle|a pizza)\b/,
  /\b(?:i would|i d|i could) (?:kill|murder|die) for (?:a|an|some|the|one)\b/,
  /\b(?:kill|murder|strangle|throttle) (?:my|your|his|her|their|the) (?:brother|sister|sibling|boss|kids?|husband|wife|partner|dog|cat|mum|mom|dad|roommate|flatmate|friend|teacher|neighbou?r)\b/,
  /\bshoot (?:me )?(?:a|an) (?:text|message|email|call|line)\b|\bshoot (?:hoops|some hoops|a video|a photo|photos|the breeze)\b/,
  /\b(?:cut|cutting|cuts) (?:my |the |his |her |your )?(?:hair|nails|fringe|bangs|grass|lawn|hedge|roses|onions?|vegetables|veggies|bread|cake|meat|losses|class|classes|corners|ties|the cord|costs|back on|down on|it close|in line|carbs|sugar|calories|caffeine|gluten|dairy|alcohol|booze|screen time|spending)\b/,
  /\bhaircut\b|\bpaper ?cut\b|\bcut (?:myself|my finger|my thumb|my hand) (?:shaving|cooking|chopping|on (?:a|the|some) (?:paper|knife|glass|tin|can))\b/,
  /\b(?:burn|burned|burnt|burning) (?:the (?:toast|rice|pasta|pizza|dinner|food|cake|sauce|candle|midnight oil)|dinner|toast|calories|fat|a cd|rubber|my tongue|my mouth|my lip|bridges|out)\b/,
  /\b(?:overdose|overdosed|od ?d) on (?:catnip|treats|cheese|cookies|biscuits|nostalgia|chocolate|sugar|caffeine|coffee|netflix|tv|candy|sweets|memes|pizza|cake|gaming|work|sun|sunshine)\b/,
  /(?<!about to )\bjump (?:into|in|on|onto) (?:bed|the pool|the shower|the lake|the sea|the bandwagon|a call|a meeting|the trampoline|a trampoline|my bed)\b|\bjump (?:rope|start|ship|the queue|the gun|for joy|at the chance)\b/,
  /\bhang (?:out|on|up|in there|tight|around|the washing|the laundry|a picture|pictures|the clothes)\b|\bhanging (?:out(?! (?:of )?(?:the |a |my )?(?:window|balcony))|on|up|around|in there)\b|\bhangover\b|\bhung over\b/,
  /\b(?:bridge (?:the gap|building|game|club)|over the (?:moon|bridge))\b/,
  /\b(?:end|ended|ending|finish) (?:the|this|my|our) (?:session|day|call|meeting|workout|game|episode|book|series|relationship|contract|lease|shift|season|semester|term|week|story|chat|conversation|timer|routine)\b/,
  /\blast night (?:was|we|it|at|in)\b|\b(?:my|the) last (?:night|day) (?:of|at|in|before) (?:the|my|our|holiday|vacation|school|work|term|camp|the trip)\b/,
  /\b(?:i am|im|i feel) (?:so )?(?:over it|over this|done with (?:this|my) (?:homework|work|essay|job|project|assignment|game|day|week|shift))\b/,
  /\bgoodbye (?:for now|until tomorrow|see you|steady|alexa|for today|for tonight)\b/,
  /\b(?:give|giving|gave|given) up (?:sugar|coffee|smoking|chocolate|drinking|meat|alcohol|carbs|dairy|booze|caffeine|social media|on (?:this|the|that) (?:game|puzzle|show|book|recipe|diet|level))\b/,
  /\b(?:in|on|at|from|about|watching|watched|reading|read|playing|played) (?:the |a |my |that |this )?(?:show|game|movie|film|book|series|episode|novel|tv|telly|video game|level(?! crossing)|match)\b/,
  // Things that "die": batteries, phones, plants; hair that is dyed; dying laughing.
  /\b(?:phone|phones|battery|batterys|batteries|laptop|laptops|car|cars|plant|plants|torch|remote|speaker|headphones|earbuds|signal|wifi|internet|bulb|lightbulb|fish|goldfish)(?: is| are)? (?:about to|going to|gonna|will|might|could) die\b/,
  /\b(?:die|dye|dying|dyeing|died|dyed) (?:my|her|his|their|your|our) (?:hair|beard|eyebrows|fringe|clothes|shirt|jeans)\b/,
  /\b(?:die|dying|dead) (?:lol|haha|lmao|lmfao|rofl|jk|just kidding)\b(?! (?:[a-z]+ ){0,6}(?:seriously|for real|not joking|i mean it))|\b(?:rather|sooner) die than\b/,
  // Sport and play: bungee jumping, cliff diving, jumping off the diving board.
  /\b(?:bungee|bungy|base|cliff|ski|parachute|sky ?diving) (?:jumping|jump|jumps|diving)\b|\bjump(?:ing|ed)? off (?:the |a )?(?:(?:high |top |low )?diving board|high board|couch|sofa|bed|trampoline|bottom step|jetty into|pier into|rocks into|(?:rope |tyre |tire )?swing)\b/,
  // Money, noses, gums: bleeding that is no injury.
  /\bbleeding (?:money|cash|me dry|us dry|heart|edge)\b|\b(?:nose ?bleeds?|nose is bleeding|bleeding nose|gums (?:are )?bleed(?:ing)?|bleeding gums|paper cut)\b/,
  // Bridges, towers and cliffs as sights, facts and parts of things, not places to stand.
  /\bbridge of (?:my|his|her|your|the|a) nose\b|\bbridge of (?:this|the|that|a) (?:song|track|tune|chorus)\b|\bbridge (?:climb|walk|tour|toll)\b|\btoll (?:on|for) (?:the )?(?:[a-z]+ ){0,3}bridge\b/,
  /\b(?:walked|walk|walking|drove|drive|driving|cycled|cycle|cycling|ran|run|running|crossed|cross|crossing|sailed) (?:across|over|under|along) (?:the |a )?(?:[a-z]+ ){0,3}bridge (?:on holiday|on vacation|with|for|it was|today|yesterday|last)\b/,
  /\b(?:longest|tallest|highest|biggest|oldest|most famous|famous|prettiest) (?:[a-z]+ ){0,2}(?:bridges?|towers?|buildings?|cliffs?|waterfalls?)\b(?! near me| around here| nearby| close to me| in my area)|\b(?:tall|high|long|old|big) (?:is|are|was) (?:the )?(?:[a-z]+ ){0,3}(?:bridge|tower|building|cliff|mountain|waterfall)\b/,
  /\b(?:like )?death warmed (?:up|over)\b/,
  // Medicine taken as it should be.
  /(?<!\b(?:all|whole|every|lot of|all of|bunch of|handful of|fistful of|of) )\b(?:my|the|your) (?:[a-z]+ ){0,2}(?:pills|tablets|meds|medication|medicine|antidepressants|vitamins|inhaler) (?:with (?:food|water|a meal|milk|breakfast|lunch|dinner)|this morning|today|on time|as prescribed|at night|every (?:day|morning|night)|same as always|as usual)\b/,
  /\b(?:pills|tablets|meds|medication|antidepressants) (?:for (?:my|the|his|her) [a-z]+|(?:my|the) (?:gp|doctor|psychiatrist|vet|pharmacist|chemist) (?:gave|prescribed))\b|\b(?:are|is) (?:really |actually )?helping\b/,
  /\b(?:take|taking|took|forgot|forget|remember|remind me) (?:to take )?(?:my|the|your) (?:[a-z]+ ){0,2}(?:pills|tablets|meds|medication|medicine|vitamins|antibiotics|inhaler) (?:with (?:food|water|a meal|milk|breakfast|lunch|dinner)|this morning|today|on time|as prescribed|before (?:bed|breakfast|food)|after (?:dinner|breakfast|food|meals)|every (?:day|morning|night))\b/,
  /\bdrown(?:ing|ed)? (?:my|our|his|her) sorrows\b|\bjump(?:ed|ing)? out of my skin\b|\bon top of the world\b/,
  /\b(?:hurt|injured|cut|burned|burnt|scratched|bruised) (?:myself|my [a-z]+) (?:at the gym|playing|running|lifting|skiing|skating|cooking|shaving|gardening|at work|falling|on (?:a|the) (?:oven|stove|pan|iron|kettle|tray|nail|fence|glass|bramble|rose bush|table|door|corner|step|stairs))\b(?! on purpose| deliberately)/,
  /\b(?:quit|quitting|stop|stopped|gave up|give up|giving up|moved|move|moving|left|leaving|fixed|banned|gone|closed|retired|deleted|uninstalled|cancelled|canceled|done) (?!on (?:everything|life|living|myself|it all)\b)(?:[a-z]+ ){1,4}for good\b|\bfor good (?:luck|measure|reason|cause|behaviou?r)\b/,
  /\b(?:alive and well|alive and kicking|come alive|comes alive|came alive|look alive|feel alive|feeling alive|so alive|keeps? me alive|the lot of (?:you|them|us)|(?<!(?:bleeding|bled|bleed) )a lot(?! of (?:my |the |his |her |those |these )?(?:pills|tablets|meds|medication|painkillers|sleeping|blood))|the parking lot|car lot)\b/,
  /\bnot suicidal\b|\b(?:it is|its|it) (?:about to|going to|gonna) die\b|\brop(?:ed|ing) (?:off|in)\b|\brope (?:off|(?:me|him|her|them|you|us) in)\b|\b(?:rope|tyre|tire) swing\b/,
  /\bjump(?:ing|ed)? (?:on|onto) (?:the|a) (?:train|bus|plane|tube|ferry|call|zoom|bike|scooter)\b/,
  /\b(?:last day|leaving do|farewell (?:party|do|drinks)|retirement|graduation|moving (?:away|house)|old job|new job|at work|at school)\b(?: [a-z]+){0,10}? (?:saying|said|say) goodbye to everyone\b/,
  /\bsuicides? (?:at|in|during) (?:practice|training|drills|football|basketball|soccer|hockey|rugby|netball|the gym)\b|\b(?:run|ran|running|doing|did) suicides\b|\bsuicide (?:squeeze|squad|drill|drills|sprints?|runs?|doors?|blonde|bid|mission|kings)\b/,
  /\b(?:i will|i ll|we will|you will) survive\b|\b(?:could|would|might) sleep (?:forever|for a week|for days|for a year)\b/,
  /\b(?:killing|kill|killed) myself (?:laughing|with laughter)\b|\bcut (?:it|my hair|my fringe|my bangs|my own hair|my own fringe) myself\b|\bgoodbye to my (?:fringe|hair|bangs|beard|weekend|savings|money|phone)\b/,
  /\b(?:do not|dont|never) want to wake up (?:till|until|before) [a-z]+\b/,
  /\b(?:cannot|can) take (?:any more|anymore|much more) of (?:this|the|my|that|these) (?!life|pain|living|world)[a-z]+\b|\b(?:cannot|can) take (?:it|this) anymore (?:with )?(?:the|my|this|these|those) (?:[a-z]+ )?(?:neighbou?rs?|noise|drilling|heat|heatwave|traffic|kids|dog|weather|builders|job|boss|commute|stomping)\b/,
  /\b(?:will|wills) (?:[a-z]+ ){0,4}(?:just to be organi[sz]ed|with (?:a|my|the) (?:lawyer|solicitor)|estate planning)\b/,
  /\b(?:(?:took|take|taking|had) )?(?:one|two|a couple of|a few) (?:[a-z]+ )?(?:paracetamol|panadol|tylenol|ibuprofen|aspirin|nurofen|advil|tablets|pills) (?:for|because of) (?:my|the|a)\b/,
  /\bnote (?:for|to) (?:my |the )?(?:roommate|flatmate|housemate|teacher|boss|landlord|neighbou?r|milkman|delivery|cleaner|babysitter)\b/,
  // Things that go missing or close for good, goodbyes at the airport, films and vitamins.
  /\b(?:keys|phone|wallet|purse|glasses|remote|socks?|money|charger|headphones|earbuds|parcel|package|things|stuff|biscuits|cookies|snacks|sun) (?:have |has |had |just |keep |keeps |always )?disappear(?:ed|s|ing)?\b|\bdisappear (?:to|into) (?:the|a|my) (?:[a-z]+ )?(?:district|countryside|mountains|hills|beach|cabin|cottage|village|lake|woods|coast|island|garden|shed|kitchen|library)\b|\bdisappear for (?:a|the) (?:week|weekend|few days|day|month|fortnight)\b/,
  /\b(?:the|that|this|our|my) (?!life\b)[a-z]+ (?:[a-z]+ ){0,4}(?:is|are|has|have|was|were) (?:gone|closed|shut|over) for good\b/,
  /\b(?:goodbyes?|farewells?|bye) (?:[a-z]+ ){0,3}(?:at|in) (?:the )?(?:airport|station|party|gate|terminal|school gate|bus stop|front door|door)\b/,
  /\boverdose (?:scene|storyline|episode|plot|scenes)\b|\b(?:an |the )?overdose of (?:vitamin|vitamins|iron|caffeine|sun|sunshine|sugar|fun|culture|cuteness)\b/,
  /\b(?:kids?|children|dogs?|cats?|the boys|the girls|they|he|she|my (?:son|daughter|kids|dog|cat|brother|sister|nephew|niece)) (?:are |is |was |were |keep |keeps )?(?:always )?jumping (?:off|on|from|over)\b/,
  /\b(?:cat|dog|bird|pigeon|kid|kids|son|daughter|he|she|they|cats|dogs|birds|pigeons|seagulls?)(?: is| are)? (?:sitting|standing|perched|lying|walking|sat|stood) on (?:the |a |my )?(?:[a-z]+ )?(?:ledge|edge|roof|railing|balcony|wall|fence|windowsill|window sill|sill)\b/,
  /\bcliff (?:walk|walks|path|top walk|top path|side walk|side path|diving)\b|\bcoastal (?:walk|path)\b/,
  /\bkilling (?:off )?(?:the |my |some |all the |all my )?(?:weeds|plants|house plants|houseplants|bugs|pests|aphids|slugs|ants|flies|mosquitoes|spiders|germs|bacteria|the vibe|the mood|the battery|the engine)\b|\bkilling me not knowing\b/,
  /\bcut(?:ting)? out (?:sugar|carbs|bread|dairy|meat|alcohol|booze|coffee|caffeine|junk|snacks|sweets|gluten|soda|fizzy drinks|social media|the middle man)\b/,
  /\b(?:hungry|starving|tired|bored|thirsty|cold|hot) (?:i )?(?:could|would|will|might) (?:just )?die\b|\bcould (?:just )?die happy\b|(?<!\b(?:want|wanted|wanna|going|ready|need) )\bto die for\b(?! real\b)/,
  /\b(?:leak|leaks|leaking|hole|holes|snow|leaves|moss|gutters?|tiles?|ball|frisbee|pigeons?|birds?|satellite dish|aerial|antenna|solar panels?) (?:[a-z]+ ){0,3}(?:in|on|off|from) the roof\b|\broof (?:is |was )?(?:leaking|leak|repairs?|tiles)\b/,
  /\bcarv(?:e|ed|ing) (?:a |the |my |our )?(?:turkey|chicken|roast|pumpkin|ham|joint|meat|wood|jack o lantern)\b|\b(?:knife|knives) (?:[a-z]+ ){0,4}(?:for|to) (?:carv|chop|cut|slic|dic)[a-z]* (?:a |the |some )?(?:turkey|chicken|meat|bread|veg|vegetables|onions?|steak|cake|cheese|fruit|roast)\b/,
  /\bout of my skin\b|\b(?:cannot|can not|can never|never could|hard to|trouble|struggle to|how do you|how to) swallow (?:big |large |huge )?(?:pills|tablets|capsules)\b/,
  /\b(?:allergy|hay fever|cold|flu|travel sickness|motion sickness|antihistamine|iron|blood pressure) (?:pills|tablets|meds|medicine|medication) (?:make|made|makes|making|always make) me\b/,
  /\bdrown(?:ed|ing)? in (?:my own )?(?:sweat|paperwork|work|emails|homework|dressing|sauce|gravy|debt|admin|laundry)\b|\bdrown the (?:salad|chips|pasta|food|fries) in\b/,
  // Medicine taken as prescribed: "my" medicine with no amount, no hurry and nothing mixed in.
  /\b(?:took|take|taking|had|have taken|taken|swallowed|swallowing|drank|downed|necked|popped|injected) my (?!(?:whole|entire|all|every|month|months|week|weeks|stash|supply|remaining|last)\b)(?:[a-z]+ ){0,2}(?:pills|tablets|meds|medication|medicine|antidepressants|vitamins|antibiotics|inhaler|dose)\b(?!(?: [a-z]+){0,12} (?:all|whole|too many|on purpose|overdose|at once|in one go|the lot|bottle|packet|box|strip|vodka|alcohol|wine|beer|whisky|booze)\b)|\b(?:took|take|taking|taken) (?:it|them|my dose|my meds) (?:as prescribed|like (?:the|my) doctor said|with (?:food|breakfast|dinner)|every (?:day|morning|night))\b/,
  // "Suicide" as a figure for a foolish plan: social, career or "basically" suicide.
  /\b(?:social|career|political|commercial|financial|fashion|basically|practically|pure|total|absolute) suicide\b/,
  // Rope for knots, climbing and sailing; the roof climbed to fetch something.
  /\bknots? with (?:a |the )?ropes?\b|\bropes? (?:at|in|for) (?:scouts|cubs|guides|brownies|climbing|sailing|the gym|gym|pe|class|school)\b/,
  /\b(?:up )?on (?:to )?the roof to (?:get|fetch|grab|fix|clear|clean|check|look at|rescue|get down)\b/,
  // "Going to die" of an exam or a deadline.
  /\b(?:exams?|tests?|deadlines?|presentations?|interviews?|finals|essays?|driving test) (?:[a-z]+ ){0,6}(?:going to|gonna) die\b/,
  // Medicine kept safe, someone else's travel, a film's killer, shaving.
  /\bso (?:she|he|they|we|you|mum|mom|dad|nan|gran|grandma|grandad|grandpa) (?:does not|do not|will not|cannot|can not) (?:accidentally )?overdose\b|\boverdose by (?:mistake|accident)\b/,
  /\b(?:delays?|delayed|cancelled|canceled|disruption|disrupted|closed|held up|suspended) (?:[a-z]+ ){0,7}(?:person|someone|somebody|work|works|engineering works|leaves|an incident|a fault|a signal failure) on the (?:tracks|track|line|rails|railway)\b/,
  /\bbe around (?:next|this|on|for|until|till) (?:[a-z]+ ){0,3}(?:i am|i will be|we are|because i am|as i am) (?:on holiday|on vacation|away|travelling|traveling|visiting|at (?:a|my|the) (?:conference|wedding|camp))\b/,
  /\bwho (?:is|was) the (?:killer|murderer) in(?: knives out)?\b|\b(?:watch|watched|watching|film|movie|in|seen|see) knives out\b/,
  /\b(?:razor|razors|razor blades?|shaving blades?) (?:[a-z]+ ){0,3}(?:expensive|cheap|on offer|on sale|blunt|for shaving|for my legs|for my beard)\b|\bnew razor blades\b/,
  /\b(?:nearly|almost) killed myself (?:tripping|falling|slipping|laughing|on the stairs|on the ice|on a lego)\b/,
  // Too much of a good thing, news of a stranger, a title, food or a phone "drowned".
  /\b(?:basically|practically|literally|kind of|totally|pretty much) overdosed\b|\boverdos(?:ed|ing) on (?:netflix|chocolate|sugar|candy|sweets|coffee|caffeine|tv|telly|youtube|tiktok|memes|carbs|pizza|cake|junk food|christmas|easter eggs|[a-z]+ (?:shows?|series|films?|movies?|episodes?))\b/,
  /\b(?:heard|read|saw|seen|news|reported|apparently|reports) (?:that )?(?:the |an |a |that |this )?(?:actor|actress|singer|rapper|celebrity|footballer|player|musician|influencer|star|comedian|presenter|director|author|politician) (?:[a-z]+ ){0,3}(?:overdosed|died|was killed|killed (?:himself|herself|themselves)|drowned|was shot|took (?:his|her|their) own life)\b/,
  /\b(?:die hard|dead or alive|the walking dead|dead poets society|call of duty|kill bill|dead space|dying light|suicide squad|thirteen reasons why|dead to me|killing eve|final destination|shaun of the dead|dead by daylight|red dead(?: redemption)?)\b/,
  /\bdrown(?:ed|ing|s)? my (?:fries|chips|food|salad|pasta|pancakes|phone|sorrows|plants|cereal)\b/,
  /\b(?:declutter(?:ing)?|donat(?:e|ed|ing)|charity shop|car boot|moving house|marie kondo)\b(?: [a-z]+){0,4} giv(?:e|ing|en) (?:[a-z]+ ){0,3}away\b|\bgiv(?:e|ing|en) (?:[a-z]+ ){0,4}away (?:[a-z]+ ){0,3}(?:to (?:the )?charity|feels (?:amazing|great|good|so good)|to the charity shop)\b/,
  /\b(?:job|work|school|uni|college|this place|the company|the office|my old flat|this town) (?:[a-z]+ ){0,2}for good\b|\bfor good (?:on|this|next) (?:friday|monday|tuesday|wednesday|thursday|saturday|sunday|week|month|year)\b/,
  /\bjump(?:ing|ed)? off the (?:jetty|pier|dock|diving board|boat|rocks|wharf|pontoon|high board) (?:with (?:the kids|my kids|friends|mates|the boys|the girls)|for fun|into the (?:water|sea|lake|river|pool)|this (?:arvo|afternoon|morning|summer))\b/,
  /\b(?:nicked|cut) (?:myself|my (?:chin|finger|leg|hand|thumb|lip|knee)) (?:while |when )?(?:shaving|cooking|chopping|gardening|on a thorn|on paper|with a paper|on a tin|on a can)(?:(?: [a-z]+){0,3} (?:will not|would not|does not) stop bleeding)?\b/,
  /\bwills? (?:now that|since|because) (?:we|i) (?:have had|had|bought|got|are expecting|are having)\b|\b(?:flight|train|bus|move|moving|leaving for|holiday|trip|gap year|posting|deployment) (?:[a-z]+ ){0,4}saying (?:my )?goodbyes\b/,
  /\bedge of the (?:pool|diving board|swimming pool|high board)\b|\b(?:fish|deer|rabbit|chicken|turkey|meat|steak|salmon|catch) (?:[a-z]+ ){0,3}(?:was |is )?bleeding\b|\bcut it with a knife\b/,
];

export const ENGLISH_SAFETY: SafetyPhrases = {
  danger: [...DANGER, ...MORE_DANGER],
  crisis: ENGLISH_CRISIS,
  idioms: IDIOMS,
  together: ENGLISH_TOGETHER,
  warningWords: ENGLISH_WARNING_WORDS,
  openings: ENGLISH_OPENINGS,
  dropsSubjects: false,
  misheard: ENGLISH_MISHEARD,
};
