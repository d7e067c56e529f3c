/**
 * Whether a line Steady says is Spanish, for the speech estimate: Spanish and English are spoken
 * at different rates and counted by different syllable rules. Steady writes every line itself,
 * so a line's own words tell: Spanish letters (á, é, í, ó, ú, ñ, ¿, ¡) or more Spanish words than
 * English ones. test/unit/speech/text-language.test.ts holds every line of both languages' content
 * to it, so a line it would misread fails there before it is ever paced.
 */
const SPANISH_LETTERS = /[áéíóúñ¿¡]/i;

const SPANISH_WORDS = new Set(
  (
    'de la el los las un una unos unas y o que en con por para del al se lo le les tu tus te ti mi mis su sus ' +
    'es son esta este estos estas eso esto ese esa como cuando donde muy mas ya si sin hasta desde sobre entre ' +
    'ahora hoy bien vez veces otra otro otros otras poco mucho todo toda todos todas nada algo cada hay ' +
    'inhala exhala sosten suelta descansa respira respiremos relaja siente nota deja vuelve quedate ' +
    'uno dos tres cuatro cinco seis siete ocho nueve diez once doce quince veinte treinta minuto minutos ' +
    'despacio suave lento calma noche dia dias cuerpo aire pecho hombros manos pies ojos mente pausa listo lista ' +
    'bienvenida gracias adios hola vamos puedes quieres dime di cuenta sesion buenas noches buenos ' +
    'estoy estas esta tengo tienes puedo eres soy contigo conmigo derecho espero ponte gusto tensa suavemente ' +
    'cero veinticuatro'
  ).split(' '),
);

const ENGLISH_WORDS = new Set(
  (
    'the a an and or of to in on at with for from by your you yours it its is are was this that these those ' +
    'breathe breath in out hold rest more let now one two three four five six seven eight nine ten ' +
    'slowly gently and then again day days minute minutes body shoulders hands feet jaw night sleep well done'
  ).split(' '),
);

export function isSpanishText(text: string): boolean {
  if (SPANISH_LETTERS.test(text)) return true;
  let score = 0;
  for (const word of text.toLowerCase().split(/[^a-z]+/)) {
    if (SPANISH_WORDS.has(word)) score += 1;
    else if (ENGLISH_WORDS.has(word)) score -= 1;
  }
  return score > 0;
}
