/**
 * Lo que Steady dice en la preparación para dormir, en español. Cada parte tiene varias versiones,
 * una por noche; qué noche toma cuál, y el silencio tras cada línea, se decide en
 * lambda/guidance/bedtime. Nada aquí le pide nada a quien escucha: todo se dice para dejarlo estar.
 * Su relajación muscular suave dice las palabras de relaxation.
 */
import type { Words } from '../words';

export const bedtime: Words['bedtime'] = {
  /** Primero, respirar: la primera inhalación llega justo después de la campana. */
  firstBreath: { inhale: 'Inhala despacio', exhale: 'Y déjalo ir' },

  settling: [
    ['Preparémonos para dormir. Deja que la cama sostenga tu peso.', 'No necesitas responderme, ni hacer nada en absoluto.'],
    ['Es hora de descansar. Deja que la almohada sostenga tu cabeza.', 'No hay nada que tengas que hacer. Solo escucha, o déjate llevar.'],
    ['El día llega a su fin. Deja que tu cuerpo se hunda en el colchón.', 'No hace falta seguir cada palabra. Deja que te envuelvan.'],
  ],

  breathingIntroductions: [
    'Cada exhalación puede ser un poco más larga que la inhalación.',
    'La respiración se hace más lenta, y la exhalación, más larga.',
    'Deja que la respiración se haga lenta, con una exhalación larga y suave.',
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
    { firstInhale: 'Inhala contando hasta cuatro', firstExhale: 'Y exhala hasta siete, un poco más largo', inhale: 'Inhala' },
    { firstInhale: 'Inhala hasta cuatro', firstExhale: 'Y exhala hasta ocho, muy despacio' },
  ],

  afterBreathing: [
    'Ahora la respiración puede ir a su propio ritmo.',
    'Deja ahora que la respiración siga su camino.',
    'Ahora la respiración puede cuidarse sola.',
  ],

  relaxingIntroduction:
    'Vamos a relajar el cuerpo, con suavidad. Cuando diga ahora, tensa cada parte solo un poco. Nunca tenses nada que duela o esté lesionado; solo déjalo descansar.',

  /** Un lugar donde descansar la mente: tres versiones. */
  imagery: [
    [
      'Imagina una playa tranquila al atardecer, si quieres.',
      'Llegan olas pequeñas, y se retiran, tan lentas como tu respiración.',
      'La arena todavía guarda el calor del día.',
    ],
    [
      'Imagina un sendero en un bosque en calma, si quieres.',
      'La luz es suave y verde, y el aire huele a lluvia.',
      'Cada paso es lento y tranquilo, sin prisa por llegar.',
    ],
    [
      'Imagina un amplio cielo de noche, si quieres.',
      'Las estrellas aparecen, una a una, sin ninguna prisa.',
      'El cielo es lo bastante grande para guardarlo todo.',
    ],
  ],

  /** El recorrido por el cuerpo: desde los pies hacia arriba, desde la cabeza hacia abajo, o desde la respiración hacia fuera. */
  bodyScans: [
    [
      'Ahora deja que tu atención descanse en tus pies. Nota lo que encuentres.',
      'Luego en tus piernas, apoyadas en la cama.',
      'Tu vientre, que sube y baja.',
      'Tus hombros, tus brazos, tus manos.',
      'Y tu rostro, suave y relajado.',
    ],
    [
      'Ahora deja que tu atención descanse en tu frente. Nota lo que haya ahí.',
      'Tus ojos y tu mandíbula.',
      'Tu cuello, y tus hombros.',
      'Tu pecho, con su respiración lenta.',
      'Y hacia abajo, por las piernas, hasta los pies.',
    ],
    [
      'Ahora deja que tu atención descanse en la respiración, allí donde la sientas.',
      'Deja que se extienda a tus brazos, y a tus manos.',
      'Hacia tus piernas, y tus pies.',
      'Hasta tu rostro, y lo alto de la cabeza.',
      'Todo tu cuerpo, en reposo.',
    ],
  ],

  drifting: [
    ['Ahora no hay nada que hacer, ni ningún lugar adonde ir.', 'Si llegan pensamientos, déjalos pasar como nubes.'],
    ['Ahora nada necesita tu atención.', 'Los pensamientos pueden ir y venir, como barcas en un río lento.'],
    ['Todo puede esperar hasta mañana.', 'Si tu mente divaga, está bien. Déjala divagar.'],
  ],

  sleepyCloses: [
    'Déjate llevar, cada vez más hondo, hacia el sueño.',
    'Deja que el sueño llegue a su tiempo.',
    'Húndete, despacio, en el descanso.',
  ],

  goodnights: ['Que duermas bien.', 'Buenas noches.', 'Que descanses.'],
};
