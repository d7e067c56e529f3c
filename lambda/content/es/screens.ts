/** Lo que Steady muestra en pantalla, en español: la palabra bajo el círculo de respiración, y los números de crisis por escrito. */
import type { Words } from '../words';

export const screens: Words['screens'] = {
  /** La palabra bajo el círculo de respiración, según la fase que marca el Timeline. */
  phaseWords: {
    inhale: 'Inhala',
    topUp: 'Un poco más',
    hold: 'Sostén',
    exhale: 'Exhala',
    holdEmpty: 'Pausa',
    settle: 'Acomódate',
    'settle-in': 'Ponte a gusto',
    'count-back': 'Vuelve con calma',
    guide: 'Respira con calma',
    instruct: 'Prepárate',
    tense: 'Tensa suavemente',
    release: 'Suelta',
    drift: 'Déjate llevar',
    close: 'Hacia el sueño',
    goodnight: 'Buenas noches',
  },
  /** Cualquier fase sin palabra propia. */
  resting: 'Descansa',
  /** Mientras se dicen las palabras anteriores a la primera fase marcada. */
  opening: 'Ponte a gusto',
  /** Lo que se dice después de la última fase marcada: un repaso del cuerpo, las líneas de cierre. */
  closing: 'Observa cómo te sientes',

  /**
   * Las palabras escritas alrededor de los números de crisis, en la tarjeta de la app de Alexa y en
   * pantalla. `number` son las cifras del número de emergencias, o `anyEmergency` donde Steady no
   * conoce ninguno; ambas se leen después de "llama al".
   */
  crisis: {
    title: 'Dónde encontrar ayuda ahora',
    /** Peligro ahora: la primera línea de la tarjeta. */
    emergencyFirst: (number: string) => `Si estás en peligro ahora, llama al ${number}.`,
    /** Una crisis: la última línea de la tarjeta, después de la línea de ayuda. */
    emergencyAfter: (number: string) => `Si estás en peligro, llama al ${number}.`,
    /** Encima del número de emergencias en pantalla. */
    emergencyLabelFirst: 'Si estás en peligro ahora, llama al',
    emergencyLabelAfter: 'Si estás en peligro, llama al',
    anyLine: 'Llama a una línea de ayuda en crisis de tu zona.',
    anyEmergency: 'número de emergencias de tu zona',
  },
};
