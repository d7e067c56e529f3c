/** Lo que cada sesión dice alrededor de la práctica, en español: cierres, qué sigue, duraciones. */
import type { Words } from '../words';

export const sessions: Words['sessions'] = {
  closes: [
    'Puedes volver a esta respiración siempre que la necesites.',
    'Muy bien. Nota cómo te sientes ahora, y llévate un poco de esta calma.',
    'Eso es. Tu respiración siempre está aquí, cuando la necesites.',
    'Bien. Tómate un momento antes de seguir.',
    'Bien hecho. Es un poco más de calma para tu día.',
    'Qué bien. Deja que el resto del día siga a este ritmo más suave.',
    'Gracias por regalarte este tiempo.',
  ],

  whatNext: ['¿Quieres otra ronda, o prefieres algo diferente?', '¿Otra ronda, o algo distinto?', '¿Repetimos, o probamos algo diferente?'],
  whatNextReprompt: 'Puedes decir: otra ronda, respiración cuadrada, o para.',

  /** Minutos como Alexa mejor los lee: "1 minuto", "20 minutos". */
  minutes: (minutes: number): string => (minutes === 1 ? '1 minuto' : `${minutes} minutos`),

  /** Cómo se nombra cada práctica al hablar, con su artículo, para ir dentro de una frase. */
  techniqueNames: {
    calm: 'la respiración tranquila',
    box: 'la respiración cuadrada',
    '478': 'la respiración cuatro siete ocho',
    resonance: 'la respiración de resonancia',
    sigh: 'el suspiro cíclico',
    belly: 'la respiración abdominal',
    pmr: 'la relajación muscular',
    grounding: 'el ejercicio de los cinco sentidos',
    bedtime: 'la rutina para dormir',
  },
};
