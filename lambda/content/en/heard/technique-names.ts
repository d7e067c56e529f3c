import type { TechniqueId } from '../../../guidance/breathing/techniques';
import type { TechniqueNames } from '../../../understanding/technique-names';

/** The words that name each technique in English, as the model's slot values and synonyms do. */
export const ENGLISH_TECHNIQUE_NAMES: TechniqueNames<TechniqueId> = {
  calm: /\bcalm(?:ing)?\b|\b(?:4 4 6|four four six|four hold four six)\b|\bbaseline\b|\b(?:simple|slow|relaxing|deep|gentle) breathing\b/,
  box: /\bbox\b|\bsquare\b|\btactical\b|\bnavy seals?\b|\b(?:4 4 4 4|four four four four|four by four)\b/,
  '478': /\b(?:4 ?7 ?8|four seven eight)\b|\brelaxing breaths?\b/,
  resonance: /\bresonan(?:ce|t)\b|\bcoheren(?:ce|t)\b|\bsix breaths a minute\b|\bslow paced\b/,
  sigh: /\bsigh(?:s|ing)?\b|\bdouble inhal/,
  belly: /\bbelly\b|\btummy\b|\bstomach\b|\babdominal\b|\bdiaphragm(?:atic)?\b/,
};
