/**
 * English statements of crisis in the shapes the other rules miss (./safety-together.ts explains
 * the rules): a death imagined and met with relief, a wish that an accident had been the end,
 * self-harm told by what was done to the body rather than by "myself", things given away "for
 * after", a last embrace, a death prayed for. Each names the everyday reason its words could have
 * as `unless`: an iron on a shirt, a coat not needed in a warm country, a hug before a flight.
 */
import type { SafetyRule } from '../../../safety/safety-phrases';

/** A death imagined: "if i died tonight", "if i got hit by a bus". */
const A_DEATH_IMAGINED =
  /\b(?:if i (?:died|was dead|were dead|got hit by a (?:bus|car|train|truck|lorry))|if i (?:did not wake up|never woke up)(?= tonight| tomorrow| in my sleep| again| i would| nobody| no one|$)|if i died (?:tonight|tomorrow|today|in my sleep))\b/;
/** Met with relief, or with no one to mind. */
const AND_NO_ONE_MINDS =
  /\b(?:(?:would|will|d) be (?:relieved|glad|a relief|fine with it|fine with that)|would not mind|would not matter|not matter to anyone|would not care|(?:would|will) (?:anyone|anybody) (?:care|notice|miss me|even notice)|(?:nobody|no one) would (?:care|notice|miss me))\b/;
/** What would happen to the cat, the will, the project: the practical side of the same thought. */
const PRACTICAL =
  /\b(?:cat|dog|pets?|my will|a will|the will|insurance|password manager|life cover|pension|who would (?:feed|look after|walk|water)|of embarrassment|of laughter|of boredom|of shame|team|project|documentation|handover|game|level|for hours|streetlights|road)\b/;

/** What the speaker did to their own body, until it bled, on purpose, to feel something. */
const DONE_TO_MY_BODY =
  /(?:^|\bi )(?:keep |kept |have been |have |just )?(?:bit|bite|biting|punched|punching|hit|hitting|burned|burnt|burning|carved|carving|scraped|scraping|pressed (?:the |a )?(?:hot )?(?:iron|lighter|cigarette|blade|razor|knife)(?: on| onto| into| against)?) (?:into )?my (?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|stomach|hand|hands|hip|hips)\b(?! (?:on|against) (?:the|a|an)\b)/;
const ON_PURPOSE =
  /\b(?:until (?:it|they) (?:bled|bleeds|bleed|was bleeding|bruised|bruise|blistered)|till (?:it|they) (?:bled|bruised|bleed|bruise)|on purpose|to feel something|to feel (?:the )?pain|to punish|deserve (?:it|the pain)|(?:cannot|could not) stop(?:$| (?:myself|doing it|hurting))|when i (?:get|am|feel) (?:upset|sad|overwhelmed))\b/;
const BY_ACCIDENT =
  /\b(?:accident|accidentally|by mistake|cooking|oven|baking|ironing (?:my|a|the)|shirt|kettle|pan|tray|mosquito|bite|bites|itchy|itch|eczema|rash|sunburn|dog|cat|puppy|kitten|parrot|boxing|sparring|training|gym|football|rugby|fell|tripped|dropped|palm|cramp|numb|injection|nails)\b/;

/** Things given away or left for others, with a word that says for after. */
const GIVEN_AWAY =
  /\b(?:gave away|giving away|give away|given away|gave my|giving my|told (?:my )?(?:[a-z]+ ){0,2}what to do with my|working out what to leave)\b/;
const FOR_AFTER =
  /\b(?:will not (?:need|be needing) (?:it|them)$|after i am gone|when i am gone$|when i am gone(?! (?:to|for|on|away|in|at))|have it after i (?:am gone|die)|what to leave to)\b/;
const MOVING_ON =
  /\b(?:moving|move|emigrat[a-z]*|decluttering|declutter|downsizing|charity|donat[a-z]*|upgrade|upgrading|new one|bought a new|outgrown|grew out|travel(?:ling|ing)?|backpacking|gap year|abroad|holiday|vacation|deploy[a-z]*|warm|summer|my will|a will|the will|estate|lawyer|solicitor|surgery|operation|old age|when i am old|one day)\b/;

/** A last embrace or call, said as the last and nothing after it. */
const A_LAST_EMBRACE =
  /\b(?:hugged|kissed|held|hug|kiss) (?:my|our) (?:[a-z]+ ){0,1}(?:mum|mom|mam|mother|dad|father|parents|kids|children|son|daughter|brother|sister|wife|husband|partner|girlfriend|boyfriend|family|nan|grandma|grandad|grandpa|dog|cat)\b|\bto say i love (?:her|him|them|you)\b/;
const FOR_THE_LAST_TIME =
  /\bfor (?:what is (?:probably|likely|maybe) |what might be |what could be |maybe |probably )?the last time(?: today| tonight)?(?:$| (?:and )?(?:she|he|they) (?:does|do|did) not know)|\bone last time$/;
const A_PARTING =
  /\b(?:before (?:she|he|they|we|her|his|the)\b|surgery|trip|holiday|gate|school|flat|always|every time|wish i had|moving|moved|emigrat[a-z]*|leaving for|flight|airport|deploy[a-z]*|funeral|hospice|hospital|passed away|passed|died|dying|put (?:him|her) down|vet|rehomed|rehoming|divorce|custody|break up|broke up|ex)\b/;

/** A death prayed or hoped for, now or soon. */
const HOPING = /\b(?:pray|praying|prayed|hope|hoping|hoped|wish|wishing|keep asking)\b/;
const TAKE_ME =
  /\b(?:god|the lord|jesus|cancer|the cancer|death|the illness|the disease) (?:will |would |to |could |might )?(?:just )?(?:take me|takes me|finish me off|finishes me off|end me)(?:$| (?:now|tonight|soon|already|away|please|quickly)\b)/;
const IN_GOOD_TIME = /\b(?:when my time comes|when i am old|a hundred|before my (?:husband|wife)|away from work|bury|joking)\b/;

/** Tied round the neck by the speaker, when upset or until faint: not a scarf, a strap or a hug. */
const ROUND_MY_NECK =
  /\bi (?:have been |keep |am |have |just )?(?:tie|tied|tying|wrap|wrapped|wrapping|tighten|tightened|tightening|pull|pulled|pulling|put) (?:a |the |my |some )?(?:[a-z]+ ){0,2}(?:tight |tightly )?(?:round|around) my (?:neck|throat)\b/;
const WHEN_UPSET =
  /\b(?:when i|whenever i|to feel|to stop|on purpose|until i|pass out|passed out|could not breathe|cannot breathe|when it gets)\b/;
const WORN_ROUND_THE_NECK =
  /\b(?:lanyard|a tie|my tie|bow tie|bandana|towel|bib|collar|neck pillow|travel pillow|headphones|camera|medal|whistle|badge|costume|sore throat|scarf|necklace|chain|heat pack|wheat bag|stethoscope|sling|hair tie|migraine|arms|jumper|sweater|hoodie|cardigan|shawl|freezing|warm|strap|seatbelt|tape measure|ribbon|apron)\b/;

export const ENGLISH_CRISIS_SAID_OTHERWISE: readonly SafetyRule[] = [
  { grade: 'crisis', all: [A_DEATH_IMAGINED, AND_NO_ONE_MINDS], unless: PRACTICAL },
  { grade: 'crisis', all: [DONE_TO_MY_BODY, ON_PURPOSE], unless: BY_ACCIDENT },
  { grade: 'crisis', all: [GIVEN_AWAY, FOR_AFTER], unless: MOVING_ON },
  { grade: 'crisis', all: [A_LAST_EMBRACE, FOR_THE_LAST_TIME], unless: A_PARTING },
  { grade: 'crisis', all: [HOPING, TAKE_ME], unless: IN_GOOD_TIME },
  { grade: 'crisis', all: [ROUND_MY_NECK, WHEN_UPSET], unless: WORN_ROUND_THE_NECK },
  // A wish that what happened had been the end.
  {
    grade: 'crisis',
    all: [
      /\bwish (?:the|that|my) (?:crash|accident|overdose|pills|fall|car|bus|train|attempt|cancer|illness|fire|surgery|stroke|heart attack|tablets|rope|cut|cuts|drugs|it) (?:had )?(?:killed me|finished me off)\b|\bwish i (?:had not|did not|never) (?:survived(?: (?:it|that|the (?:overdose|attempt|crash|accident|fall)))?$|been saved$|been found(?! out| so| hiding| by| guilty| innocent| liable| in)|been resuscitated|come round$|pulled through$)/,
    ],
    unless: /\b(?:dream|film|movie|said the|flu)\b/,
  },
  // Thoughts of death dwelt on, not feared: daydreams, and the one thought a day holds.
  {
    grade: 'crisis',
    all: [
      /\b(?:daydreaming|daydream|daydreams|fantasi[sz]ing|fantasi[sz]e) (?:about|of) (?:dying(?! (?:my|her|his) hair)|death(?! (?:valley|stranding|in paradise|metal|knight|by chocolate|scene|star|note))|being dead|my (?:own )?death(?! (?:scene|in the))|not existing(?! (?:on|in))|not being here(?! (?:on|next|in|at|during|for|this|so))|not waking up(?! (?:at|to|early|before|during|for|this|so)))\b|\bthe only thing i think about is (?:dying|death|ending it|killing myself)$/,
    ],
    unless: /\b(?:the band|dead famous|dying the|novel|novels|writing)\b/,
  },
  // Not existing wished for, one's own death welcomed.
  {
    grade: 'crisis',
    all: [
      /\b(?:to|i could|i would|if i did|if i could) (?:just )?not exist(?: anymore| any more| at all)?$|^(?:honestly |i think |for me )?death would be (?:a |such a )?(?:mercy|relief|release|gift|blessing)\b(?! for\b)/,
    ],
  },
  // Self-harm missed, needed or said to be the only help.
  {
    grade: 'crisis',
    all: [
      /\bmiss (?:the|my) (?:blade|blades|razor|razors)$|\bmiss cutting(?: myself)?$|\b(?:need|want|have|going) to cut (?:just )?to feel\b|\b(?:need|want|have|going) to cut(?: again| tonight| so bad)(?:$| (?:again|tonight|so bad|myself))|\bcutting (?:is the only thing that helps|helps me cope|is how i cope|makes me feel (?:better|something|calm|alive)$)|\b(?:need|want) to feel (?:pain|physical pain)$/,
    ],
    unless: /\b(?:hedge|hedges|garden|grass|lawn|hair|hairdress[a-z]*|barber|retired|paper|craft|crafts|snowflakes)\b/,
  },
  {
    grade: 'crisis',
    all: [
      /\b(?:hate|loathe|cannot stand|ashamed of|disgusted by|disgusted with) my body\b/,
      /\bso i (?:hurt|cut|burn|hit|punish|starve) it$/,
    ],
  },
  // Still here, asked of being alive.
  {
    grade: 'crisis',
    all: [
      /\bwhy am i (?:even )?still (?:alive|breathing)$|\bwhy (?:even )?bother (?:living|being alive|staying alive|waking up)(?:$| (?:anymore|any more|at all))|\bno reason (?:left )?to (?:keep going|go on|carry on|keep living|be here|stay alive)(?:$| (?:anymore|any more|at all|in life))/,
    ],
    unless:
      /\b(?:bus|train|queue|party|shift|office|meeting|film|movie|waiting|went home|everyone left|everybody left|closed|game|level|round|season|holiday|weekend|sunday|shut|flooded|argument|library|cafe)\b/,
  },
  // A method on the mind, a death planned.
  {
    grade: 'crisis',
    all: [
      /\b(?:hanging|overdosing|jumping off (?:a|the) (?:bridge|building|roof|cliff)|jumping in front|cutting myself|killing myself)(?: is| has)? (?:been )?on my mind\b|\bplanning my (?:death|suicide)$|\bplanning my (?:exit|way out) (?:from|of) (?:this|the) world$/,
    ],
    unless:
      /\b(?:gallery|pictures?|frames?|walls|art|exhibition|curtains|washing|shelves|mirror|tv|shelf|bungee|coasteering|divers|diving)\b/,
  },
];
