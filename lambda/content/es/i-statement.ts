/**
 * What Steady says in its short guide to an "I" statement, in Spanish: a "mensaje en primera
 * persona". Its shape starts from "Siento" and a feeling named as a noun ("siento inquietud"), so
 * the examples never need a gendered adjective ("me siento inquieto / inquieta").
 */
import type { Words } from '../words';

export const iStatement: Words['iStatement'] = {
  /** What a message in the first person is, one version a day; the first is the guide's own. */
  introductions: [
    'Un mensaje en primera persona dice lo que sientes sin culpar, para que te puedan escuchar. Tiene tres partes.',
    'Hablar en primera persona te permite decir lo que sientes sin culpar a nadie, y así se escucha mejor. Tiene tres partes.',
    'Hablar desde el yo deja fuera la culpa, y así la otra persona puede escuchar. Tiene tres partes.',
  ],
  /** Its three parts. */
  shape: 'Siento, y el sentimiento. Cuando, y lo que pasa. Y me gustaría, y lo que ayudaría.',
  /** Examples in the guide's spirit, two a day, the first pair the guide's own; each follows `shape`. */
  examples: [
    'Siento inquietud cuando pasamos mucho tiempo sin vernos, y me gustaría que buscáramos cómo seguir en contacto respetando lo que necesitamos.',
    'Siento dolor cuando los planes cambian a última hora, y me gustaría recibir un mensaje rápido cuando pase.',
    'Siento soledad cuando se acaba el día sin que hablemos, y me gustaría hablar diez minutos contigo antes de dormir.',
    'Siento ansiedad cuando no sé a qué hora llegas a casa, y me gustaría saber una hora aproximada, aunque cambie.',
  ],
  /** The day's first example, introduced as such. */
  firstExample: (example: string) => `Por ejemplo: ${example}`,
  /** The day's second example. */
  secondExample: (example: string) => `O también: ${example}`,
  tips: [
    'Que sea breve, habla de ti y deja espacio para su respuesta.',
    'Sé breve, habla de lo que tú sientes y deja que la otra persona responda.',
    'Mejor breve. Habla de ti, no de la otra persona, y luego escucha.',
  ],
  breathIntroductions: [
    'Antes de hablar, respira con calma: inhala en 4, sostén en 4, exhala en 6.',
    'Antes de decirlo, una respiración serena: inhala en 4, sostén en 4, exhala en 6.',
    'Primero, respira con calma conmigo: inhala en 4, sostén en 4, exhala en 6.',
  ],
  /** The cues of the one 4-4-6 breath. */
  breath: { inhale: 'Inhala', hold: 'Sostén', exhale: 'Y exhala despacio' },
  /** Its own last words, one a day; the first is the longest. */
  closes: [
    'Ya sabes lo que sientes y lo que te gustaría. Ve con calma, y date el mérito de atreverte a hablar.',
    'Hablar con amabilidad es una habilidad, y acabas de practicarla.',
    'Dilo con tus propias palabras. No tiene que ser perfecto para que te escuchen.',
    'Sea cual sea la respuesta, decir lo que sientes es un gesto amable para ti y para la otra persona.',
    'Ve con calma. Siempre puedes respirar antes de empezar.',
  ],
};
