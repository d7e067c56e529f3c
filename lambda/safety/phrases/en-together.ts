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
import type { SafetyRule } from '../grade';

// ---- the parts --------------------------------------------------------------------------------

/** Something that can end a life: substances, ligatures, weapons, fumes. */
const MEANS =
  /\b(?:pills?|tablets?|meds|medication|medicine|prescriptions?|paracetamol|acetaminophen|tylenol|ibuprofen|aspirin|painkillers|sleeping pills|sleepers|antidepressants|xanax|valium|oxy|oxycodone|opioids|fentanyl|heroin|insulin|lithium|codeine|tramadol|benzos|capsules|diazepam|seroquel|quetiapine|sertraline|citalopram|fluoxetine|prozac|zoloft|panadol|nurofen|amitriptyline|gabapentin|pregabalin|morphine|methadone|ketamine|phenyl|medicine cabinet|cough syrup|bleach|antifreeze|poison|rope|noose|ligature|belt|cord|cable|scarf|pesticide|weedkiller|weed killer|rat poison|dupatta|chunni|saree|sari|plastic bag|gun|shotgun|rifle|pistol|handgun|revolver|firearm|knife|knives|blade|blades|razor|razors)\b/;

/** Means that are only ever near for one reason when someone tells Steady so. */
const WEAPON =
  /\b(?:ropes?|nooses?|ligature|guns?|shotguns?|rifles?|pistols?|handguns?|revolvers?|firearms?|knife|knifes|knives|blades?|razors?)\b/;

/** The means is on the body, fixed in place, counted out, or being taken now. */
const ON_BODY_OR_SET =
  /\b(?:in my hands?|in my fist|in my mouth|around my neck|round my neck|to my (?:head|neck|wrist|wrists|throat|chest|temple|skin)|against my (?:head|neck|wrist|throat|skin|chest)|ready|all set|set up|lined up|counted out|counting them|counting out|loaded|tied|knotted|over the (?:beam|door|banister|rail|railing|pipe)|to the (?:beam|ceiling|ceiling fan|fan|banister|door|rail|railing|pipe|hook|tree|branch)|already up|is up|up in the|sorted|rigged|in the stairwell|in the loft|in the garage|in the shed|taking them now|taking them all|going to take (?:them|it|all)|about to take|standing on (?:a|the) (?:chair|stool|box|bucket)|on a chair|on the chair)\b/;

/** A weapon within reach. */
const NEAR =
  /\b(?:on my lap|in my lap|next to me|beside me|in front of me|here with me|right here|on the bed|in my room|in my pocket|in the car with me|with me now|pointed|pointing|glovebox|glove box|under my pillow)\b/;

/** Swallowed, drunk, injected: an ingestion already done. */
const TAKEN =
  /\b(?:emptied|took|taken|swallowed|swallowing|necked|downed|drank|drunk|injected|popped|overdosed|overdosing|have had|just had|ate)\b/;

/** How much, or why: enough to be an overdose, or taken to die. */
const TOO_MUCH =
  /\b(?:all (?:of )?(?:my|the|them|those|these)|whole|entire|every|bottle|bottles|packet|packets|pack|packs|box|boxes|strips?|handful|handfuls|bunch|load|loads|a lot|lots|too many|twenty|thirty|forty|fifty|sixty|hundred|dozens?|on purpose|to die|to end it|to end this|so i (?:can|do not|will not|never)|(?:now )?i feel (?:weird|sick|dizzy|funny|strange|sleepy|drowsy)|now i am (?:scared|dizzy|sleepy|shaking)|everything i had|the whole thing|whatever was in|in one go|whole month|whole bottle|all of these|all me|all my)\b/;

/** A place people end their lives from, or in. */
const DANGEROUS_PLACE =
  /\b(?:bridge|ledge|roof|rooftop|cliff|cliffs|edge|tracks|railway|platform|overpass|flyover|balcony|railing|railings|parapet|window|windowsill|multi storey|multistorey|car park|parking garage|parking structure|parking deck|quarry|river|sea|ocean|lake|reservoir|dam|pier|jetty|tower|tall building|top floor|highway|motorway|freeway|interstate|traffic|the gap|beachy head|road|the road|train line|railway line|footbridge|stairwell|sea link)\b/;

/** Places where being there is itself the danger. */
const EDGE =
  /\b(?:ledge|edge of the|tracks|railway line|railing|railings|parapet|windowsill|window sill|cliff edge|wrong side|on top of (?:the|a) (?:overpass|bridge|building|car park|multi storey|tower|cliff|cliffs|roof|flyover|dam)|the gap|beachy head|golden gate|westgate|lions gate)\b/;

/** The person is there now, or going there. */
const THERE_NOW =
  /\b(?:i am (?:already |now |still |just |right )?(?:on|at|in|up|standing|sitting|stood|sat|kneeling|lying|laying|perched|climbing|leaning|hanging|wading|walking|driving|parked|heading|outside|over|right)|i have (?:climbed|walked|driven|parked|got to|made it to)|i (?:climbed|walked|drove|parked|got) (?:up|onto|out|over|into|to)|stepped out onto|stepped onto|stepped out on|standing on|sitting on|sat on|kneeling on|lying on|perched on|climbing over|climbed over|over the (?:fence|railing|barrier|rail)|wading into|walking into|heading to|driving to|on my way to)\b/;

/** What is done there, or about to be. */
const ENDING_ACT =
  /\b(?:jump|jumping|leap|let go|step off|step out|step in front|stepping off|stepping out|fall|walk into|keep walking|drive off|drive into|drive it into|swerve|swerving|crash|crashing|hit (?:the|a) (?:wall|tree|barrier|truck|lorry)|floor it|end it|ending it|end this|ending this|end things|finish it|finishing it|do it|doing it|go through with it|get it over with|kill myself|killing myself|die|dying|i am done|goodbye|cannot do this|never coming back|not coming back|not coming (?:down|off|home)|not getting off|not moving|going in|drop|letting go|getting over the side|over the side|so nobody sees me|so no one sees me|waiting for (?:a|the) (?:lorry|truck|train|bus|car)|hear it coming|pull out|going up higher|higher now|past the barrier|push off|climbing the (?:wall|fence|railing)|do not care|made up my mind|this is it|the end|nobody will stop me)\b/;

/** Now, tonight, in minutes: a time that has come. */
const TIME_NOW =
  /\b(?:right now|now|tonight|tonite|in (?:a few|five|ten|twenty|thirty|a couple of) minutes|in an hour|in half an hour|at midnight|this evening|before morning|already|when everyone is asleep|when they are asleep)\b/;

/** A plan to end a life, named for what it is. */
const CLEAR_PLAN =
  /\b(?:going to (?:kill myself|hang myself|shoot myself|end my life|take my life|unalive myself|jump)|about to (?:kill myself|end my life|jump)|killing myself|kill myself|ending my life|end my life|unalive myself|take my (?:own )?life|taking my (?:own )?life)\b/;

/** "Doing it", "ending it": a plan only with what comes with it. */
const VAGUE_PLAN =
  /\b(?:going to (?:do it|end it|end this|finish it|go through with it|take them|take them all)|about to (?:do it|end it|go)|doing it|ending it|finishing it|ending things|going through with it|i am going$|it is time$|my time is up|i am ready$)\b/;

/** Everything it needs is there: a goodbye, a note, means, a place. */
const WITH_IT =
  /\b(?:goodbye|bye|note|letter|pills|tablets|rope|gun|knife|blade|bridge|roof|ledge|cliff|tracks|train|everything is ready|everything ready|i am done|cannot do this|nobody|no one|last)\b/;

/** Goodbyes done. */
const GOODBYES_DONE =
  /\b(?:said (?:bye|goodbye|my goodbyes)|posted my (?:goodbye|last)|sent (?:my|the) (?:goodbye|last|goodbyes)|scheduled (?:the|my) (?:messages|posts|emails|texts)|wrote (?:my|the|a) (?:suicide )?(?:note|goodbye)|written (?:my|the|a) (?:suicide )?(?:note|goodbye)|everything is ready|everything ready)\b/;

/** Things given away, the last of them. */
const GIVEN_AWAY = /\b(?:gave|given|giving) (?:away )?(?:my|all my) [a-z]+ (?:away|to)\b/;

/** Fumes in a closed space. */
const FUMES =
  /\b(?:hosepipe|hose pipe|exhaust|did not light it|gas on the cooker|engine on|pipe in|hose in|gas taps|oven on|heater on|engine running|car running|running the engine|the gas on|gas is on|left the gas|turned on the gas|turned the gas on|turned on the car|charcoal|hose)\b/;
const CLOSED_SPACE =
  /\b(?:car window|through the window|rigged|in my car|cooker|garage|windows up|vents|shut the|door shut|doors shut|door closed|sealed|taped|lying down next to it|in the car)\b/;

const BLOOD = /\b(?:blood|bleeding|bleed|bled)\b/;
const DEEP_WOUND =
  /\b(?:a lot|not slowing|running down|pumping|artery|stitches|all over|for a while|numb|in the bath|the sink|the floor|smashing|banging|cut|cuts|cutting|slit|slashed|sliced|too deep|so deep|really deep|wrists?|throat|will not stop|cannot stop|everywhere|so much|pouring|soaked)\b/;

// Crisis parts.

/** Wanting, wishing, praying, waiting. */
const LONGING =
  /\b(?:wish|wishing|wished|pray|praying|prayed|hope|hoping|hoped|want|wanted|wanting|would like|long|longing|waiting|let me|could just|would just|should just|i am going to|would not mind|would be nice)\b/;

/** Ending up dead, gone, not waking: the end longed for. */
const ENDING_UP_GONE =
  /\b(?:to die|would die|could die|just die|be dead|i was dead|i were dead|be gone$|be gone forever|be gone for good|gone forever|stop existing|cease to exist|never wake up|not wake up|not ever wake up|never waking up|not waking up|fall asleep and (?:that be it|never|not)|sleep and (?:never|not)|(?:god|he|someone|something|death) (?:would |will |to |could )?takes? me|(?:car|bus|truck|lorry|train) (?:would |will |to )?(?:just )?(?:hit|hits|run|runs) me|(?:something|someone|anything) (?:would |will )?kills? me|life (?:was|were|would be|to be) over|run me over|(?:plane|car) (?:crashes|would crash|to crash|goes down)|go away forever|disappear forever|never come back|not come back|it all to be over|everything to be over|my life to be over|it to all be over|out for good|want out$|be with (?:her|him|them|my [a-z]+) again)\b/;

/** Hurting the body: cutting, burning, scratching, stabbing, starving. */
const HARMING =
  /\b(?:slam|slammed|slamming|dig|digging|dug|smash|smashing|smashed|cut|cuts|cutting|burn|burns|burned|burnt|burning|scratch|scratched|scratching|stab|stabbed|stabbing|carve|carved|carving|pick|picked|picking|punch|punched|punching|bang|banged|banging|bruise|bruising|starve|starving|hit|hitting|s h|sh|self ?harm)\b/;

/** On purpose, into the skin, again after stopping: self-harm rather than an accident. */
const ON_MYSELF =
  /\b(?:myself|on purpose|deliberately|till (?:it|they|i) bleeds?|until (?:it|they|i) bleeds?|into my skin|my (?:arms?|legs?|wrists?|thighs?|skin|stomach|hips?)|with (?:a |my |the )?(?:lighter|cigarettes?|compass|razor|blade|knife|scissors|glass)|relapsed|relapse|relapsing|clean from|urge to|urges to|my head (?:on|against) (?:the )?wall|my hand in the door|scars|do it again|cutting again|burning again)\b/;

/** Thinking, imagining, having thoughts of or urges towards, searching. */
const THINKING =
  /\b(?:think|thinking|thought|thoughts|imagine|imagining|imagined|picture|picturing|fantasi[sz]e|fantasi[sz]ing|dream about|dreaming about|urge|urges|tempted|tempting|cross my mind|crossed my mind|crosses my mind|googled|looked up|looking up|searched|researching|daydream|daydreaming|wonder if|i know how|i know exactly how|have a plan|urge to)\b/;

/** What is thought of: a method, one's own death. */
const METHOD_OR_DEATH =
  /\b(?:to jump|jump whenever|how to do it|how i would do it|about it$|jumping off|jump off|jumping in front|jump in front|jumping from|swerving|swerve|stepping off|step off|stepping in front|step in front|walking into (?:the )?(?:sea|river|ocean|lake|traffic)|walk into (?:the )?(?:sea|river|ocean|lake|traffic)|drive into|driving into|drive off|driving off|crash my car|crashing my car|my (?:own )?funeral|on myself|painless way|easiest way to|quickest way to|best way to die|way to die|ways to die|how to die|lethal|hanging myself|hang myself|drowning myself|being dead|my (?:own )?death|how many (?:pills|tablets) (?:it takes|would|to)|cutting tonight|cutting again|taking all (?:my|the|of my)|all my pills|methods|throwing myself|throw myself|pick a day|picked a day|not waking up|not being here|not being alive)\b/;

/** No future: not here next year, not making it, counting down. */
const NO_FUTURE =
  /\b(?:will not (?:be around|make it to|make it through|be here|be alive) (?:for|by|to|until|next|much|my|the|christmas|another|after)|do not see (?:a|any) future|(?:plan|planning|expect) (?:on|to) (?:being|be) (?:around|here|alive)|do not see myself (?:being alive|alive|here|around|living|making it|getting old|growing old)|cannot see (?:a|any) future|no future for me|not (?:going to be|be) (?:here|around|alive) (?:for|by|next|much)|counting down (?:the )?days (?:till|until) i am gone|waiting to die|running out of reasons to|do not trust myself (?:tonight|right now|anymore|alone|to be safe|to stay safe)|do not trust myself$|not safe (?:with|around) myself|cannot keep myself safe)\b/;

/** Euphemisms for ending a life, by region and age. */
const EUPHEMISM =
  /\b(?:(?:such )?a relief|dying is the (?:only )?way|dying would be|why cannot i (?:just )?die|heart to (?:just )?stop|stop breathing|(?:vanish|disappear|fade away) (?:forever|for good)|just fade away|fade away$|permanent nap|disappointed (?:i|to) (?:woke|wake) up|wake up disappointed|why did i wake up|do not care if i (?:wake|live)|carry on without me|go on without me|hope it is forever|enough of (?:living|life|this life)|(?:do not|not) feel like living|i am not going on|not going on$|rather (?:just )?go now|(?:planning|plan|going) (?:on|to) (?:see|seeing) my next|last (?:week|day|night|month|christmas|summer) on earth|my time to go|what i (?:might|will|could) do to myself|easiest way out|letters (?:written )?for everyone|sorted (?:out )?(?:all )?my affairs|(?:playlist|songs|music|plans) for my funeral|so i will (?:just )?(?:fade away|go sooner|die|not wake)|go sooner|relieved i am gone|(?:glad|happier|better) (?:when|once) i am gone|life insurance (?:would|will|could) (?:do|be|pay|help)|worth more dead|(?:voice|voices|them) (?:keeps? |keep )?(?:say|saying|says|tell|tells|telling) (?:me )?(?:to )?(?:do it|i should (?:jump|die|do it|go))|make it look like an accident|walk into the (?:sea|ocean|river|lake)|waiting to join (?:her|him|them)|join (?:her|him|them) (?:soon|sooner|up there)|my plan is to (?:go|do it|end it)|miss (?:the|my) (?:blade|razor|cutting)|(?:brave|calm) enough to (?:jump|do it|go through)|when i (?:swallow|cut|jump|do it)\b|and then i will go|before i go$|one last time|slipping away|the last thing i (?:want to|will|wanna) hear|everything is in place|everything in place|might as well make it official|make it permanent|catch the bus (?:for real|if you know)|out of this life|out of life|(?:done|over) (?:existing|living|life|being alive)|time i stopped|right time to go|made my peace|should just go$|not scared of dying|death (?:just )?(?:seems|sounds|feels|would be) (?:so )?(?:peaceful|nice|easier|like a relief|better)|better off with (?:the )?(?:life )?insurance|better off with a different|get the (?:life )?insurance|tell my (?:family|mum|mom|dad|kids|children|wife|husband|partner|sister|brother|parents|friends) (?:i am sorry|sorry|i love (?:her|him|them)|goodbye)|stopped wanting to live|should have died|wish i had died|wishing i would died|wish i would died|this (?:will|is going to) be my last|last time you will (?:hear|see)|(?:want|wish i could) (?:to )?(?:go (?:and )?)?(?:be with (?:him|her|them)|where (?:my [a-z]+|he|she) (?:went|is))|easy way out|cowards way out|coward way out|catch the bus if you know|carked it|cark it|kark it|karked it|check out early|checking out (?:soon|early|for good)|not the hotel kind|finish myself|ready to go$|done with this world|leave this world|leaving this world|not deserve to (?:live|be alive|be here|exist)|i (?:should|would rather|want to|just want to) (?:just )?not exist|point (?:of|in) (?:being here|me being here|me being alive|me existing)|meet my maker|go to sleep forever|sleep forever)\b/;

/** An attempt stopped or abandoned. */
const STOPPED_ATTEMPT =
  /\b(?:nearly (?:jumped|did it|went through with it|killed myself|ended it|took them|hanged|stepped)|almost (?:jumped|did it|went through with it|killed myself|ended it|took them|hanged|stepped)|could not go through with it|did not go through with it|saved me last time|pumped my stomach|next time i will make sure|trying again|police (?:stopped|found|pulled) me|someone (?:stopped|found|pulled) me|pulled me (?:back|off)|talked me down|stomach pumped|woke up in hospital)\b/;
const ATTEMPT_SETTING =
  /\b(?:bridge|train|tracks|edge|ledge|roof|cliff|pills|tablets|overdose|rope|noose|it|them|myself|again|next time|make sure|last time)\b/;

/** Hopeless with finality: nothing will change, so why be here. */
const HOPELESS =
  /\b(?:hopeless|no hope|never going to (?:change|get better|feel better|be okay|be ok|improve)|nothing (?:is )?(?:ever )?going to change|nothing will ever change|never gets better|will never get better|no future)\b/;
const FINALITY =
  /\b(?:point of being here|even the point|point in being here|point of living|point in living|being here|keep trying|want out|why bother|give up|giving up|no point|what is the point|anymore|any longer)\b/;

/** Asking to die, or feeling like dying. */
const LET_ME_DIE =
  /\b(?:let me|just let me|i want to|wish i could|i could just|i should just|i need to) (?:just )?(?:die|be dead)\b|\bfeel like (?:just )?(?:dying|i am dying inside|i want to die)\b|\blet me die\b/;

/** A height where being is itself a danger; not when sightseeing. */
const HEIGHT =
  /\b(?:bridge|roof|rooftop|ledge|cliff|cliffs|overpass|flyover|tower|parapet|top floor|multi storey|multistorey|parkade|parking garage roof|car park roof|railway|level crossing|transmission tower|pylon|crane|water tower)\b/;
const SIGHTSEEING =
  /\b(?:photos?|pictures?|selfies?|sunset|sunrise|fireworks|view|fishing|walking the dog|holiday|vacation|sightseeing|tour|with (?:my|the) (?:kids|family|friends|dog|mates)|fixing|repairing|gutter|gutters|work on|working on|roofer|painting|builder|stuck in traffic|commute)\b/;

/** A question, or "how would …". */
const ASKING = /\b(?:how|what|which|where|is there|is it|can you|can i|could|would|will|does|do you)\b/;
/** What a question about ending a life asks after. */
const METHOD_QUESTION =
  /\b(?:die from|die in|die of an|way to die|ways to die|way to go|quickest way|painless way|easiest way|to die|hang themselves|hang yourself|hang myself|have to cut|cut deep|bleed out|would be enough|be enough to|enough to kill|highest bridge|tallest building|roof of|so i can jump|overdose on|lethal|kill you|kills you|kill a person|fatal|how many (?:pills|tablets))\b/;

/** Death by a means, named in a question. */
const DEATH_TOPIC =
  /\b(?:die|dying|death|drown|drowning|gunshot|hanging|carbon monoxide|overdose|kill yourself|kill themselves|kill myself|bridge|fall from|jump from)\b/;

// ---- the rules --------------------------------------------------------------------------------

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
