import type { TechniqueId } from '../../../guidance/breathing/techniques';
import type { TechniqueNames } from '../../../understanding/technique-names';

/** How the techniques are named in Spanish (accents taken off): the model's slot values and synonyms, with the words around them. */
export const SPANISH_TECHNIQUE_NAMES: TechniqueNames<TechniqueId> = {
  before: /la|el|los|las|un|una|mi|respiracion|respiraciones|tecnica|metodo|ejercicio|de|del|con|en|a/,
  after: /por favor|conmigo/,
  names: {
    calm: /tranquil[ao]s?|calma|calmante|calmad[ao]|seren[ao]|basica|sencilla|lenta|profunda|suave|cuatro cuatro seis|4 4 6|calm(?: breathing)?/,
    box: /caja|cuadrad[ao]|tactica|navy seals?|cuatro cuatro cuatro cuatro|4 4 4 4|box(?: breathing)?/,
    '478': /cuatro siete (?:y )?ocho|4 7 8|478|relajante|doctor weil|four seven eight/,
    resonance: /resonancia|resonante|coherente|coherencia(?: cardiaca)?|(?:seis|6) (?:respiraciones )?por minuto|resonance(?: breathing)?/,
    sigh: /suspiros?(?: ciclicos?| fisiologicos?)?|suspirar|doble (?:inhalacion|inspiracion)|cyclic sighing/,
    belly: /abdominal|diafragma|diafragmatica|barriga|panza|vientre|ventral|belly(?: breathing)?/,
  },
};
