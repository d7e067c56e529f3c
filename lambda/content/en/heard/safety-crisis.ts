/**
 * What English speakers say when they are in crisis, as data for the safety grader: thoughts of
 * suicide, self-harm with or without "myself", slang, plans, dying thoughts. Matched against text
 * normalised by normaliseFeelingText. Sources as for ./safety.ts (docs/safety-sources.md).
 */
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

/** Crisis statements the patterns above miss: self-harm without "myself", slang, plans, dying thoughts. */
const MORE_CRISIS: readonly RegExp[] = [
  // A part of the person that wants to die: "part of me wants to die", "something in me wants it over".
  /\b(?:part of me|something in me|my (?:brain|head|mind)|the voices?|a voice) (?:still |really |just )?(?:wants?|keeps? wanting|is telling me) (?:me )?to (?:die|be dead|end it|end things|not be here|not exist|disappear|kill myself|hurt myself)\b/,
  // Self-harm past or present, with or without "myself".
  /\b(?:been|started|start|keep|kept|back to|relapsed|relapsing|went back to|stop|stopped|quit) (?:cutting|burning|scratching|harming|hurting)(?: myself| again| my (?:arms?|legs?|wrists?|thighs?|skin|body))?\b|\bstarving myself\b/,
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

/** Every English crisis statement the grader reads for. */
export const ENGLISH_CRISIS: readonly RegExp[] = [...CRISIS, ...MORE_CRISIS];
