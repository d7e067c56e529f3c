/**
 * The words a FeelingsIntent carrier takes from what was said, to be put back before the slot's
 * words. Alexa fills the slot with what follows its sample's carrier ("i'm standing {feeling}"
 * sends "on the bridge"), so the grader reads the slot again after each opening and the gravest
 * reading counts. Every carrier of the English model is here, or is named in
 * test/unit/safety/carrier-openings.test.ts as words that say nothing of danger or as left out on
 * purpose (verbs like "sorted" or "tied" that, put back before any slot, read everyday words as danger).
 *
 * A carrier that drops its subject ("swallowed {feeling}", "sitting {feeling}") is put back in
 * the first person ("i swallowed", "i am sitting"), as the person meant it. Spoken forms are
 * normalised by the grader like the person's words.
 */
import type { SlotOpening } from '../../../safety/safety-phrases';

/** What the words after "i am standing", "i am lying"… begin with: where they are. */
const BEGINS_WITH_A_PLACE =
  /^(?:on|in|at|by|near|under|over|across|down|up|out|here|there|next|beside|alone|outside|inside|into|onto|right|still|now|just|in front|on top)\b/;
/** What the words after "i have got", "i am holding" begin with: a thing. */
const BEGINS_WITH_A_THING =
  /^(?:a|an|the|my|his|her|their|some|all|this|these|those|enough|loads|lots|[a-z]+s (?:gun|pills|tablets|knife|rope))\b/;
/** What the words after "i have been", "i have thought about" begin with: doing something. */
const BEGINS_WITH_DOING =
  /^(?!(?:killing|cutting) (?:me|it|off|out|ties|time|weeds|back|down|the|my hair|carbs|sugar)\b)(?:[a-z]+ing|it|suicide|death|not|how|ways|what)\b/;

/** What the words after "i keep thinking about" begin with: an ending. */
const BEGINS_WITH_AN_ENDING =
  /^(?:that bridge|the bridge|the tracks|the edge(?! of my seat)|the ledge|the cliff|dying|death|suicide|killing|ending|jumping|hanging|taking(?! the (?:train|bus|tram|ferry|car|kids|dog|boat))|cutting|hurting|not (?:being|waking|living)|how|ways|it$|it all|doing it|being dead|being gone)\b/;
/** What the words after "i don't think i can" begin with: going on. */
const BEGINS_WITH_GOING_ON =
  /^(?:go on|do this|keep going|keep living|carry on|cope|handle|take (?:it|this|much)|survive|live|stay|make it|last|hold on|be here|get through)\b/;

/** What the words after "i want to", "i won't"… begin with: a verb, not a thing or a clause of its own. */
const BEGINS_WITH_A_VERB =
  /^(?!(?:my|the|a|an|this|that|these|those|his|her|their|our|your|its|it is|there|(?:[a-z]+ ){1,2}(?:is|are|was|were|has|have|had|upped|said|says))\b)/;
/** What the words after "took" begin with: what was taken. */
const BEGINS_WITH_WHAT_WAS_TAKEN =
  /^(?!(?:on|off|many|doctor|gp|psychiatrist|prescribed|my (?:doctor|gp)|too many (?:deadlines|things|jobs|emails|hours|shifts|people|meetings|tabs|bills|plates|balls|assignments|tasks|chores|errands|projects)|(?:picked up|pick up|collected|collect|collecting|refill|refilled|ordered|order|sort|sorted|add)|(?:[a-z]+ ){1,2}(?:upped|lowered|changed|increased|prescribed|are|is|were|was|have|has|help|helps|work|works|takes|needs|gets|keeps|sorts|counts|puts))\b)(?:something (?:on purpose|and)|everything (?:i had|in the|from the)|more than|a bunch|a fistful|(?:[a-z]+ ){0,4}(?:pills|tablets|meds|medication|prescription|xanax|oxy|panadol|paracetamol|tylenol|lithium|sertraline|antidepressants|insulin|bleach|dettol|phenyl|poison|antifreeze)|them|it all|all|all of (?:them|it)|the lot|the whole|a whole|too many|every (?:pill|tablet|one)|(?:a|the|half a) (?:full )?(?:bottle|box|pack|packet|strip|sheet|fistful|handful|load)|(?:my |a |the |his |her )?(?:whole |entire )?(?:[a-z]+ )?supply|(?:[a-z]+ ){0,3}(?:morphine|codeine|tramadol|oxycodone|fentanyl|heroin|methadone|diazepam|valium)|(?:toilet |drain |oven )?cleaner|(?:(?:like |about |over )?(?:two|three|four|five|six|seven|eight|nine)|(?:like |about |over |maybe |around |roughly |nearly |almost |at least |probably )?(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|[0-9]+)) (?:of )?|[a-z]+s? (?:pills|tablets|meds|medication)|[a-z]+ of my|bleach|poison|rat poison|antifreeze|weed killer|drain cleaner)/;
/** What the words after "on", "at", "climbing"… begin with: a place to fall from or be struck at. */
const BEGINS_WITH_A_DANGEROUS_PLACE =
  /^(?:on |in |at |up |up on |onto |over |to |off )?(?:the|a|this|my|top of the|the top of the|the edge of the|the end of the) (?:[a-z]+ ){0,2}?(?:bridge|roof|rooftop|ledge|edge|cliffs?|tracks|railway|platform|level crossing|balcony|parapet|railing|tower|car park|pylon|crane|scaffolding|lookout|lookout point|viewpoint|multi storey|stairwell|highway|motorway|freeway|interstate|river|sea|lake|surf|water)\b/;

export const ENGLISH_OPENINGS: readonly SlotOpening[] = [
  'i',
  'i am',
  'i have',
  { words: 'i have been', before: BEGINS_WITH_DOING },
  'i am so',
  'my',
  { words: 'i have got', before: BEGINS_WITH_A_THING },
  { words: 'i am holding', before: BEGINS_WITH_A_THING },
  { words: 'i am lying', before: BEGINS_WITH_A_PLACE },
  { words: 'i am walking', before: BEGINS_WITH_A_PLACE },
  { words: 'i am standing', before: BEGINS_WITH_A_PLACE },
  { words: 'i am sitting', before: BEGINS_WITH_A_PLACE },
  { words: 'i have thought about', before: BEGINS_WITH_DOING },
  'the voices',
  { words: 'i took', before: BEGINS_WITH_WHAT_WAS_TAKEN },
  { words: 'i am thinking', before: /^(?:about|of)\b/ },
  { words: 'it is', before: /^(?:happening|over|done|time|tonight|the end|my last|too late)\b/ },
  'part of me',
  // Carriers said in the first person, or with no subject to put back.
  ...["i can't", 'i plan to', "i won't", "you won't", 'no one would', 'nobody would', "i'm going to", 'i just want to', 'i want to'].map(
    (words) => ({ words, before: BEGINS_WITH_A_VERB }),
  ),
  ...["i don't think i can", "i'm not sure i can", "i really don't think i can"].map((words) => ({ words, before: BEGINS_WITH_GOING_ON })),
  {
    words: 'already',
    before: /^(?:took|taken|swallowed|drank|had|necked|cut|done|started|tied|written|wrote|said|sent|climbed|on|at|in|up)\b/,
  },
  { words: 'i should just', before: /^(?:die|end it|go|disappear|kill|jump|give up|not be|stop|be dead|do it)\b/ },
  'i feel',
  "i'm feeling",
  'i feel so',
  "i'm",
  'i just',
  'i just feel',
  "i've been feeling",
  'i have been feeling',
  'i feel like',
  "i'm really",
  "i'm just",
  "i think i'm",
  'i keep feeling',
  'it feels like',
  'my partner',
  'my boyfriend',
  'my girlfriend',
  'my husband',
  'my wife',
  "i'm worried that",
  "i'm scared that",
  "i'm afraid that",
  'i need to talk about',
  'i want to tell you that',
  'honestly i feel',
  "i'm struggling with",
  'i feel a bit',
  'i feel really',
  "i'm feeling really",
  "i'm feeling a bit",
  "i'm worried about",
  "i'm scared of",
  "i'm afraid of",
  "i'm worried",
  "i'm scared",
  "i'm afraid",
  'sometimes i think about',
  'i think about',
  "there's",
  'nobody',
  'no one',
  'everyone',
  'something in my head',
  'the',
  'this',
  'everything',
  "everyone's",
  'too late',
  'ever since',
  'one day',
  'whenever',
  'every time',
  { words: 'when', before: /^(?:i|i am|i have|i will|everyone|everybody|my|they|he|she|it is|nobody|no one|you|we)\b/ },
  'goodbye',
  'how',
  'what',
  "what's",
  'where',
  'which',
  'can',
  'could',
  'is',
  'does',
  'would',
  'should',
  'why',
  'thanks',
  'thank you',
  'tell',
  { words: 'i keep thinking about', before: BEGINS_WITH_AN_ENDING },
  { words: 'tonight', before: /^(?:is\b|the night|it is|that is|i am|i will)/ },
  // Carriers of everyday giving up and goodbyes, put back only before an ending.
  {
    words: "i'm done with",
    before:
      /^(?:it all|all of it|everything(?! (?:is |has |had )?(?:gone|going|went|goes)\b)|life|living|this life|existing|being alive|the world|this world|trying|fighting|everyone)\b/,
  },
  { words: 'i give up on', before: /^(?:life|living|everything|myself|me|it all|being alive|staying alive)\b/ },
  { words: "i'm giving up", before: /^(?:on (?:life|living|everything|myself|it all)|everything)\b/ },
  {
    words: "i'm giving away",
    before: /^(?:all my|my (?:stuff|things|belongings|possessions|pets?|dog|cat)(?: (?:to|away)\b|$)|everything)\b/,
  },
  ...['said goodbye to', 'saying goodbye to'].map((words) => ({
    words,
    before:
      /^(?:everyone|everybody|my family|my kids|all of you|the world|you|this world)(?:$| tonight| today| already| now| for the last time| for good| forever| and i)/,
  })),
  {
    words: "there's no point",
    before:
      /^(?:in )?(?:living|being (?:here|alive)|going on|carrying on|trying anymore|me being|existing|life|anything anymore|any of it)\b/,
  },
  // Carriers that drop the subject, put back only before the words their act would take.
  ...['i swallowed', 'i drank', 'i have taken', 'i necked', 'i downed', 'i injected', 'i am swallowing', 'i am taking'].map((words) => ({
    words,
    before: BEGINS_WITH_WHAT_WAS_TAKEN,
  })),
  { words: 'i cut', before: /^(?:myself|my (?:arms?|wrists?|legs?|thighs?|skin|stomach|belly|hips?)|again|deep|deeper|too deep)\b/ },
  { words: 'i am cutting', before: /^(?:my (?:arms?|wrists?|legs?|thighs?|skin)|again|deep|deeper|right now)\b/ },
  {
    words: 'i am bleeding',
    before:
      /^(?:from my|a lot|heavily|everywhere|badly|loads|heaps|out(?= in | now|$| on the (?:floor|bathroom|bed|kitchen))|all over (?:the|my|me))\b/,
  },
  ...[
    'i am on',
    'i am at',
    'i am in',
    'i am up',
    'i am off',
    'i am out',
    'i am halfway',
    'i am outside',
    'i am climbing',
    'i am heading',
    'i am going',
  ].map((words) => ({ words, before: BEGINS_WITH_A_DANGEROUS_PLACE })),
];
