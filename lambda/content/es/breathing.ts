/** Lo que Steady dice sobre la respiración, en español. */
import type { Words } from '../words';

type BreathingWords = Words['breathing'];

const techniques: BreathingWords['techniques'] = {
  calm: {
    introduction: {
      first: 'Respiración tranquila.',
      second: [
        'Exhala más largo.',
        'Exhalar te calma.',
        'Exhala sin prisa.',
        'Sale más lento.',
        'Suelta despacio.',
        'Suelta sin prisa.',
        'Exhalar calma.',
      ],
    },
  },
  box: {
    introduction: {
      first: 'Respiración cuadrada.',
      second: [
        'Como un cuadrado.',
        'Cuatro por lado.',
        'Cada lado igual.',
        'Como una caja.',
        'Todo igual.',
        'Cuatro lados.',
        'Todo parejo.',
      ],
    },
  },
  '478': {
    introduction: {
      first: 'Cuatro siete ocho.',
      second: [
        'Sin forzar la pausa.',
        'Sostén con suavidad.',
        'Sostén sin forzar.',
        'Tómalo con calma.',
        'Sin esfuerzo.',
        'Si cuesta, suelta.',
        'Sale por la boca.',
      ],
    },
    cues: {
      exhale: [
        'Exhala por la boca, despacio',
        'Exhala por la boca',
        'Suelta el aire por la boca',
        'Sopla despacio por la boca',
        'Sopla por la boca',
        'Exhala por la boca, largo',
        'Suelta todo por la boca',
      ],
    },
  },
  resonance: {
    introduction: {
      first: 'Es la resonancia.',
      second: ['Lento y continuo.', 'Como una ola.', 'Suave y parejo.', 'Como el mar.', 'Entra y sale.', 'Sin pausas.', 'Como un vaivén.'],
    },
  },
  sigh: {
    introduction: {
      first: 'Suspiro cíclico.',
      second: [
        'Completa y suelta.',
        'Llena y completa.',
        'Un suspiro largo.',
        'Suspira despacio.',
        'Toma y suspira.',
        'Suspira con calma.',
        'Un sorbo más.',
      ],
    },
  },
  belly: {
    introduction: {
      first: 'Mano en el vientre.',
      second: [
        'Siente el vientre.',
        'El vientre sube.',
        'Tu mano sube.',
        'Llena el vientre.',
        'Sube y baja.',
        'El pecho quieto.',
        'Nota el vientre.',
      ],
    },
    cues: {
      inhale: [
        'Inhala, el vientre sube',
        'Inhala hacia el vientre',
        'Inhala, vientre lleno',
        'Inhala, la mano sube',
        'Inhala, se llena',
        'Inhala hasta abajo',
        'Inhala, llénate',
      ],
      exhale: [
        'Exhala, el vientre baja',
        'Suelta, el vientre baja',
        'Exhala, vientre suave',
        'Exhala, la mano baja',
        'Exhala, vientre blando',
        'Suelta, la mano baja',
        'Exhala, se vacía',
      ],
    },
  },
};

const cues: BreathingWords['cues'] = {
  full: {
    inhale: [
      'Inhala por la nariz',
      'Inhala despacio',
      'Toma aire despacio',
      'Inhala suavemente',
      'Deja entrar el aire',
      'Inhala con calma',
      'Inhala, sin prisa',
    ],
    topUp: ['Y un poco más', 'Un poco más', 'Un sorbo más', 'Otro poco más', 'Algo más', 'Aún más', 'Y algo más'],
    hold: [
      'Sostén, con suavidad',
      'Sostén el aire',
      'Mantén el aire',
      'Sostén un momento',
      'Sostén con calma',
      'Retén el aire',
      'Sostén, suave',
    ],
    exhale: [
      'Y exhala despacio',
      'Suelta el aire',
      'Exhala suavemente',
      'Exhala, sin prisa',
      'Exhala con calma',
      'Suelta despacio',
      'Exhala lento',
    ],
    holdEmpty: ['Pausa, en calma', 'Pausa aquí', 'Una pausa', 'Descansa', 'Pausa breve', 'Descansa ahí', 'Pausa suave'],
  },
  plain: {
    inhale: 'Inhala',
    topUp: 'Más',
    hold: 'Sostén',
    exhale: 'Exhala',
    holdEmpty: 'Pausa',
  },
  oneWord: {
    inhale: 'Inhala',
    topUp: 'Más',
    hold: 'Sostén',
    exhale: 'Exhala',
    holdEmpty: 'Pausa',
  },
  numbers: ['uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez'],
  comfort: [
    'Deja caer los hombros.',
    'Suelta la mandíbula.',
    'Suéltalo todo.',
    'Así, despacio.',
    'Relaja las manos.',
    'Suelta el cuello.',
    'Relaja la cara.',
  ],
  checkIns: [
    'Eso es. Inhala',
    'Con calma. Inhala',
    'Sigue así. Inhala',
    'Bien. Inhala',
    'Despacio. Inhala',
    'Muy bien. Inhala',
    'Sin prisa. Inhala',
  ],
  checkInOuts: ['Y exhala', 'Y suelta', 'Ahora exhala', 'Luego exhala', 'Exhala, suave', 'Y suelta el aire', 'Exhala, en calma'],
};

/** La revisión del cuerpo tras la respiración tranquila y la abdominal: ninguna más larga que la primera. */
const bodyChecks: BreathingWords['bodyChecks'] = [
  'Ahora deja que la respiración encuentre su propio ritmo, y presta atención a tu cuerpo. Fíjate en los hombros, la mandíbula, las manos. Donde notes tensión, deja que se suavice un poco.',
  'Deja que la respiración fluya sin esfuerzo, y observa tu cuerpo. La frente, el cuello, el vientre. Donde algo esté tenso, deja que se afloje.',
  'Respira como te resulte cómodo, y recorre tu cuerpo con la atención. La cara, el pecho, las manos. Deja que cualquier tensión se suelte.',
  'Deja que la respiración se calme sola, y nota cómo descansa tu cuerpo. Los pies, la espalda, los hombros. Deja que pesen.',
  'Deja de contar, y simplemente respira. Nota dónde tu cuerpo toca la silla o el suelo, y déjate sostener.',
  'Respira a tu ritmo, y revisa tu cuerpo. ¿Hay tensión en las manos, en la frente, en el estómago? Deja que se derrita un poco.',
  'Deja que cada respiración dure lo que necesite. Recorre tu cuerpo de la cabeza a los pies, y suaviza lo que siga apretado.',
];

const notices: BreathingWords['notices'] = {
  unknownTechnique: (spoken: string, instead: string): string => `Todavía no conozco ${spoken}, así que hagamos ${instead}.`,
  unknownTechniqueName: 'esa técnica',
  audioFailed: (about: string): string =>
    `El audio no se reprodujo la última vez, así que esta vez te guiaré con mi voz, durante ${about}, más o menos.`,
  oneReply: (about: string): string => `Eso es más de lo que puedo guiar de una vez, así que respiraremos durante ${about}, más o menos.`,
  breathsNotCaught: (breaths: number): string => `No sé bien cuántas respiraciones quieres, así que haremos ${breaths}.`,
  atLeastOneBreath: 'Hagamos al menos una respiración.',
  bestKeptTo: (name: string, breaths: string, ceiling: number): string =>
    `${name} funciona mejor con ${breaths} como máximo, así que haremos ${ceiling}.`,
  tooManyBreaths: (ceiling: number): string => `Son más respiraciones de las que puedo guiar de una vez, así que haremos ${ceiling}.`,
  lengthNotCaught: (breaths: string): string => `No sé bien cuánto tiempo quieres, así que haremos ${breaths}.`,
  shortest: (length: string): string => `La sesión más corta que guío es de ${length}, así que haremos esa.`,
};

export const breathing: Words['breathing'] = {
  techniques,
  cues,
  bodyChecks,
  notices,
  /** Un número de respiraciones dentro de una frase: "una respiración", "6 respiraciones". */
  breaths: (n: number): string => (n === 1 ? 'una respiración' : `${n} respiraciones`),
};
