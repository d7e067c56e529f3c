/**
 * Lo que Steady dice en la preparación para dormir, en español. Cada parte tiene varias versiones,
 * una por noche; qué noche toma cuál, y el silencio tras cada línea, se decide en
 * lambda/guidance/bedtime. Nada aquí le pide nada a quien escucha: todo se dice para dejarlo estar.
 * Su relajación muscular suave dice las palabras de relaxation.
 */
import type { Words } from '../words';

export const bedtime: Words['bedtime'] = {
  /** Primero, respirar: la primera inhalación llega justo después de la campana. */
  firstBreath: { inhale: 'Inhala despacio', exhale: 'Y suelta el aire' },

  settling: [
    ['Preparémonos para dormir. Deja que la cama sostenga tu peso.', 'No hace falta que me respondas, ni que hagas nada.'],
    ['Es hora de descansar. Deja que la almohada sostenga tu cabeza.', 'No tienes que hacer nada. Solo escucha, o déjate llevar.'],
    ['El día termina. Deja que tu cuerpo se hunda en el colchón.', 'No hace falta seguir todas las palabras. Deja que te envuelvan.'],
  ],

  breathingIntroductions: [
    'Que cada exhalación dure un poco más que la inhalación.',
    'La respiración se hace más lenta, y la exhalación más larga.',
    'Deja que la respiración se vuelva lenta, y la exhalación larga y suave.',
  ],

  /**
   * Las indicaciones de las respiraciones que se alargan, etapa por etapa (inhala 4 exhala 6, luego
   * exhala 7, luego exhala 8): la primera respiración de una etapa dice su ritmo; las siguientes
   * dicen la indicación corta, o nada.
   */
  breathStages: [
    {
      firstInhale: 'Inhala suavemente por la nariz',
      firstExhale: 'Y exhala despacio, contando hasta seis',
      inhale: 'Inhala',
      exhale: 'Exhala',
    },
    { firstInhale: 'Inhala contando hasta cuatro', firstExhale: 'Y exhala hasta siete, un poco más', inhale: 'Inhala' },
    { firstInhale: 'Inhala hasta cuatro', firstExhale: 'Y exhala hasta ocho, muy despacio' },
  ],

  afterBreathing: ['Ahora la respiración va a su ritmo.', 'Deja que la respiración siga su camino.', 'Ahora la respiración va sola.'],

  relaxingIntroduction:
    'Relajemos el cuerpo con suavidad. Cuando diga ahora, tensa cada parte solo un poco. Si algo te duele o está lesionado, no lo tenses.',

  /** Un lugar donde descansar la mente: tres versiones. */
  imagery: [
    [
      'Imagina una playa tranquila al atardecer, si quieres.',
      'Llegan olas pequeñas y se retiran, lentas como tu respiración.',
      'La arena aún guarda el calor del día.',
    ],
    [
      'Imagina un camino por un bosque en calma, si quieres.',
      'La luz es suave y verde, y el aire huele a lluvia.',
      'Cada paso es lento, sin prisa por llegar.',
    ],
    ['Imagina un gran cielo de noche, si quieres.', 'Las estrellas aparecen, una a una, sin prisa.', 'En ese cielo cabe todo.'],
  ],

  /** El recorrido por el cuerpo: desde los pies hacia arriba, desde la cabeza hacia abajo, o desde la respiración hacia fuera. */
  bodyScans: [
    [
      'Ahora deja que tu atención descanse en los pies. Nota lo que haya.',
      'Luego en las piernas, apoyadas en la cama.',
      'El vientre, que sube y baja.',
      'Los hombros, los brazos, las manos.',
      'Y la cara, suave y relajada.',
    ],
    [
      'Ahora deja que tu atención descanse en la frente. Nota lo que haya.',
      'Los ojos, y la mandíbula.',
      'El cuello, y los hombros.',
      'El pecho, y su respiración lenta.',
      'Y hacia abajo, por las piernas, hasta los pies.',
    ],
    [
      'Ahora deja que tu atención descanse en la respiración, donde la sientas.',
      'Que se extienda a los brazos, y a las manos.',
      'A las piernas, y a los pies.',
      'A la cara, y a lo alto de la cabeza.',
      'Todo tu cuerpo, en reposo.',
    ],
  ],

  drifting: [
    ['Ya no hay nada que hacer, ni adónde ir.', 'Si llegan pensamientos, déjalos pasar como nubes.'],
    ['Ahora nada necesita tu atención.', 'Los pensamientos van y vienen, como hojas en un río lento.'],
    ['Todo puede esperar a mañana.', 'Si tu mente divaga, está bien. Déjala divagar.'],
  ],

  sleepyCloses: [
    'Déjate llevar, cada vez más hondo, hacia el sueño.',
    'Deja que el sueño llegue a su tiempo.',
    'Ve hundiéndote despacio en el descanso.',
  ],

  goodnights: ['Que duermas bien.', 'Buenas noches.', 'Que descanses.'],
};
