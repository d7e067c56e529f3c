import type { TechniqueId } from '../../../guidance/breathing/techniques';
import type { TechniqueNames } from '../../../understanding/technique-names';

/** How the techniques are named in English: the model's slot values and synonyms, with the words around them. */
export const ENGLISH_TECHNIQUE_NAMES: TechniqueNames<TechniqueId> = {
  before: /the|a|an|my|some|that|this|do|try/,
  after: /breathing|breath|breaths|method|technique|exercise|one|please/,
  names: {
    calm: /calm|calming|four four six|4 4 6|four hold four six|baseline|(?:simple|slow|relaxing|deep|gentle) breathing/,
    box: /box|square|four square|tactical|navy seals?|four four four four|4 4 4 4|four by four/,
    '478': /four seven eight|4 7 8|478|relaxing breaths?/,
    resonance: /resonance|resonant|coherent|coherence|heart coherence|six breaths a minute|slow paced breathing/,
    sigh: /(?:cyclic |physiological )?(?:sigh|sighs|sighing)|double inhale/,
    belly: /belly|slow belly|diaphragmatic|diaphragm|abdominal|(?:tummy|stomach) breathing/,
  },
};
