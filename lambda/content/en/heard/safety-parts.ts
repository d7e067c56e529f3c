/**
 * The parts English statements of danger and crisis are made of (./safety-together.ts counts them
 * together): means, places, acts, times, wishes. Each is a plain alternation of words, with no
 * repetition over the person's text, so matching stays linear (test/unit/safety/backtracking).
 */
/** Something that can end a life: substances, ligatures, weapons, fumes. */
export const MEANS =
  /\b(?:pills?|tablets?|meds|medication|medicine|prescriptions?|paracetamol|acetaminophen|tylenol|ibuprofen|aspirin|painkillers|sleeping pills|sleepers|antidepressants|xanax|valium|oxy|oxycodone|opioids|fentanyl|heroin|insulin|lithium|codeine|tramadol|benzos|capsules|diazepam|seroquel|quetiapine|sertraline|citalopram|fluoxetine|prozac|zoloft|panadol|nurofen|amitriptyline|gabapentin|pregabalin|morphine|methadone|ketamine|crocin|dolo|combiflam|advil|phenyl|medicine cabinet|cough syrup|bleach|antifreeze|poison|dettol|phenyl|endone|helium|rope|noose|ligature|belt|cord|cable|scarf|pesticide|weedkiller|weed killer|rat poison|dupatta|chunni|saree|sari|plastic bag|gun|shotgun|rifle|pistol|handgun|revolver|firearm|knife|knives|blade|blades|razor|razors)\b/;

/** Means that are only ever near for one reason when someone tells Steady so. */
export const WEAPON =
  /\b(?:ropes?|nooses?|ligature|guns?|shotguns?|rifles?|pistols?|handguns?|revolvers?|firearms?|knife|knifes|knives|blades?|razors?)\b/;

/** The means is on the body, fixed in place, counted out, or being taken now. */
export const ON_BODY_OR_SET =
  /\b(?:in my hands?|into my hands?|in my fist|in my mouth|around my neck|round my neck|to my (?:head|neck|wrist|wrists|throat|chest|temple|skin)|against my (?:head|neck|wrist|wrists|throat|skin|chest|stomach|belly|arm|leg|thigh)|ready|all set|set up|lined up|counted out|counted them|setting it up|setting up|from the loft|loft hatch|from the (?:beam|banister|ceiling|rafters)|counting them|counting out|loaded|tied|knotted|over the (?:beam|door|banister|rail|railing|pipe)|to the (?:beam|ceiling|ceiling fan|fan|banister|door|rail|railing|pipe|hook|tree|branch)|already up|is up|up in the|sorted|rigged|in the stairwell|in the loft|in the garage|in the shed|taking them now|taking them all|going to take (?:them|it|all)|about to take|standing on (?:a|the) (?:chair|stool|box|bucket)|on a chair|on the chair)\b/;

/** A weapon within reach. */
export const NEAR =
  /\b(?:on my lap|in my lap|next to me|beside me|in front of me|here with me|right here|on the bed|in my room|in my pocket|in the car with me|with me now|pointed|pointing|glovebox|glove box|under my pillow)\b/;

/** Swallowed, drunk, injected: an ingestion already done. */
export const TAKEN =
  /\b(?:emptied|took|taken|swallowed|swallowing|necked|downed|drank|drunk|injected|popped|overdosed|overdosing|odd on|od on|o d on|have had|just had|ate|mixed)\b/;

/** How much, or why: enough to be an overdose, or taken to die. */
export const TOO_MUCH =
  /\b(?:all (?:of )?(?:my|the|them|those|these)|whole|entire|every|bottle|bottles|packet|packets|pack|packs|box|boxes|strips?|handful|handfuls|bunch|fistful|load|loads|a lot|lots|too many|twenty|thirty|forty|fifty|sixty|hundred|dozens?|on purpose|to die|to end it|to end this|so i (?:can|do not|will not|never)|(?:now )?i feel (?:weird|sick|dizzy|funny|strange|sleepy|drowsy)|now i am (?:scared|dizzy|sleepy|shaking)|everything i had|the whole thing|whatever was in|in one go|whole month|whole bottle|all of these|all me|all my|all of it)\b/;

/** A prescription refilled or the day's dose taken: medicines gone, but no overdose. */
export const ROUTINE_DOSE =
  /\b(?:refill|repeat prescription|pharmacy|chemist|run out|ran out|need more|order more|expired|doctor gave me more|this morning|with breakfast|daily|every day|as prescribed|vitamins?|supplements?|my dose)\b/;

/** A place people end their lives from, or in. */
export const DANGEROUS_PLACE =
  /\b(?:bridge|ledge|roof|rooftop|cliff|cliffs|edge|tracks|railway|platform|overpass|flyover|balcony|railing|railings|parapet|window|windowsill|multi storey|multistorey|car park|parking garage|parking structure|parking deck|quarry|river|sea|ocean|lake|reservoir|dam|pier|jetty|tower|tall building|top floor|highway|motorway|freeway|interstate|traffic|the gap|beachy head|road|the road|train line|railway line|footbridge|stairwell|sea link|lookout|lookout point|viewpoint|pylon)\b/;

/** Places where being there is itself the danger. */
export const EDGE =
  /\b(?:ledge|edge of the|tracks|railway line|railing|railings|parapet|windowsill|window sill|cliff edge|wrong side|on top of (?:the|a) (?:overpass|bridge|building|car park|multi storey|tower|cliff|cliffs|roof|flyover|dam)|the gap|beachy head|golden gate|westgate|lions gate)\b/;

/** The person is there now, or going there. */
export const THERE_NOW =
  /\b(?:i am (?:already |now |still |just |right |halfway )?(?:on|at|in|up|standing|sitting|stood|sat|kneeling|lying|laying|perched|climbing|leaning|hanging|wading|walking|driving|parked|heading|outside|over|right)|i have (?:climbed|walked|driven|parked|got to|made it to)|i (?:climbed|walked|drove|parked|got) (?:up|onto|out|over|into|to)|stepped out onto|stepped onto|stepped out on|standing on|standing (?:right )?at|stood (?:right )?at|sitting (?:right )?at|sitting on|sat on|kneeling on|lying on|perched on|climbing over|climbed over|over the (?:fence|railing|barrier|rail)|wading into|walking into|heading to|driving to|on my way to)\b/;

/** What is done there, or about to be. */
export const ENDING_ACT =
  /\b(?:jump|jumping|leap|let go|step off|step out|step in front|stepping off|stepping out|fall|walk into|keep walking|drive off|drive into|drive it into|swerve|swerving|crash|crashing|hit (?:the|a) (?:wall|tree|barrier|truck|lorry)|floor it|end it|ending it|end this|ending this|end things|finish it|finishing it|do it|doing it|go through with it|get it over with|kill myself|killing myself|die|dying|i am done|goodbye|cannot do this|never coming back|not coming back|not coming (?:down|off|home)|not getting off|not moving|going in|drop|letting go|getting over the side|over the side|so nobody sees me|so no one sees me|waiting for (?:a|the) (?:lorry|truck|train|bus|car)|hear it coming|pull out|going up higher|higher now|past the barrier|push off|climbing the (?:wall|fence|railing)|do not care|made up my mind|this is it|the end|nobody will stop me|going over|go over)\b/;

/** Now, tonight, in minutes: a time that has come. */
export const TIME_NOW =
  /\b(?:right now|now|tonight|tonite|in (?:a few|five|ten|twenty|thirty|a couple of) minutes|in an hour|in half an hour|just now|at midnight|this evening|before morning|already|when everyone is asleep|when they are asleep)\b/;

/** A plan to end a life, named for what it is. */
export const CLEAR_PLAN =
  /\b(?:going to (?:kill myself|hang myself|shoot myself|end my life|take my life|unalive myself|jump)|about to (?:kill myself|end my life|jump)|killing myself|kill myself|ending my life|end my life|unalive myself|take my (?:own )?life|taking my (?:own )?life)\b/;

/** "Doing it", "ending it": a plan only with what comes with it. */
export const VAGUE_PLAN =
  /\b(?:going to (?:do it|end it|end this|finish it|go through with it|take them|take them all)|about to (?:do it|end it|go)|doing it|ending it|finishing it|ending things|going through with it|i am going$|it is time$|my time is up|i am ready$)\b/;

/** Everything it needs is there: a goodbye, a note, means, a place. */
export const WITH_IT =
  /\b(?:goodbye|bye|note|letter|pills|tablets|rope|gun|knife|blade|bridge|roof|ledge|cliff|tracks|train|everything is ready|everything ready|i am done|cannot do this|nobody|no one|last)\b/;

/** Goodbyes done. */
export const GOODBYES_DONE =
  /\b(?:said (?:bye|goodbye|my goodbyes)|posted my (?:goodbye|last)|sent (?:my|the) (?:goodbye|last|goodbyes)|scheduled (?:the|my) (?:messages|posts|emails|texts)|wrote (?:my|the|a) (?:suicide )?(?:note|goodbye)|written (?:my|the|a) (?:suicide )?(?:note|goodbye)|everything is ready|everything ready)\b/;

/** Things given away, the last of them. */
export const GIVEN_AWAY = /\b(?:gave|given|giving) (?:away )?(?:my|all my) [a-z]+ (?:away|to)\b/;

/** Fumes in a closed space. */
export const FUMES =
  /\b(?:hosepipe|hose pipe|exhaust|did not light it|gas on the cooker|engine on|pipe in|hose in|gas taps|oven on|gas oven|heater on|turned on the gas|car on|turned the car on|engine running|car running|running the engine|the gas on|gas is on|left the gas|turned on the gas|turned the gas on|turned on the car|charcoal|hose|engine going|heater gas on|gas heater|heater on|gas bottle|motor on|motor running)\b/;
export const CLOSED_SPACE =
  /\b(?:car window|through the window|rigged|in my car|cooker|garage|windows up|vents|shut the|door shut|doors shut|door closed|closed (?:all )?the windows|windows (?:closed|shut)|laid down next to it|lay down next to it|sealed|taped|lying down next to it|in the car|shut (?:all )?the (?:windows|doors|door)|on the floor next to it|lying next to it|under the door|windows up|sealed the room|door down|zipped shut|in the tent)\b/;

export const BLOOD = /\b(?:blood|bleeding|bleed|bled|water is red|water red)\b/;
export const DEEP_WOUND =
  /\b(?:a lot|not slowing|running down|pumping|artery|stitches|all over|for a while|numb|in the bath|the sink|the floor|smashing|banging|cut|cuts|cutting|slit|slashed|sliced|too deep|so deep|really deep|wrists?|throat|will not stop|cannot stop|everywhere|so much|pouring|soaked)\b/;

// Crisis parts.

/** Wanting, wishing, praying, waiting. */
export const LONGING =
  /\b(?:wish|wishing|wished|pray|praying|prayed|hope|hoping|hoped|want|wanted|wanting|would like|long|longing|waiting|let me|could just|would just|should just|i am going to|would not mind|would be nice)\b/;

/** Ending up dead, gone, not waking: the end longed for. */
export const ENDING_UP_GONE =
  /\b(?:to die|would die|could die|just die|be dead|i was dead|i were dead|be gone$|be gone forever|be gone for good|gone forever|stop existing|cease to exist|never wake up|not wake up|not ever wake up|never waking up|not waking up|fall asleep and (?:that be it|never|not)|sleep and (?:never|not)|(?:god|he|someone|something|death) (?:would |will |to |could )?takes? me|(?:car|bus|truck|lorry|train) (?:would |will |to )?(?:just )?(?:hit|hits|run|runs) me|(?:something|someone|anything) (?:would |will )?kills? me|life (?:was|were|would be|to be) over|run me over|(?:plane|car|flight) (?:crashes|would crash|to crash|goes down)|go away forever|disappear forever|never come back|not come back|it all to be over|everything to be over|my life to be over|it to all be over|out for good|want out$|be with (?:her|him|them|my [a-z]+) again)\b/;

/** Hurting the body: cutting, burning, scratching, stabbing, starving. */
export const HARMING =
  /\b(?:slam|slammed|slamming|bite|biting|dig|digging|dug|smash|smashing|smashed|cut|cuts|cutting|burn|burns|burned|burnt|burning|scratch|scratched|scratching|stab|stabbed|stabbing|carve|carved|carving|pick|picked|picking|punch|punched|punching|bang|banged|banging|bruise|bruising|starve|starving|hit|hitting|bash|bashed|bashing|slice|slicing|sliced|slashing|s h|sh|self ?harm)\b/;

/** On purpose, into the skin, again after stopping: self-harm rather than an accident. */
export const ON_MYSELF =
  /\b(?:myself|on purpose|deliberately|till (?:it|they|i) bleeds?|until (?:it|they|i) bleeds?|into my skin|my (?:arms?|legs?|wrists?|thighs?|skin|stomach|hips?)|with (?:a |my |the )?(?:lighter|cigarettes?|compass|razor|blade|knife|scissors|glass)|relapsed|relapse|relapsing|clean from|urge to|urges to|my head (?:on|against) (?:the )?wall|my hand in the door|scars|do it again|cutting again|burning again|to get through (?:it|the night|the day)|to cope)\b/;

/** Thinking, imagining, having thoughts of or urges towards, searching. */
export const THINKING =
  /\b(?:think|thinking|thought|thoughts|imagine|imagining|imagined|picture|picturing|fantasi[sz]e|fantasi[sz]ing|dream about|dreaming about|urge|urges|tempted|tempting|cross my mind|crossed my mind|crosses my mind|googled|looked up|looking up|searched|researching|daydream|daydreaming|wonder if|i know how|i know exactly how|have a plan|urge to)\b/;

/** What is thought of: a method, one's own death. */
export const METHOD_OR_DEATH =
  /\b(?:to jump|jump whenever|how to do it|how i would do it|jumping off|jump off|jumping in front|jump in front|jumping from|swerving|swerve|stepping off|step off|stepping in front|step in front|walking into (?:the )?(?:sea|river|ocean|lake|traffic)|walk into (?:the )?(?:sea|river|ocean|lake|traffic)|drive into|driving into|drive off|driving off|crash my car|crashing my car|my (?:own )?funeral|on myself|painless way|easiest way to|quickest way to|best way to die|way to die|ways to die|how to die|lethal|hanging myself|hang myself|drowning myself|being dead|my (?:own )?death|how many (?:pills|tablets) (?:it takes|would|to)|cutting tonight|cutting again|taking all (?:my|the|of my)|all my pills|methods|throwing myself|throw myself|(?:train|car|bus|truck|lorry) hitting me|pick a day|picked a day|not waking up|not being here|not being alive)\b/;

/** No future: not here next year, not making it, counting down. */
export const NO_FUTURE =
  /\b(?:will not (?:be around|make it to|make it through|be here|be alive) (?:for|by|to|until|next|much|my|the|christmas|another|after)|do not see (?:a|any) future|(?:plan|planning|expect) (?:on|to) (?:being|be) (?:around|here|alive)|do not see myself (?:being alive|alive|here|around|living|making it|getting old|growing old)|cannot see (?:a|any) future|no future for me|not (?:going to be|be) (?:here|around|alive) (?:for|by|next|much)|counting down (?:the )?days (?:till|until) i am gone|waiting to die|running out of reasons to|cannot (?:stand|bear|take|handle) (?:the|this) pain (?:any longer|anymore)|bother anyone (?:for )?(?:much )?longer|be a bother (?:for )?(?:much )?longer|do not trust myself (?:tonight|right now|anymore|alone|to be safe|to stay safe)|do not trust myself$|not safe (?:with|around) myself|cannot keep myself safe)\b/;

/** Euphemisms for ending a life, by region and age. */
export const EUPHEMISM =
  /\b(?:(?:such )?a relief|dying is the (?:only )?way|dying would be|why cannot i (?:just )?die|heart to (?:just )?stop|stop breathing|(?:vanish|disappear|fade away) (?:forever|for good)|just fade away|fade away$|permanent nap|disappointed (?:i|to) (?:woke|wake) up|wake up disappointed|why did i wake up|do not care if i (?:wake|live)|carry on without me|go on without me|hope it is forever|enough of (?:living|life|this life)|(?:do not|not) feel like living|i am not going on|not going on$|rather (?:just )?go now|(?:planning|plan|going) (?:on|to) (?:see|seeing) my next|last (?:week|day|night|month|christmas|summer) on earth|my time to go|what i (?:might|will|could) do to myself|easiest way out|letters (?:written )?for everyone|sorted (?:out )?(?:all )?my affairs|(?:playlist|songs|music|plans) for my funeral|so i will (?:just )?(?:fade away|go sooner|die|not wake)|go sooner|relieved i am gone|(?:glad|happier|better) (?:when|once) i am gone|life insurance (?:would|will|could) (?:do|be|pay|help)|worth more dead|(?:voice|voices|them) (?:keeps? |keep )?(?:say|saying|says|tell|tells|telling) (?:me )?(?:to )?(?:do it|i should (?:jump|die|do it|go))|make it look like an accident|so it looks like an accident|walk into the (?:sea|ocean|river|lake)|waiting to join (?:her|him|them)|join (?:her|him|them) (?:soon|sooner|up there)|my plan is to (?:go|do it|end it)|miss (?:the|my) (?:blade|razor|cutting)|(?:brave|calm) enough to (?:jump|do it|go through)|when i (?:swallow|cut|jump|do it)\b|and then i will go|before i go$|one last time|slipping away|the last thing i (?:want to|will|wanna) hear|everything is in place|everything in place|might as well make it official|make it permanent|catch the bus (?:for real|if you know)|out of this life|out of life|(?:done|over) (?:existing|living|life|being alive)|time i stopped|right time to go|made my peace|should just go$|not scared of dying|death (?:just )?(?:seems|sounds|feels|would be) (?:so )?(?:peaceful|nice|easier|like a relief|better)|better off with (?:the )?(?:life )?insurance|better off with a different|get the (?:life )?insurance|tell my (?:family|mum|mom|dad|kids|children|wife|husband|partner|sister|brother|parents|friends|daughter|son|girls|boys) (?:i am sorry|sorry|i (?:love|loved) (?:her|him|them)|goodbye)|stopped wanting to live|should have died|wish i had died|wishing i would died|wish i would died|this (?:will|is going to) be my last|last time you will (?:hear|see)|(?:want|wish i could) (?:to )?(?:go (?:and )?)?(?:be with (?:him|her|them)|where (?:my [a-z]+|he|she) (?:went|is))|easy way out|cowards way out|coward way out|catch the bus if you know|carked it|cark it|kark it|karked it|check out early|checking out (?:soon|early|for good)|not the hotel kind|finish myself|ready to go$|done with this world|leave this world|leaving this world|not deserve to (?:live|be alive|be here|exist)|i (?:should|would rather|want to|just want to) (?:just )?not exist|point (?:of|in) (?:being here|me being here|me being alive|me existing)|meet my maker|go to sleep forever|sleep forever)\b/;

/** An attempt stopped or abandoned. */
export const STOPPED_ATTEMPT =
  /\b(?:nearly (?:jumped|did it|went through with it|killed myself|ended it|took them|hanged|stepped|crashed)|almost (?:jumped|did it|went through with it|killed myself|ended it|took them|hanged|stepped|crashed)|stopped myself from (?:jumping|doing it|taking them|stepping)|could not go through with it|did not go through with it|saved me last time|pumped my stomach|next time i will make sure|trying again|police (?:stopped|found|pulled) me|someone (?:stopped|found|pulled) me|pulled me (?:back|off)|talked me down|stomach pumped|woke up in hospital)\b/;
export const ATTEMPT_SETTING =
  /\b(?:bridge|train|tube|tracks|edge|ledge|roof|cliff|pills|tablets|overdose|rope|noose|it|them|myself|again|next time|make sure|last time|on purpose|weekend|yesterday)\b/;

/** Hopeless with finality: nothing will change, so why be here. */
export const HOPELESS =
  /\b(?:hopeless|no hope|never going to (?:change|get better|feel better|be okay|be ok|improve)|nothing (?:is )?(?:ever )?going to change|nothing will ever change|never gets better|will never get better|no future)\b/;
export const FINALITY =
  /\b(?:point of being here|even the point|point in being here|point of living|point in living|being here|keep trying|want out|why bother|give up|giving up|no point|what is the point|anymore|any longer)\b/;

/** Asking to die, or feeling like dying. */
export const LET_ME_DIE =
  /\b(?:let me|just let me|i want to|wish i could|i could just|i should just|i need to) (?:just )?(?:die|be dead)\b|\bfeel like (?:just )?(?:dying|i am dying inside|i want to die)\b|\blet me die\b/;

/** A height where being is itself a danger; not when sightseeing. */
export const HEIGHT =
  /\b(?:bridge|roof|rooftop|ledge|cliff|cliffs|overpass|flyover|tower|parapet|top floor|multi storey|multistorey|parkade|parking garage roof|car park roof|railway|level crossing|transmission tower|pylon|crane|water tower)\b/;
export const SIGHTSEEING =
  /\b(?:summit|trail|hike|hiking|photos?|pictures?|selfies?|sunset|sunrise|fireworks|view|fishing|walking the dog|holiday|vacation|sightseeing|tour|with (?:my|the) (?:kids|family|friends|dog|mates)|fixing|repairing|gutter|gutters|work on|working on|roofer|painting|builder|stuck in traffic|commute|next week|next month|next year|(?<!\b(?:be here|be around|be alive|see|make it to|wake up|live to see) )tomorrow|for my birthday|anniversary|bridge climb|the climb|grand canyon)\b/;

/** A question, or "how would …". */
export const ASKING = /\b(?:how|what|which|where|is there|is it|can you|can i|could|would|will|does|do you)\b/;
/** What a question about ending a life asks after. */
export const METHOD_QUESTION =
  /\b(?:die from|die in|die of an|way to die|ways to die|way to go|quickest way|painless way|easiest way|to die|hang themselves|hang yourself|hang myself|have to cut|cut deep|bleed out|would be enough|be enough to|enough to kill|highest bridge|tallest building|roof of|so i can jump|overdose on|lethal|kill you|kills you|kill a person|fatal|deadliest|most deadly|most lethal|how many (?:pills|tablets)|most dangerous to take|dangerous to take a lot of)\b/;

/** Death by a means, named in a question. */
export const DEATH_TOPIC =
  /\b(?:die|dying|death|drown|drowning|gunshot|hanging|carbon monoxide|overdose|kill yourself|kill themselves|kill myself|bridge|fall from|jump from)\b/;

// ---- the rules --------------------------------------------------------------------------------

/** The body already feeling what was taken or done. */
export const BODY_GIVING_WAY =
  /\b(?:getting (?:really )?(?:sleepy|dizzy|drowsy|woozy)|room is spinning|heart is (?:racing|pounding|going mental)|heart going mental|cannot feel my (?:hands|legs|feet|arms|fingers)|chest (?:feels|is) (?:really )?(?:weird|tight|funny|heavy)|i feel (?:really )?(?:cold|weird|funny|strange|numb)|slurring|throwing up|kicking in|it is working|starting to work|while the (?:tablets|pills|meds) work|passing out|going numb|cannot keep my eyes open)\b/;

/** Going into water, weighted or past the point of return. */
export const INTO_THE_WATER =
  /\b(?:(?:rocks|stones) in my pockets|pockets (?:full of|with) (?:rocks|stones)|filled my pockets|going under (?:the water)?|under the water now|not (?:going|swimming) back|swum (?:way )?out|swam (?:way )?out|too far out|out into the (?:surf|sea|waves|water|ocean)|(?:weights|rocks|stones) tied to my|further and further|current (?:is )?pulling me)\b/;

/** A gun made ready. */
export const GUN_READY =
  /\b(?:on the trigger|round in|bullet in|safety off|cocked|barrel (?:is )?(?:cold )?(?:against|in|on)|in my mouth)\b/;

/** Taking them now, all of them. */
export const TAKING_THEM_NOW =
  /\b(?:taking|swallowing|downing|necking|having) (?:them|these|it|the whole|all|every|the lot|the pills|the tablets)\b/;
export const NOW_OR_COUNTED = /\b(?:now|right now|tonight|minutes|counting|counted|one by one|in a minute|this is it)\b/;

/** A ligature at the neck, or taken to a place to hang. */
export const LIGATURE = /\b(?:rope|noose|sheet|belt|cord|cable|scarf|tie|lead|dupatta|chunni)\b/;
export const AT_THE_NECK_OR_GOING =
  /\b(?:round my neck|around my neck|top bunk|heading to the (?:woods|park|forest|shed|garage|tree)|going to the (?:woods|park|forest|shed|tree)|in my bag)\b/;

/** A weapon brought out, in a locked room, or held by someone not okay. */
export const WEAPON_WITH =
  /\b(?:not okay|not ok|got it out|out$|taken it out|locked the door|locked myself in|in the bathroom|push it in|right against)\b/;

/** A moment set: in minutes, at midnight, then gone or over. */
export const SET_MOMENT =
  /\b(?:a few minutes|five minutes|ten minutes|twenty minutes|minutes to midnight|at midnight|at (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: o clock)?)\b/;
export const GONE_OR_OVER = /\b(?:all be over|will all be over|i will be gone|i am gone|it will be over|be over soon|i go)\b/;

/** A car, a road, a wheel: driving or lying where harm will come. */
export const ON_THE_ROAD =
  /\b(?:let go of the wheel|hands off the wheel|foot on the gas|foot is on the gas|pointed at (?:the|a) (?:wall|tree|truck|lorry|pole|bridge)|in the middle of the (?:road|highway|motorway|freeway|street)|waiting for (?:a|the) (?:truck|lorry|train|bus|semi) to|(?:walk|step|jump) (?:out )?in front of the next)\b/;

/** Holding on, climbing higher, opened up: the act under way. */
export const UNDER_WAY =
  /\b(?:holding on with one hand|going up higher|higher now|opened (?:up )?my (?:arm|arms|wrist|wrists|leg|legs|thigh|thighs)|wrists? (?:are|is) (?:open|cut|slit)|decided (?:it is|on) (?:tonight|today|now)|(?:tree|beam|branch|banister) (?:strong enough|will hold|holds)|strong enough to hold|set fire to my (?:room|house|flat|bed)|switched my phone off|turned my phone off|posted my goodbye)\b/;
