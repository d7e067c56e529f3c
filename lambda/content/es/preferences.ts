/** What Steady says when preferences change, in Spanish. Plain sentences; the renderer escapes them. */
import type { Words } from '../words';
import { reminders } from './reminders';

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const minutes = (count: number): string => (count === 1 ? '1 minuto' : `${count} minutos`);

/** An hour on the clock, as a reminder's time is said, with its article: "las 8 de la noche". */
const hour = (value: number): string => reminders.clockTime({ hour: value, minute: 0 });

export const preferences: Words['preferences'] = {
  /** `name`: the technique's name, as the session words give it, with its article ("la respiración cuadrada"). */
  techniqueSaved: (name: string) => `Hecho. ${capitalised(name)} es ahora tu opción predeterminada. Solo di: ayúdame a respirar.`,
  techniqueChoices: [
    'Puedo dejar como predeterminada la respiración tranquila, cuadrada, cuatro siete ocho, de resonancia, abdominal o el suspiro cíclico.',
    'Por ejemplo, di: pon la respiración cuadrada como predeterminada.',
  ] as readonly string[],
  unknownTechnique: (spoken: string) => `Todavía no conozco ${spoken}.`,

  lengthSaved: (count: number) => `Hecho. A partir de ahora, tus sesiones durarán ${minutes(count)}, salvo que me pidas otra duración.`,
  lengthClamped: 'Guío sesiones de 1 a 20 minutos.',
  lengthChoices: '¿Cuánto quieres que duren tus sesiones? Por ejemplo, di: prefiero sesiones de cinco minutos.',

  softVoiceOn: (fromHour: number, untilHour: number) =>
    `De acuerdo. Al final del día y por la noche, de ${hour(fromHour)} a ${hour(untilHour)}, te guiaré con una voz más suave y pausada.`,
  lateVoiceNotice: 'Ya es tarde, así que hablaré bajito. Si prefieres que no, di: voz normal por la noche.',
  softVoiceOff: 'De acuerdo. Por la noche también usaré mi voz de siempre.',

  bellsOff: 'De acuerdo, sin campanas. Las sesiones empezarán y terminarán solo con mi voz.',
  bellsOn: 'De acuerdo. Una campana suave volverá a abrir y cerrar tus sesiones.',

  reset:
    'Hecho. Tus preferencias vuelven a ser las de siempre: respiración tranquila, la duración habitual de las sesiones, una voz más suave por la noche, y las campanas.',

  notSaved: 'Lo siento, ahora mismo no puedo guardarlo. Por favor, inténtalo de nuevo en un rato.',

  whatNow: '¿Qué te gustaría hacer ahora?',
  whatNowReprompt: 'Puedes decir: ayúdame a respirar, o para.',
};
