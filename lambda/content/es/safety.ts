/**
 * What Steady says about safety, in Spanish: where to turn in a crisis (each Spanish locale's
 * crisis line and emergency number, said aloud and written down), the crisis and danger answers,
 * and the short grounding breath for someone overwhelmed or who cannot breathe. Steady is not a
 * crisis service; it points to one. Numbers from docs/safety-sources.md (Spanish section).
 *
 * How the pieces fit: a locale's `line` is an infinitive phrase ("llamar al …"), so it follows
 * "puedes" or "no dudes en"; an `emergency` is a bare number or noun ("nueve uno uno", "número
 * local de emergencias"), so it follows "llama al". Nothing here says Steady will place a call.
 */
import type { Words } from '../words';

type Safety = Words['safety'];

/** Each locale's crisis line and emergency number, as said aloud. */
const spokenContacts: Safety['spokenContacts'] = {
  'es-US': {
    line: 'llamar a la Línea de Prevención del Suicidio y Crisis al nueve ocho ocho y marcar el dos, o enviar la palabra ayuda por mensaje de texto al nueve ocho ocho',
    lineNumber: 'nueve, ocho, ocho, y marca el dos',
    emergency: 'nueve uno uno',
  },
  'es-MX': {
    line: 'llamar a la Línea de la Vida al ochocientos, novecientos once, dos mil',
    lineNumber: 'ochocientos, novecientos once, dos mil',
    emergency: 'nueve once',
  },
  'es-ES': {
    line: 'llamar al cero veinticuatro, la línea de atención a la conducta suicida',
    lineNumber: 'cero, veinticuatro',
    emergency: 'uno uno dos',
  },
};

/** Each locale's crisis line and emergency number, as written. */
const writtenContacts: Safety['writtenContacts'] = {
  'es-US': {
    lineName: '988 Línea de Prevención del Suicidio y Crisis',
    lineDigits: '988',
    lineHow: 'Llama y marca el 2 para español. Gratis, confidencial, las 24 horas.',
    lineSentence:
      'Llama al 988, la Línea de Prevención del Suicidio y Crisis, y marca el 2 para español. Gratis, confidencial, las 24 horas.',
    textOption: 'O envía la palabra AYUDA por mensaje de texto al 988.',
    emergencyDigits: '911',
  },
  'es-MX': {
    lineName: 'Línea de la Vida',
    lineDigits: '800 911 2000',
    lineHow: 'Llama. Gratis, las 24 horas, todos los días.',
    lineSentence: 'Llama a la Línea de la Vida al 800 911 2000. Gratis, las 24 horas, todos los días.',
    emergencyDigits: '911',
  },
  'es-ES': {
    lineName: '024, Línea de atención a la conducta suicida',
    lineDigits: '024',
    lineHow: 'Llama. Gratis, confidencial, las 24 horas.',
    lineSentence: 'Llama al 024, la línea de atención a la conducta suicida. Gratis, confidencial, las 24 horas.',
    emergencyDigits: '112',
  },
};

export const safety: Safety = {
  spokenContacts,
  /** An infinitive phrase, like every locale's `line`. */
  anyLine: 'comunicarte con una línea de ayuda en crisis de tu zona',
  /** A bare noun, like every locale's `emergency`: it follows "llama al". */
  anyEmergency: 'número local de emergencias',
  whereHelpIs: (line: string, emergency: string) => `puedes ${line}, y en una emergencia, llamar al ${emergency}`,

  crisis: {
    opening: 'Me alegra mucho que me lo hayas contado, y siento que estés sufriendo tanto.',
    dangerCheck: (emergency: string) => `Si estás en peligro ahora mismo, por favor, llama al ${emergency}.`,
    person: 'Yo no puedo darte la ayuda que te puede dar una persona, y mereces esa ayuda ahora mismo.',
    trusted: 'Si puedes, habla con alguien de confianza y cuéntale cómo te sientes.',
    offer: '¿Quieres que te repita el número? Puedes decir: repite.',
    reprompt: 'Di repite, y te diré el número otra vez.',
    numbers: (line: string, emergency: string) =>
      `Por favor, no dudes en ${line}. Si estás en peligro, llama al ${emergency} o al número de emergencias de tu zona.`,
    numbersAnywhere: (line: string, emergency: string) =>
      `Por favor, no dudes en ${line}, o en llamar al ${emergency} si estás en peligro.`,
    again: (lineNumber: string, emergency: string) => `Una vez más: ${lineNumber}. Y en una emergencia, el ${emergency}.`,
    againAnywhere: (line: string, emergency: string) => `Una vez más: puedes ${line}, o llamar al ${emergency}.`,
    whenReady: (whereHelpIs: string) => `De acuerdo. Cuando te sientas con fuerzas, ${whereHelpIs}.`,
    notAlone: 'Mereces apoyo, y no tienes por qué pasar por esto en soledad.',
  },

  danger: {
    callNow: (emergency: string) => `Por favor, llama al ${emergency} ahora, o pide a alguien cerca de ti que llame por ti.`,
    takenSomething: (emergency: string) =>
      `Si has tomado algo o tienes alguna herida, llama al ${emergency} ahora, aunque te sientas bien.`,
    stay: 'Tu vida importa, y me alegra mucho que me lo hayas dicho. Por favor, aléjate de cualquier cosa con la que puedas hacerte daño.',
  },

  writtenContacts,

  distress: {
    emergencyFirst: (call: string) =>
      `Si no te llega el aire, te duele el pecho o sientes que te vas a desmayar, ${call}. Si lo que sientes es pánico, quédate conmigo.`,
    callEmergency: (emergency: string) => `por favor, llama al ${emergency} ahora`,
    callEmergencyServices: 'por favor, llama a emergencias ahora',
    startingNow: [
      'Estoy aquí contigo.',
      'Aquí estoy.',
      'Estoy contigo.',
      'Estoy a tu lado.',
      'Vamos a respirar, con calma.',
      'Aquí estoy. Vamos despacio.',
      'Aquí estoy. Sigue mi voz.',
    ],
    oneBreathAtATime: [
      'Eso es. Respiración a respiración.',
      'Bien. Vamos bajando el ritmo, poco a poco.',
      'Eso es. Despacio, sin prisa.',
      'Lo haces muy bien. Respiración a respiración.',
      'Bien. Cada respiración, un poco más lenta.',
      'Así. Tómate tu tiempo al soltar el aire.',
      'Vas muy bien. Sigue respirando.',
    ],
    firstInhaleCue: 'Inhala por la nariz',
    firstExhaleCue: 'Y exhala despacio, por la boca',
    inhaleCue: 'Inhala',
    exhaleCue: 'Exhala, despacio',
    feetOnTheFloor: [
      'Siente tus pies en el suelo y el peso de tu cuerpo. Estás aquí, y esta sensación va a pasar.',
      'Nota cómo el suelo te sostiene. Esta sensación es fuerte, y va a pasar.',
      'Siente dónde se apoya tu cuerpo, en la silla o en la cama. Quédate ahí. Esta ola va a pasar.',
      'Deja caer un poco los hombros y siente tus manos. El pánico sube, y siempre vuelve a bajar.',
      'Apoya bien los pies en el suelo. Nota lo firme que está. Estás aquí, ahora.',
      'Busca algo que puedas ver, y deja que tus ojos descansen ahí. Esto va a pasar.',
      'Siente el aire en la piel y el peso de tus manos. Este momento ya está pasando.',
    ],
    reachOut: 'Si esto es demasiado para ti, hablar con un profesional o con una línea de crisis puede ayudarte.',
    reachOutAnywhere: (reachOut: string) =>
      `${reachOut} Si estás en peligro, por favor, comunícate con una línea de crisis de tu zona o con los servicios de emergencia.`,
    reachOutTo: (reachOut: string, line: string, emergency: string) =>
      `${reachOut} Puedes ${line}. Si estás en peligro, llama al ${emergency}.`,
    keepGoing: [
      'Si quieres seguir, solo di: Alexa, pídele a Steady que respire conmigo.',
      'Si quieres un poco más, di: Alexa, pídele a Steady que respire conmigo.',
      'Puedes seguir respirando así por tu cuenta, o decir: Alexa, pídele a Steady que respire conmigo.',
      'Para respirar un rato más, di: Alexa, pídele a Steady que respire conmigo.',
      'Cuando quieras seguir, di: Alexa, pídele a Steady que respire conmigo.',
      'Quédate aquí el tiempo que quieras. Para seguir, di: Alexa, pídele a Steady que respire conmigo.',
      'Cuando me necesites, di: Alexa, pídele a Steady que respire conmigo.',
    ],
  },
};
