/**
 * Lo que Steady dice en el ejercicio de los cinco sentidos (5-4-3-2-1), en español. Qué versión se
 * dice cada día, y cada pausa, se decide en lambda/guidance/grounding.
 */
import type { Words } from '../words';

export const grounding: Words['grounding'] = {
  /** Primero, respirar: una respiración lenta antes de explicar nada. */
  firstBreath: { inhale: 'Inhala despacio', exhale: 'Y exhala' },

  introductions: [
    'Ahora volvamos al aquí y al ahora, a través de los sentidos. Tómate tu tiempo con cada uno. No hace falta decir nada en voz alta.',
    'Usemos los sentidos para volver a este momento, uno por uno. No hace falta decir nada en voz alta.',
    'Ahora deja que tus sentidos te traigan a donde estás. Ve despacio, y guarda las respuestas para ti.',
    'Vamos a llegar a este momento a través de los sentidos. No hay prisa, y no hace falta hablar.',
  ],

  /** Las maneras de pedir cada sentido, una por día: cada una nombra el sentido y cuántas cosas. */
  senses: {
    see: [
      'Mira a tu alrededor, y fíjate en cinco cosas que puedas ver.',
      'Deja vagar la mirada, y encuentra cinco cosas que puedas ver.',
      'Fíjate en cinco cosas que puedas ver a tu alrededor, una por una.',
    ],
    feel: [
      'Ahora fíjate en cuatro cosas que puedas sentir, como los pies en el suelo, o el aire en la piel.',
      'Después, cuatro cosas que puedas sentir: la silla bajo tu cuerpo, tu ropa, la temperatura del aire.',
      'Encuentra cuatro cosas que puedas sentir, como las manos en reposo, o la espalda apoyada.',
    ],
    hear: [
      'Escucha, y busca tres cosas que puedas oír, cerca o lejos.',
      'Ahora escucha tres cosas que puedas oír, fuertes o suaves.',
      'Encuentra tres cosas que puedas oír, cerca de ti o a lo lejos.',
    ],
    smell: [
      'Fíjate en dos cosas que puedas oler. Si no notas ninguna, está bien, solo inhala con suavidad.',
      'Encuentra dos cosas que puedas oler, aunque sea apenas. Si no hay nada, solo nota el aire.',
      'Mira si hay dos cosas que puedas oler. Si no hay ninguna, está bien, solo respira suavemente.',
    ],
    taste: [
      'Y una cosa que puedas saborear.',
      'Y una cosa que puedas saborear, aunque sea el sabor de tu boca.',
      'Por último, una cosa que puedas saborear.',
    ],
  },

  /**
   * Se dice en voz baja cuando toca la siguiente cosa, desde la segunda: una cuenta que seguir sin
   * palabras, para que el silencio de cinco cosas nunca sean 25 s de nada.
   */
  itemCounts: ['Dos', 'Tres', 'Cuatro', 'Cinco'],

  finalBreathIntroductions: [
    'Para terminar, respiremos una vez, despacio.',
    'Y para cerrar, una respiración lenta conmigo.',
    'Respiremos despacio una última vez.',
  ],

  finalBreath: { inhale: 'Inhala despacio por la nariz', exhale: 'Y exhala largo y despacio' },

  /** Las últimas palabras de la práctica, una por día; la primera es la más larga, la que cuentan los presupuestos. */
  closes: [
    'Estás aquí, ahora mismo, y puedes apoyarte en tus sentidos siempre que lo necesites.',
    'Tus sentidos siempre están aquí para traerte de vuelta a este momento.',
    'Ya estás en el aquí y el ahora. Puedes volver a él cuando quieras.',
    'Cuando tu mente se acelere, lo que te rodea puede traerte de vuelta.',
    'Nota qué se siente al estar justo aquí, en este lugar.',
  ],
};
