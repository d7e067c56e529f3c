/** What Steady says about daily reminders, in Spanish. Plain sentences; the renderer escapes them. */
import type { Words } from '../words';

interface ClockTime {
  readonly hour: number;
  readonly minute: number;
}

/** When in the day an hour falls, as said after the time: "de la mañana", "de la noche". */
function partOfDay(hour: number): string {
  if (hour === 12) return 'del mediodía';
  if (hour >= 1 && hour < 6) return 'de la madrugada';
  if (hour >= 6 && hour < 12) return 'de la mañana';
  if (hour >= 13 && hour < 20) return 'de la tarde';
  return 'de la noche';
}

/** The minutes after the hour as said aloud: "y cuarto", "y media", "y 10"; nothing on the hour. */
function minutesPast(minute: number): string {
  if (minute === 0) return '';
  if (minute === 15) return ' y cuarto';
  if (minute === 30) return ' y media';
  return ` y ${minute}`;
}

/**
 * A time of day as Steady says it, with its article, so it follows "a" or "de": "las 9 de la
 * noche", "las 7 y media de la mañana", "la una de la tarde", "las 12 del mediodía", "las 12 de la
 * noche" (midnight). One o'clock is written out so it is read "una", not "uno".
 */
function clockTime({ hour, minute }: ClockTime): string {
  const clockHour = hour % 12 === 0 ? 12 : hour % 12;
  const time = clockHour === 1 ? 'la una' : `las ${clockHour}`;
  return `${time}${minutesPast(minute)} ${partOfDay(hour)}`;
}

export const reminders: Words['reminders'] = {
  clockTime,

  ringing: 'Es hora de tu práctica con Steady. Solo di: Alexa, pídele a Steady que me ayude a respirar.',

  noTimeNamed: (time: ClockTime) => `Como no me indicas una hora, usaré ${clockTime(time)}.`,
  askingPermission: (time: ClockTime) =>
    `Para recordártelo todos los días a ${clockTime(time)}, necesito tu permiso para crear recordatorios.`,

  set: (time: ClockTime, replacedEarlier: boolean): string[] => [
    `Te lo recordaré todos los días a ${clockTime(time)}.`,
    ...(replacedEarlier ? ['Este sustituye a tu recordatorio anterior de Steady.'] : []),
    'Para cambiarlo, di, por ejemplo: recuérdamelo a las siete de la mañana.',
  ],

  permissionDeclined: 'No pasa nada, no crearé ningún recordatorio. Puedes volver a practicar cuando quieras.',
  stillNoPermission:
    'Todavía no puedo crear recordatorios para ti. Puedes permitírselo a Steady en la aplicación de Alexa, cuando quieras.',
  notSet: 'Lo siento, ahora mismo no puedo crear tu recordatorio. Por favor, inténtalo de nuevo en un rato.',

  cancelled: 'Hecho. Ya no te lo recordaré.',
  noneToCancel: 'No tienes ningún recordatorio diario mío, así que no hay nada que cancelar.',
  notCancelled: 'Lo siento, ahora mismo no puedo acceder a tus recordatorios. Por favor, inténtalo de nuevo en un rato.',
};
