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
import type { SafetyPhrases } from '../grade';
import { ENGLISH_TOGETHER, ENGLISH_WARNING_WORDS } from './en-together';

const SELF = '(?:myself|my self|my own self)';
const WANT = '(?:want|wanted|wanting|wish|wishing|would like|need|going|ready|planning|plan|deserve|about|trying|tempted)';

/** Warning statements, after normalisation. Kept simple: no nested quantifiers over user text. */
const CRISIS: readonly RegExp[] = [
  // The feelings slot holds what follows "I feel" or "I'm": hopeless, trapped, worthless, a burden
  // and not being safe are warning statements on their own there.
  /^(?:like )?(?:so |really |completely |totally |just |such )?(?:hopeless|trapped|worthless|a burden|such a burden|not safe|unsafe)\b(?! about| with| at| when| whenever)/,
  /\bunalive\b/,
  /\bsleep forever\b|\bnever wake up\b/,
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
  /\bcannot go on(?:$| anymore| like this$| like this (?!without)| any longer| living| with (?:life|this)| much longer)|\bcannot (?:keep going|carry on|keep living|live like this|keep living like this|live with this|take it|take this|take much more|take anymore|bear it|bear this|bear to live|do this anymore|do it anymore|face (?:another day|tomorrow|living))\b/,
  /\bcannot (?:cope|handle|deal with) (?:it |this |life |living |anything )?anymore\b/,
  /\b(?:do not|dont) think i can (?:go on|keep going|carry on|keep living|take (?:it|this|much more) anymore|take much more)\b/,
  /\b(?:too tired|tired) (?:of|to keep) (?:living|life|being alive|fighting|going on|trying|existing)\b/,
  /\bdone with (?:life|living|everything|it all|all of it|being alive)\b/,
  /\bgive up on (?:life|living|everything)\b/,
  /\bgiving up on (?:life|living|everything)\b/,
  // No reason to live; life not worth living; trapped; hopeless; unbearable pain.
  /\bno (?:reason|point|purpose) (?:for me )?(?:to|in|for) (?:live|living|life|going on|go on|keep going|carry on|being alive|being here|be here|me being here)\b/,
  /\b(?:what is|whats) the point (?:of|in) (?:living|life|going on|being alive|anything|me)\b/,
  /\blife (?:is not|is no longer|isnt|is never) worth\b/,
  /\bnot worth living\b/,
  /\b(?:i am|i feel|feel so|feel) (?:completely |so |totally )?(?:hopeless|trapped|worthless)\b(?! about| with| at| when| whenever)/,
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
  /\bnobody (?:would|will) (?:care|notice)$|\bnobody (?:would|will) (?:care|notice) if i (?:died|was dead|were dead|was gone|were gone|disappeared|killed myself)\b|\bnobody (?:would|will) miss me\b/,
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
  /\b(?:step|stepping|walk|walking|lie|lying) (?:out )?(?:in front of|onto|on) (?:a |the )?(?:train|bus|truck|traffic|tracks|road)\b/,
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
  /\b(?:loaded|holding|have|got|grabbed|took out|got out|picked up|cleaning) (?:my |the |a |his |her |dads |grandpas |mums |moms |my dads |my grandpas )?(?:gun|shotgun|rifle|pistol|handgun|revolver)\b/,
  /\b(?:knife|blade|razor|gun|shotgun|pistol|rope|noose|belt|cord|pills|tablets) (?:is |are )?(?:to my|at my|against my|on my|in my hand|in hand|right here|next to me|beside me|ready|tied|up|set up|in front of me|on the bed|on my lap)\b/,
  /\b(?:holding|pressing|put|putting) (?:a |the |my )?(?:knife|blade|razor|gun) (?:to|against|at) my\b/,
  /\b(?:pull|pulling) the trigger\b|\b(?:let go|jump|step off|step out|do it|end it|hang myself|go through with it) (?:now|tonight|right now)\b/,
  /\babout to (?:do it|pull|jump|let go|step|end it|hang|kill myself|go|take them|take the pills|cut|drive|crash|go through with it)\b/,
  /\b(?:going to|will|gonna) do it (?:at|tonight|today|now|in|when|after|before|this)\b|\bdoing it (?:at|tonight|today|now|in|when)\b/,
  /\b(?:on|at|in|by|near) (?:the |a |my )?(?:(?:[a-z]+ )?floor )?(?:window ledge|window sill|windowsill|ledge|overpass|cliffs?|cliff edge|platform|station|bridge|roof|rooftop|balcony|railing|parapet|tracks|motorway bridge|car park roof|parking garage roof|top of the [a-z]+) (?:[a-z]+ ){0,10}(?:jump|let go|step|fall|end|do it|train|ready|going|legs|edge|now)\b/,
  /\b(?:hanging|leaning|climbing|climbed) (?:out (?:of )?|over )(?:the |a )?(?:window|railing|edge|balcony|ledge)\b/,
  /\bin the bath (?:with|and) (?:the |a |my )?(?:razor|blade|knife|pills)\b/,
  /\b(?:texting|messaging|sending|sent|calling|writing to) (?:everyone|everybody|my family|people|them|my friends) (?:goodbye|my goodbyes|a goodbye|my last)\b|\bmy last message\b|\blast (?:text|message|post) (?:is |has been )?(?:sent|up|posted)\b/,
  /\b(?:set|picked|chose|have) (?:a |the )?date\b|\bthis is it for me\b|\bi am going now (?:[a-z]+ ){0,10}(?:goodbye|bye|last|never)\b/,
  /\b(?:cannot|can not|will not|wont) stop (?:the )?bleeding\b|\bbleeding (?:a lot|badly|heavily|everywhere|out)\b/,
  /\b(?:tomorrow|tonight|this (?:morning|evening|weekend|friday|saturday|sunday|monday|tuesday|wednesday|thursday)|at midnight|after (?:this|work|everyone)|when everyone is asleep) (?:[a-z]+ ){0,10}(?:kill myself|end it|end my life|do it|shoot myself|hang myself|jump)\b/,
  /\b(?:kill myself|end it|end my life|do it|shoot myself|hang myself|jump) (?:tomorrow|tonight|this (?:morning|evening|weekend|friday|saturday|sunday|monday|tuesday|wednesday|thursday)|at midnight|after (?:this|work)|when everyone is asleep)\b/,
];

/** Crisis statements the patterns above miss: self-harm without "myself", slang, plans, dying thoughts. */
const MORE_CRISIS: readonly RegExp[] = [
  // Self-harm past or present, with or without "myself".
  /\b(?:been|started|start|keep|kept|back to|relapsed|relapsing|went back to|stop|stopped|quit) (?:cutting|burning|scratching|harming|hurting|starving)(?: myself| again| my (?:arms?|legs?|wrists?|thighs?|skin|body))?\b/,
  /\b(?:been|started|keep|kept|back to) (?:hitting|punching|biting|bruising) (?:myself|my (?:arms?|legs?|wrists?|thighs?|skin|body|head))\b/,
  /\b(?:cutting|burning|scratching|hurting|harming|hitting|starving) (?:again|my (?:arms?|legs?|wrists?|thighs?|skin|body|stomach))\b/,
  /\b(?:cut|burned|burnt|scratched|hurt|harmed|hit|bruised|punished) (?:myself|my (?:arms?|legs?|wrists?|thighs?|skin|body))(?: again)?\b/,
  /\b(?:relapsed|relapse) (?:[a-z]+ ){0,10}(?:cutting|self ?harm|harm|cut)\b/,
  /\b(?:scars|cuts|wounds|fresh cuts|burns) (?:on|up) my (?:arms?|legs?|wrists?|thighs?)\b/,
  /\bpunish(?:ing)? myself\b|\bstarving myself\b|\bnot eating on purpose\b/,
  // Slang and euphemisms.
  /\bkms\b|\bk m s\b|\bunaliv|\bun alive|\bsewer ?slide|\bsewerslide|\bctb\b|\bneck myself\b|\brope myself\b|\bself ?delet|\bdelete myself\b|\bend myself\b|\boff myself\b|\bkys\b/,
  /\b(?:not|never) (?:going to|gonna) be (?:around|here|alive)\b/,
  /\b(?:will not|wont|not) be (?:around|here|alive) (?:much longer|for long|anymore|tomorrow|by tomorrow|next week|soon)\b/,
  /\b(?:checking|check) out (?:for good|permanently|of life|early)\b|\bcheck out of life\b/,
  /\b(?:final|last) (?:goodbye|goodbyes|exit|sleep)\b|\bpermanent (?:solution|sleep|exit)\b|\bthe long sleep\b/,
  /\bgo to sleep (?:and|forever|for good|permanently) (?:[a-z]+ ){0,10}(?:never|not) wake\b|\bsleep and never wake\b/,
  /\b(?:do something|something) (?:stupid|drastic|bad|final) (?:tonight|to myself|today|now)\b/,
  /\bgoing to do something (?:stupid|drastic|final)\b/,
  // Plans, methods, attempts.
  /\b(?:plan|planned|planning|plans|worked out|figured out|thought about|thinking about|looking up|looked up|researching|googling|searched) (?:how|ways|a way|the best way|the way|how much|methods?) (?:to )?(?:die|kill myself|end it|end my life|overdose|do it|hang|it would take)\b/,
  /\b(?:how many|how much) (?:pills|tablets|paracetamol) (?:it takes|would it take|to die|does it take)\b/,
  /\b(?:tried|attempted|try|trying) to (?:kill myself|end my life|end it|take my life|die|overdose|hang myself)\b/,
  /\b(?:last|previous|past|my|an|another) (?:suicide )?attempt\b/,
  /\bsuicide attempt\b|\bafter (?:my|the) attempt\b/,
  /\b(?:stockpiling|saving up|hoarding|collecting) (?:my |the )?(?:pills|tablets|meds)\b/,
  /\b(?:made|wrote|making|writing|updated|update) (?:a |my )?will\b/,
  // Euphemisms by region and age: top myself, do myself in, log off, six feet under, be with them in heaven.
  /\b(?:top|topping|do|doing) myself(?: in)?\b|\bdo myself in\b|\b(?:yeet|throw|hurl|fling) myself (?:off|in front|under)\b/,
  /\b(?:log|logging|logged) off (?:permanently|for good|from life|forever)\b|\bpermanently (?:log|logging) off\b/,
  /\bsix feet under\b|\bbig sleep\b|\bbe with (?:my |him |her |them )?(?:[a-z]+ )?in heaven\b|\bjoin (?:my |him |her |them )(?:[a-z]+ )?(?:in heaven|up there)\b/,
  /\b(?:roping|overdosing|slitting my wrists|hanging myself|drowning myself|gassing myself|shooting myself|jumping off|jumping in front)\b/,
  /\b(?:how much|how many) [a-z ]{0,30}(?:is lethal|would kill|to die|it would take|would it take)\b|\blethal dose\b/,
  /\b(?:saving|saving up|stockpiling|hoarding|collecting|keeping) (?:up )?(?:my |the |all my )?(?:meds|pills|tablets|medication|prescription)\b/,
  /\b(?:saying|said|say) goodbye to (?:people|everyone|everybody|my friends|my family)\b|\bin case (?:it is|its) the last time\b/,
  /\b(?:when|after|once) i am (?:gone|dead|not here)\b|\bbecause i (?:will not|wont) need (?:it|them)\b/,
  /\b(?:almost|nearly) (?:killed myself|did it|ended it|went through with it)\b|\b(?:was|were) about to do it\b|\bbefore i could (?:do it|go through with it|finish)\b/,
  /\b(?:tried|trying|attempt(?:ed)?) to (?:die|end (?:my life|it|things)|kill myself|take my (?:own )?life)\b|\bafter (?:trying|i tried) to (?:die|kill myself|end it)\b/,
  /\b(?:intrusive )?(?:thoughts?|voice|voices) (?:in my head )?(?:telling|tell|that tell|saying) me to (?:die|kill myself|end it|jump|hurt myself|step)\b/,
  /\b(?:thought|thoughts|idea) of (?:dying|death|killing myself|ending it|not being here|stepping|jumping)\b/,
  /\b(?:wish|hope|pray|praying|hoping|wishing) (?:that )?(?:god|someone|something|a car|a bus|the plane|i|it) (?:would |will |could |takes? |get )?(?:take me|hit me|crash|kills? me|die|get sick|just die|stop existing|not wake|never wake)\b/,
  /\b(?:would not|wouldnt|do not|dont) mind if i (?:died|was dead|did not wake|didnt wake|never woke)\b/,
  /\b(?:i am|im) (?:a lost cause|past saving|beyond help)\b|\bshould (?:just )?end it\b|\bjust end it\b/,
  /\b(?:i know|worked out|figured out|decided|thought about|thinking about) (?:which|how|when|where|what) (?:pills|bridge|method|way|i would|id|and when|i will|i would do it)\b/,
  /\bwhat i would write in my note\b|\b(?:my|a) (?:suicide |goodbye )?note\b/,
  /\b(?:deleted|deleting|closing|closed) (?:all )?(?:my )?(?:social media|accounts) (?:[a-z]+ ){0,10}(?:gone|easier|when|after)\b|\bpasswords? for (?:my family )?(?:for )?after\b/,
  /\b(?:gave|given|giving) (?:my |away my |all my )?(?:[a-z]+ )?(?:to|away) (?:[a-z]+ ){0,10}(?:will not need|wont need|looked after when i am gone|when i am gone|after i am gone)\b/,
  /\b(?:psych ward|hospital|a and e|the er) (?:[a-z]+ ){0,10}(?:after (?:trying|i tried)|overdose|attempt|tried to)\b|\b(?:overdosed|attempted) (?:[a-z]+ ){0,10}(?:ago|before|last|twice|hospital)\b/,
  /\b(?:stop existing|cease to exist|not exist anymore|want to not exist|wish i did not exist|wish i never existed)\b/,
  /\bi am going to do it (?:eventually|one day|soon|someday)\b|\bone day (?:soon )?i (?:will|am going to) (?:just )?(?:end it|do it|kill myself)\b/,
  /\b(?:looking at|looked at|bought|ordering|ordered) (?:a )?(?:rope|ropes|pills|a gun|guns) (?:online|today|yesterday)?\b|\blooking at rope\b/,

  /\bgiving (?:away|out) (?:my|all my|all of my) (?:stuff|things|belongings|possessions|pets|cat|dog|clothes)\b/,
  /\b(?:giving|gave|given|give) (?:my|all my|all of my) (?:stuff|things|belongings|possessions) away\b/,
  /\b(?:will not|never) (?:have to )?(?:hear from|see) me again\b|\b(?:done|finished) (?:with )?(?:living|being alive)\b|\bif i live or die\b/,
  /\bbecause i (?:will not|am not going to) be (?:around|here|alive)\b|\bi (?:will not|am not going to) be (?:around|here) (?:much )?(?:longer)?$/,
  // Wanting to die, thoughts of dying.
  /\b(?:thoughts|thinking|think|thought|dreaming|fantasi[sz]ing) (?:about|of) (?:dying|death|suicide|being dead|not being here|not existing|ending (?:it|things|my life)|killing myself|my own death|not waking up|disappearing forever)\b/,
  /\b(?:keep|cannot stop|can not stop) (?:thinking about|imagining) (?:dying|death|being dead|my funeral|ending it)\b/,
  /\b(?:want|wish|wanting|wishing|long|longing|hope) (?:for )?(?:it all |everything )?(?:to )?(?:be over|end|stop) (?:for good|forever)\b/,
  /\b(?:want|wish) (?:someone|somebody|you|a car|a truck|a bus|god) (?:would |to )?(?:kill me|hit me|run me over|take me)\b/,
  /\b(?:hope|hoping|wish) i (?:do not|dont|never|will not|wont) wake up\b/,
  /\b(?:everyone|everybody|they|my family|my kids|the world|people) (?:would be|will be|are|is) (?:better|happier|fine|better off) (?:without me|if i (?:was|were) gone|if i died|when i am gone)\b/,
  /\b(?:no|not any) (?:reason|point) (?:in |to )?(?:living|live|being alive|going on|staying|waking up|trying anymore)\b/,
  /\bi am (?:a|such a) (?:waste of (?:space|air|oxygen)|burden)\b/,
  /\b(?:the|my) (?:world|family|everyone) (?:is|would be) better (?:off )?without me\b/,
  /\b(?:it will|this will|everything will) (?:all )?be over (?:soon|tonight|tomorrow)\b/,
  /\b(?:i am|i feel) (?:so )?(?:done|finished) (?:with everything|with it all|with life|with living|for good)\b/,
  /\bnothing (?:is ever going to|will ever|is going to) (?:get better|change|improve)\b/,
  /\b(?:never|not) (?:going to )?get better (?:[a-z]+ ){0,10}(?:give up|end|point|die|done)\b/,
];

/**
 * Everyday idioms that look like crisis words: the span each matches is set aside before the
 * danger and crisis phrases are read, so "this traffic is killing me" or "i am dying to see him"
 * never hears the crisis answer, while "i want to die" still does.
 */
const IDIOMS: readonly RegExp[] = [
  // Something else "is killing me": the traffic, work, my feet, this heat.
  /\b(?:this|that|it|work|school|my (?:[a-z]+ )?[a-z]+|the [a-z]+|these [a-z]+|those [a-z]+|[a-z]+ing|he|she|they|you|mondays?|traffic|homework|exams?|deadlines?|kids?) (?:is|are|was|were|has been|have been|keeps|keep) (?:literally |actually |honestly |absolutely |totally |just |slowly |really )?(?:killing|murdering|slaying) (?:me|us|it)\b/,
  /\b(?:kills|killed) me\b(?= (?:every|each|always|with|when|how|that|lol|haha)|$)/,
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
  /\b(?:cut|cutting|cuts) (?:my |the |his |her |your )?(?:hair|nails|fringe|bangs|grass|lawn|hedge|roses|onions?|vegetables|veggies|bread|cake|meat|losses|class|classes|corners|ties|the cord|costs|back on|down on|it close|in line)\b/,
  /\bhaircut\b|\bpaper ?cut\b|\bcut (?:myself|my finger|my thumb|my hand) (?:shaving|cooking|chopping|on (?:a|the|some) (?:paper|knife|glass|tin|can))\b/,
  /\b(?:burn|burned|burnt|burning) (?:the (?:toast|rice|pasta|pizza|dinner|food|cake|sauce|candle|midnight oil)|dinner|toast|calories|fat|a cd|rubber|my tongue|my mouth|my lip|bridges|out)\b/,
  /\b(?:overdose|overdosed|od ?d) on (?:chocolate|sugar|caffeine|coffee|netflix|tv|candy|sweets|memes|pizza|cake|gaming|work|sun|sunshine)\b/,
  /\bjump (?:into|in|on|onto) (?:bed|the pool|the shower|the lake|the sea|the bandwagon|a call|a meeting|the trampoline|a trampoline|my bed)\b|\bjump (?:rope|start|ship|the queue|the gun|for joy|at the chance)\b/,
  /\bhang (?:out|on|up|in there|tight|around|the washing|the laundry|a picture|pictures|the clothes)\b|\bhanging (?:out|on|up|around|in there)\b|\bhangover\b|\bhung over\b/,
  /\b(?:bridge (?:the gap|building|game|club)|over the (?:moon|bridge))\b/,
  /\b(?:end|ended|ending|finish) (?:the|this|my|our) (?:session|day|call|meeting|workout|game|episode|book|series|relationship|contract|lease|shift|season|semester|term|week|story|chat|conversation|timer|routine)\b/,
  /\blast night (?:was|we|it|at|in)\b|\b(?:my|the) last (?:night|day) (?:of|at|in|before) (?:the|my|our|holiday|vacation|school|work|term|camp|the trip)\b/,
  /\b(?:i am|im|i feel) (?:so )?(?:over it|over this|done with (?:this|my) (?:homework|work|essay|job|project|assignment|game|day|week|shift))\b/,
  /\bgoodbye (?:for now|until tomorrow|see you|steady|alexa|for today|for tonight)\b/,
  /\bgive up (?:sugar|coffee|smoking|chocolate|drinking|meat|alcohol|on (?:this|the|that) (?:game|puzzle|show|book|recipe|diet|level))\b/,
  /\b(?:in|on|at|from|about|watching|watched|reading|read|playing|played) (?:the |a |my |that |this )?(?:show|game|movie|film|book|series|episode|novel|tv|telly|video game|level|match)\b/,
  // Things that "die": batteries, phones, plants; hair that is dyed; dying laughing.
  /\b(?:phone|phones|battery|batterys|batteries|laptop|laptops|car|cars|plant|plants|torch|remote|speaker|headphones|earbuds|signal|wifi|internet|bulb|lightbulb|fish|goldfish)(?: is| are)? (?:about to|going to|gonna|will|might|could) die\b/,
  /\b(?:die|dye|dying|dyeing|died|dyed) (?:my|her|his|their|your|our) (?:hair|beard|eyebrows|fringe|clothes|shirt|jeans)\b/,
  /\b(?:die|dying|dead) (?:lol|haha|lmao|lmfao|rofl|jk|just kidding)\b(?! (?:[a-z]+ ){0,6}(?:seriously|for real|not joking|i mean it))|\b(?:rather|sooner) die than\b/,
  // Sport and play: bungee jumping, cliff diving, jumping off the diving board.
  /\b(?:bungee|bungy|base|cliff|ski|parachute|sky ?diving) (?:jumping|jump|jumps|diving)\b|\bjump(?:ing|ed)? off (?:the |a )?(?:diving board|high board|jetty into|pier into|rocks into|swing)\b/,
  // Money, noses, gums: bleeding that is no injury.
  /\bbleeding (?:money|cash|me dry|us dry|heart|edge)\b|\b(?:nose ?bleeds?|nose is bleeding|bleeding nose|gums (?:are )?bleed(?:ing)?|bleeding gums|paper cut)\b/,
  // Medicine taken as it should be.
  /\b(?:take|taking|took|forgot|forget|remember|remind me) (?:to take )?(?:my|the|your) (?:[a-z]+ ){0,2}(?:pills|tablets|meds|medication|medicine|vitamins|antibiotics|inhaler) (?:with (?:food|water|a meal|milk|breakfast|lunch|dinner)|this morning|today|on time|as prescribed|before (?:bed|breakfast|food)|after (?:dinner|breakfast|food|meals)|every (?:day|morning|night))\b/,
  /\bdrown(?:ing|ed)? (?:my|our|his|her) sorrows\b|\bjump(?:ed|ing)? out of my skin\b|\bon top of the world\b/,
  /\b(?:hurt|injured|cut|burned|burnt|scratched|bruised) (?:myself|my [a-z]+) (?:at the gym|playing|running|lifting|skiing|skating|cooking|shaving|gardening|at work|falling|on (?:a|the) (?:oven|stove|pan|iron|kettle|tray|nail|fence|glass|bramble|rose bush|table|door|corner|step|stairs))\b(?! on purpose| deliberately)/,
  /\b(?:quit|quitting|stop|stopped|gave up|give up|giving up|moved|move|moving|left|leaving|fixed|banned|gone|closed|retired|deleted|uninstalled|cancelled|canceled|done) (?:[a-z]+ ){1,4}for good\b|\bfor good (?:luck|measure|reason|cause|behaviou?r)\b/,
  /\b(?:alive and well|alive and kicking|come alive|comes alive|came alive|look alive|feel alive|feeling alive|so alive|keeps? me alive|the lot of (?:you|them|us)|a lot|the parking lot|car lot)\b/,
  /\bnot suicidal\b|\b(?:it is|its|it) (?:about to|going to|gonna) die\b|\brop(?:e|ed|ing) (?:off|in)\b|\b(?:rope|tyre|tire) swing\b/,
  /\bjump(?:ing|ed)? (?:on|onto) (?:the|a) (?:train|bus|plane|tube|ferry|call|zoom|bike|scooter)\b/,
  /\b(?:last day|leaving do|farewell (?:party|do|drinks)|retirement|graduation|moving (?:away|house)|old job|new job|at work|at school)\b(?:[a-z]+ ){0,10}?(?:saying|said|say) goodbye to everyone\b/,
  /\bsuicides? (?:at|in|during) (?:practice|training|drills|football|basketball|soccer|hockey|rugby|netball|the gym)\b|\b(?:run|ran|running|doing|did) suicides\b|\bsuicide (?:squeeze|squad|drill|drills|sprints?|runs?|doors?|blonde|bid|mission|kings)\b/,
  /\b(?:i will|i ll|we will|you will) survive\b|\b(?:could|would|might) sleep (?:forever|for a week|for days|for a year)\b/,
  /\b(?:killing|kill|killed) myself (?:laughing|with laughter)\b|\bcut (?:it|my hair|my fringe|my bangs|my own hair|my own fringe) myself\b|\bgoodbye to my (?:fringe|hair|bangs|beard|weekend|savings|money|phone)\b/,
  /\b(?:do not|dont|never) want to wake up (?:till|until|before) [a-z]+\b/,
  /\b(?:want to die|i could die|dying|kill me now) (?:[a-z]+ ){0,3}(?:hangover|hungover|cramps|period|flu|a cold|toothache|headache|migraine|heat|heatwave|so embarrassing|embarrassed)\b/,
  /\bcannot take (?:any more|much more) of (?:this|the|my|that|these) (?!life|pain|living|world)[a-z]+\b|\bcannot take (?:it|this) anymore (?:with )?(?:the|my|this|these|those) (?:[a-z]+ )?(?:neighbou?rs?|noise|drilling|heat|heatwave|traffic|kids|dog|weather|builders|job|boss|commute|stomping)\b/,
  /\b(?:will|wills) (?:[a-z]+ ){0,4}(?:just to be organi[sz]ed|with (?:a|my|the) (?:lawyer|solicitor)|estate planning)\b/,
  /\b(?:took|take|taking|had) (?:one|two|a couple of|a few) (?:[a-z]+ )?(?:paracetamol|panadol|tylenol|ibuprofen|aspirin|nurofen|advil|tablets|pills) (?:for|because of) (?:my|the|a)\b/,
  /\bnote (?:for|to) (?:my |the )?(?:roommate|flatmate|housemate|teacher|boss|landlord|neighbou?r|milkman|delivery|cleaner|babysitter)\b/,
];

export const ENGLISH_SAFETY: SafetyPhrases = {
  danger: [...DANGER, ...MORE_DANGER],
  crisis: [...CRISIS, ...MORE_CRISIS],
  idioms: IDIOMS,
  together: ENGLISH_TOGETHER,
  warningWords: ENGLISH_WARNING_WORDS,
  openings: [
    'i',
    'i am',
    'i have',
    'i have been',
    'i am so',
    'my',
    'i have got',
    'i am holding',
    'i am lying',
    'i am walking',
    'i am standing',
    'i am sitting',
    'i have thought about',
    'the voices',
  ],
};
