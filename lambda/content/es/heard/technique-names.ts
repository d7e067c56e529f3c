import type { TechniqueId } from '../../../guidance/breathing/techniques';
import type { TechniqueNames } from '../../../understanding/technique-names';

/** The words that name each technique in Spanish (accents taken off), as the model's slot values and synonyms do. */
export const SPANISH_TECHNIQUE_NAMES: TechniqueNames<TechniqueId> = {
  calm: /\btranquilas?\b|\bcalma(?:nte|da)?\b|\bserena\b|\b(?:4 4 6|cuatro cuatro seis)\b|\brespiracion(?:es)? (?:basica|sencilla|lenta|profunda|suave)s?\b|\bcalm\b/,
  box: /\bcaja\b|\bcuadrad[ao]\b|\btactica\b|\bnavy seals?\b|\b(?:4 4 4 4|cuatro cuatro cuatro cuatro)\b|\bbox\b/,
  '478': /\b(?:4 ?7 ?8|cuatro siete (?:y )?ocho|four seven eight)\b|\brelajante\b|\bweil\b/,
  resonance: /\bresonan(?:cia|te)\b|\bcoheren(?:cia|te)\b|\bseis (?:respiraciones )?por minuto\b|\bresonance\b/,
  sigh: /\bsuspir(?:o|os|ar)\b|\bdoble (?:inhalacion|inspiracion)\b|\bsigh(?:ing)?\b/,
  belly: /\babdominal\b|\bdiafragm(?:a|atica)\b|\bbarriga\b|\bpanza\b|\bvientre\b|\bventral\b|\bbelly\b/,
};
