/**
 * What Steady says about time on your own ("tiempo a solas"), in Spanish. Plain sentences: the
 * speech renderer escapes them. Lengths are whole minutes; the sentences agree with them in number
 * and gender ("tus 20 minutos terminan", "tu rato de una hora termina").
 */
import type { Words } from '../words';

/** "1 minuto", "25 minutos", "una hora", "2 horas", "90 minutos". One hour is written out so it is read "una", not "uno". */
function minutesOf(minutes: number): string {
  if (minutes >= 60 && minutes % 60 === 0) return minutes === 60 ? 'una hora' : `${minutes / 60} horas`;
  return `${minutes} ${minutes === 1 ? 'minuto' : 'minutos'}`;
}

/** Whether a length is one ("1 minuto", "una hora") rather than many. */
const isOne = (minutes: number): boolean => minutes === 1 || minutes === 60;

/** "tus 20 minutos", "tu rato de 1 minuto", "tu rato de una hora" (never a bare "tu hora", which can mean one's last). */
const yourLength = (minutes: number): string => (isOne(minutes) ? `tu rato de ${minutesOf(minutes)}` : `tus ${minutesOf(minutes)}`);

export const timeApart: Words['timeApart'] = {
  minutes: minutesOf,
  /** What the practice is, in two sentences. */
  introduction:
    'El tiempo a solas es un rato que planeas pasar por tu cuenta, como un paseo o un recado. Así, la distancia se hace un poco más llevadera cada vez.',
  /** The toolkit practice offered for when worry rises while apart. */
  whenWorryRises:
    'Si la preocupación aparece mientras estás fuera, inhala en 4, sostén en 4 y exhala en 6, o pídele a Steady el ejercicio de los cinco sentidos.',
  /** The first stretch, when nothing was named and none was done before. */
  firstStretch: (minutes: number) => `Empecemos con ${minutes} ${minutes === 1 ? 'minuto' : 'minutos'}.`,
  askingTimerPermission: (minutes: number) =>
    `Para avisarte cuando ${isOne(minutes) ? 'termine' : 'terminen'} ${yourLength(minutes)}, le pediré permiso a Alexa para poner un temporizador.`,
  stretchStarted: (minutes: number) => {
    const one = isOne(minutes);
    const start = yourLength(minutes);
    return `${start.charAt(0).toUpperCase()}${start.slice(1)} ${one ? 'empieza' : 'empiezan'} ahora. Te aviso cuando ${one ? 'termine' : 'terminen'}.`;
  },
  /** After a stretch has begun, with a timer or without one. */
  whenBack: 'Cuando vuelvas, dile a Steady si te resultó fácil, regular o difícil.',
  /** Said in place of a timer, by why there is none; then `keepTimeYourself`. */
  withoutTimer: {
    declined: 'No pasa nada, no pondré ningún temporizador.',
    unavailable: 'Lo siento, ahora mismo no puedo poner un temporizador.',
    'no-permission':
      'Todavía no tengo permiso para poner temporizadores, así que no pondré ninguno. Puedes permitirlo en la aplicación de Alexa, en los permisos de Steady.',
  },
  keepTimeYourself: (minutes: number) => `Aun así puedes tomarte ${yourLength(minutes)}: lleva la cuenta con un reloj o con tu teléfono.`,
  /** What the timer announces when the time is up. */
  timerAnnouncement:
    'Tu tiempo a solas ha terminado. Darte ese tiempo requiere valor. Cuando quieras, cuéntale a Steady qué tal te ha ido.',
  /** The timer's label, as Alexa shows it and the user can name it. */
  timerLabel: 'Tiempo para ti',
  /** The next stretch offered after the last one, the same length again or another. */
  suggestAgain: (lastMinutes: number, nextMinutes: number) =>
    `La última vez ${isOne(lastMinutes) ? 'fue' : 'fueron'} ${minutesOf(lastMinutes)}. ¿Quieres tomarte ${minutesOf(nextMinutes)} otra vez?`,
  suggestOther: (lastMinutes: number, nextMinutes: number) =>
    `La última vez ${isOne(lastMinutes) ? 'fue' : 'fueron'} ${minutesOf(lastMinutes)}. ¿Quieres probar con ${minutesOf(nextMinutes)}?`,
  suggestNextReprompt: '¿Quieres empezar ese rato ahora? Por favor, di sí o no.',
  suggestionDeclined: 'Está bien. Cuando quieras, di, por ejemplo: dile a Steady que me voy a tomar quince minutos para mí.',
  askEase: '¿Qué tal fue tu tiempo a solas: fácil, regular o difícil?',
  /** Thanks for a report, then what the next length is, by how it felt. */
  thanks: (minutes: number) => `Gracias por contármelo. ${isOne(minutes) ? 'Es' : 'Son'} ${minutesOf(minutes)} a solas.`,
  next: {
    easy: (nextMinutes: number) => `La próxima vez, podrías probar con ${minutesOf(nextMinutes)}.`,
    okay: (nextMinutes: number) => `La próxima vez, quedémonos en ${minutesOf(nextMinutes)}.`,
    hardShorter: (nextMinutes: number) =>
      `Saber que fue difícil también sirve. La próxima vez, probemos con un rato más corto, de ${minutesOf(nextMinutes)}.`,
    hardSame: (nextMinutes: number) => `Saber que fue difícil también sirve. La próxima vez, no pasemos de ${minutesOf(nextMinutes)}.`,
  },
  nothingToReport: 'No tengo ningún tiempo a solas pendiente de tu respuesta. Para empezar uno, di: ayúdame a practicar el tiempo a solas.',
  /** This week and last, as far as there is a week to speak of. */
  progress: {
    bothWeeks: (lastLongest: number, thisLongest: number) =>
      `La semana pasada, tu rato más largo fue de ${minutesOf(lastLongest)}; esta semana ya llegas a ${minutesOf(thisLongest)}.`,
    thisWeek: (minutes: number, longest: number) =>
      `Esta semana llevas ${minutesOf(minutes)} a solas, y tu rato más largo fue de ${minutesOf(longest)}.`,
    lastWeek: (longest: number) => `La semana pasada, tu rato a solas más largo fue de ${minutesOf(longest)}.`,
  },
  timerCancelled: 'Hecho. Tu temporizador de tiempo a solas queda cancelado. Puedes empezar otro cuando quieras.',
  noTimerToCancel: 'No hay ningún temporizador de Steady en marcha, así que no hay nada que cancelar.',
  timersUnreachable: 'Lo siento, ahora mismo no puedo acceder a tus temporizadores. Para detenerlo, di: Alexa, cancela mi temporizador.',
  ownTimeUnavailable:
    'Lo siento, ahora mismo no puedo acceder a tu tiempo a solas, así que no puedo anotarlo. Vuelve a intentarlo en un rato.',
};
