/**
 * Words of danger as speech recognition may write them when it mishears: the sounds are right and
 * the spelling is another word's. Each is read as the word meant, and only where the everyday word
 * it sounds like could not stand there: "the hole packet of pills", never "the hole lot to the tip";
 * "self arming again", never a self-arming alarm; "took an o d", never an od green jacket; "the
 * knows is tied", never the snowman's. Normalised words: lowercase, apostrophes and full stops gone.
 */
export const ENGLISH_MISHEARD: ReadonlyArray<readonly [RegExp, string]> = [
  // "suicide" heard as two words: only with a word of feeling or an act before it, or a word of
  // suicide after it; never "the soo side of town" or "sui side dishes".
  [
    /\b(?:suey|sooey|sui|soo|sewey) ?side\b(?= (?:thoughts?|attempts?|notes?|plans?|watch|risk|hotline|helpline|line|prevention|ideation|feelings?|mode)\b|$| tonight\b| today\b| again\b| now\b)|(?<=\b(?:feel|feeling|felt|am|was|been|being|commit|committing|committed|attempted|attempt|thinking about|thoughts of|think about|so|very|really) )(?:suey|sooey|sui|soo|sewey) ?side\b(?! (?:of|to side|dish|dishes)\b)/g,
    'suicide',
  ],
  [
    /(?<!\b(?:alarms?|security|camera|system|sensor|gate|fuse|nest|ring|physio)\b.*)\bself (?:arming|armin)\b(?!.*\b(?:alarms?|security|camera|system|sensor|mode|feature|fuse)\b)/g,
    'self harming',
  ],
  [
    /(?<!\b(?:alarms?|security|camera|system|sensor|gate|physio)\b.*)\bself arm\b(?! (?:massage|stretch(?:es)?|curls?|exercises?|workout|rest|wrestling|when|at|after)\b)(?!.*\b(?:alarms?|security|system)\b)/g,
    'self harm',
  ],
  [
    /(?<=\b(?:take|took|taking|taken|takes|had|have|having|did|do|doing|done|nearly|almost|from|after|survived|attempted) )(?:an|a) (?:o d|od|o dee|oh dee)\b(?! (?:green|pedal|of|at|pipe|fitting|jacket|paint)\b)/g,
    'an overdose',
  ],
  [
    /\bthe hole (packet|bottle|box|pack|strip|tub|sheet|blister)(?= of (?:[a-z]+ ){0,2}(?:pills|tablets|paracetamol|ibuprofen|aspirin|painkillers|meds|medication|capsules|sleeping|antidepressants|co codamol|codeine|tramadol|insulin|lithium|sertraline|diazepam|valium|xanax)\b)/g,
    'the whole $1',
  ],
  [/(?<=\b(?:swallowed|necked|downed|overdosed on) )the hole lot\b/g, 'the whole lot'],
  [
    /\b(the|a|my) knows (?=(?:is|was) tied\b(?! up in)|(?:is|was) (?:hanging|up) (?:from|on|off) (?:the )?(?:beam|banister|bannister|ceiling|rafter|hook|door|loft|tree|stairs)\b|(?:round|around) my neck\b)/g,
    '$1 noose ',
  ],
  [
    /\b(?:tied|tie|tying) (a|the|my) knows\b(?! (?:on (?:the|a|my) (?:clown|puppet|teddy|costume|snowman|scarecrow|reindeer)|print)\b)/g,
    'tied $1 noose',
  ],
];
