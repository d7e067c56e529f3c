/**
 * English statements of danger now, as words that count together (./safety-together.ts explains
 * the rules), for the places and the moments: a person on a height, at an edge, on the tracks,
 * in the water or on the road and what they will do there; a time set, a countdown, an empty
 * house; goodbyes sent and a note left for finding.
 */
import type { SafetyRule } from '../../../safety/safety-phrases';

import {
  DANGEROUS_PLACE,
  EDGE,
  THERE_NOW,
  ENDING_ACT,
  TIME_NOW,
  CLEAR_PLAN,
  VAGUE_PLAN,
  WITH_IT,
  GOODBYES_DONE,
  GIVEN_AWAY,
  HEIGHT,
  SIGHTSEEING,
  SET_MOMENT,
  GONE_OR_OVER,
  ON_THE_ROAD,
} from './safety-parts';

export const ENGLISH_DANGER_PLACES_TOGETHER: readonly SafetyRule[] = [
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
  { grade: 'danger', all: [/\b(?:floor|storey|story)\b/, /\b(?:window|balcony)\b/, /\b(?:opened|open|climb|climbing|over|out of)\b/] },
  { grade: 'danger', all: [/\b(?:swum|swam|swimming|swim) out\b/, /\b(?:too far|on purpose|not going back|not coming back)\b/] },
  { grade: 'danger', all: [/\b(?:till|until) it breaks\b|\bthin ice\b/] },
  {
    grade: 'danger',
    all: [
      /\b(?:i said|i set|decided on|i picked) (?:midnight|tonight|[a-z]+ o clock)\b|\bgot (?:half an hour|an hour|ten minutes|five minutes)(?: left)?\b/,
    ],
  },
  { grade: 'danger', all: [VAGUE_PLAN, /\b(?:right after this|after this|when this ends|after the song|when this finishes)\b/] },
  {
    grade: 'danger',
    all: [/\b(?:sent|posted) the goodbye|\bgoodbye (?:texts|messages|letters)\b/, /\b(?:turned my phone off|now|tonight|done)\b/],
  },
  { grade: 'danger', all: [/\bso high up\b/, /\blet go\b/] },
  {
    grade: 'danger',
    all: [
      /\b(?:aiming for|aim for|drive into|driving into|steer into|swerve into|crash into|plough into|plow into)\b/,
      /\b(?:truck|lorry|pole|wall|tree|bridge|barrier|pillar|traffic|bus)\b/,
    ],
  },
  { grade: 'danger', all: [/\b(?:crash|wreck|roll|flip) (?:the|my) car\b/, /\b(?:on purpose|tonight|deliberately|and not)\b/] },
  { grade: 'danger', all: [/\bto jump\b/, DANGEROUS_PLACE] },
  {
    grade: 'danger',
    all: [/\b(?:swimming|swim|walking|walk) out\b/, /\b(?:until i cannot|as far as i can|not coming back|thin|do not care)\b/],
  },
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
  { grade: 'danger', all: [CLEAR_PLAN, TIME_NOW] },
  { grade: 'danger', all: [VAGUE_PLAN, TIME_NOW, WITH_IT] },
  { grade: 'danger', all: [VAGUE_PLAN, GOODBYES_DONE] },
  { grade: 'danger', all: [GOODBYES_DONE, TIME_NOW] },
  { grade: 'danger', all: [GIVEN_AWAY, VAGUE_PLAN] },
  { grade: 'danger', all: [/\bthe last (?:thing|words?|message)\b/, /\b(?:ever|anyone|anybody|going to say|say to)\b/] },
  { grade: 'danger', all: [SET_MOMENT, GONE_OR_OVER] },
  { grade: 'danger', all: [ON_THE_ROAD] },
  { grade: 'danger', all: [/\bgoodbye\b/, /\b(?:my last (?:night|day)|phone off)\b/] },
  {
    grade: 'danger',
    all: [
      /\b(?:tide|train|water|truck|lorry|bus)\b/,
      /\bcoming\b/,
      /\b(?:not moving|not getting off|not getting out|staying here|staying put)\b/,
    ],
  },
  {
    grade: 'danger',
    all: [
      /\b(?:leaves|goes) (?:for|to) (?:work|school|bed)\b|\b(?:is|are) asleep\b|\b(?:once|as soon as) [a-z]+ (?:[a-z]+ ){0,4}(?:leaves|goes|is out|are out|is gone|are gone)\b/,
      /\bi am doing it\b/,
    ],
  },
  { grade: 'danger', all: [/\b(?:nobody|no one|do not|dont) come in\b|^come in\b/, /\b(?:i have done it|i did it|it is done)\b/] },
  {
    grade: 'danger',
    all: [/\bcounting down (?:from|to)\b/, /\b(?:stepping off|step off|jumping|jump|i am gone|i go|it is over|i am going|do it|let go)\b/],
  },
  {
    grade: 'danger',
    all: [
      /\b(?:while everyone (?:sleeps|is asleep|is sleeping)|when the house is empty|when everyone is (?:asleep|out|gone)|that is when i go|that is when i do it)\b/,
      /\b(?:do it|doing it|i go|alarm|am|pm|o clock|oclock|midnight|tonight)\b/,
    ],
  },
  { grade: 'danger', all: [DANGEROUS_PLACE, /\b(?:nobody|no one) knows (?:i am here|where i am)\b/] },
  {
    grade: 'danger',
    all: [
      /\b(?:wading|walking|swimming|going) (?:out )?(?:further|deeper)\b|\bdeeper and deeper\b|\bi (?:have )?(?:just )?jumped (?:into|in|off) (?:the )?(?:water|river|sea|lake|canal|harbour)\b/,
      /\b(?:freezing|so cold|holding on|holding onto|cannot swim|going under|current|pulling me)\b/,
    ],
  },
  {
    grade: 'danger',
    all: [
      /\b(?:the|my|a) (?:note|letter)\b/,
      /\b(?:left it (?:on|for|by|in)|for them to find|on the (?:kitchen )?table|on my (?:bed|pillow|desk))\b/,
    ],
  },
  { grade: 'danger', all: [/\b(?:dangling|hanging) (?:off|over)\b|\b(?:legs|feet) over\b/, HEIGHT] },
  {
    grade: 'danger',
    all: [
      /\b(?:everything (?:is )?given away|given (?:it all|everything) away|letter (?:is )?written|note (?:is )?written)\b/,
      /\b(?:happens|tonight|at|now|ready)\b/,
    ],
  },
  { grade: 'danger', all: [/\bone more step\b|\bit is over\b/, HEIGHT], unless: SIGHTSEEING },
  {
    grade: 'danger',
    all: [
      /\bmy last (?:texts?|messages?|post|call|goodbyes?)\b/,
      /\b(?:switched|turned) (?:everything|it all|my phone|the phone) off\b|\bsent\b/,
    ],
  },
  {
    grade: 'danger',
    all: [
      /\b(?:about to|going to) (?:walk|step|run|jump) (?:out )?(?:into|in front of)\b/,
      /\b(?:them|traffic|cars|car|lorry|lorries|truck|trucks|bus|train|road|motorway|highway)\b/,
    ],
  },
  { grade: 'danger', all: [HEIGHT, /\babout to (?:climb over|jump|go over|let go|step off)\b|\bgoing over\b/], unless: SIGHTSEEING },
  { grade: 'danger', all: [/\bdam\b/, /\bgoing over\b|\bjump\b|\bgo over\b/] },
  {
    grade: 'danger',
    all: [
      /\bdoing (?:a hundred|a ton|ninety|eighty|one twenty|a hundred and [a-z]+)\b|\baiming (?:the|my) car (?:for|at)\b/,
      /\b(?:hit|into|for|at) (?:the|a) (?:[a-z]+ )?(?:wall|tree|barrier|truck|lorry|bridge|pillar)\b/,
    ],
  },
  {
    grade: 'danger',
    all: [/\b(?:snow|cold|freezing|ice|sea|water|river|tide)\b/, /\bso (?:it|the [a-z]+) (?:takes|will take|can take) me\b/],
  },
  { grade: 'danger', all: [/\b(?:water|sea|river|lake|waves)\b/, /\b(?:so cold|freezing|deep|current)\b/, /\b(?:letting go|let go)\b/] },
  // Ice, water, snow, roads and rails, a drop, someone else on a ledge.
  { grade: 'danger', all: [/\b(?:ice|frozen)\b/, /\bthin (?:part|bit|ice|patch)\b/] },
  { grade: 'danger', all: [/\b(?:river|lake|sea|water|beach|canal|harbour|reservoir)\b/, /\babout to walk in\b|\bwalk(?:ing)? in$/] },
  { grade: 'danger', all: [/\b(?:snow|cold)\b/, /\bto freeze\b|\bfreeze to death\b/] },
  {
    grade: 'danger',
    all: [
      /\b(?:train crossing|level crossing|on the line|on the tracks|in the lane|onto the (?:freeway|motorway|highway))\b/,
      /\b(?:staying put|standing in|i am on|not moving|train comes|train is coming|minutes|parked)\b/,
    ],
  },
  {
    grade: 'danger',
    all: [
      /\b(?:drive|driving|steer|steering|flooring it|floor it)(?: my| the)?(?: car)? (?:straight )?(?:into|at)\b/,
      /\b(?:tree|pillar|wall|barrier|truck|lorry|bridge|pole)\b/,
    ],
  },
  { grade: 'danger', all: [/\broll off\b|\bdrive off\b/, /\b(?:jetty|pier|cliff|edge|wharf|quay)\b/] },
  {
    grade: 'danger',
    all: [
      /\b(?:bridge|roof|rooftop|ledge|cliff|cliffs|overpass|tower|lighthouse|dam wall|lookout|drop|edge|balcony|rail)\b/,
      /\b(?:looking (?:straight )?down|looking at the rocks|going over|over the (?:barrier|railing|fence|rail)|last place i will stand|climbing up onto|one foot off)\b/,
    ],
    unless: SIGHTSEEING,
  },
  {
    grade: 'danger',
    all: [
      /\b(?:someone|somebody|he is|she is|they are|my [a-z]+ is)\b/,
      /\bon the (?:ledge|roof|railway bridge|bridge|edge)\b/,
      /\b(?:will not come down|our building|about to jump|threatening)\b/,
    ],
  },
  { grade: 'danger', all: [/\b(?:minutes|tonight|in an hour)\b/, /\bgoing over the edge\b/] },
  { grade: 'danger', all: [/\bstepping off the chair\b|\bkick(?:ing)? (?:away )?the chair\b/] },
  {
    grade: 'danger',
    all: [
      /\b(?:it is happening|happening tonight|that is when|when i am doing it|tonight is the night|tonight the night)\b/,
      /\b(?:tonight|decided|pills|planned|ready|rope|doing it|at (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|midnight))\b/,
    ],
    // "tonight's the night he's proposing": the night of something awaited.
    unless:
      /^(?!.*\b(?:decided|pills|planned|plan|ready|rope|doing it|gone|last|for me|while|will all be|no one will|nobody will)\b).*\b(?:proposing|propose|ask (?:her|him|them) out|finale|premiere|season|episode|match|concert|party|wedding|gig|launch|opening night|first date|date night|prom|fireworks|the big game)\b/,
  },
];
