/** Lo que Steady dice sobre la respiración, en español. */
import type { Words } from '../words';

type BreathingWords = Words['breathing'];

const techniques: BreathingWords['techniques'] = {
  calm: {
    introduction: ['Ese es el ritmo: cuatro, cuatro y seis.', 'Exhalar despacio calma el cuerpo.'],
  },
  box: {
    introduction: ['Respiración cuadrada.', 'Cuatro lados iguales.'],
  },
  '478': {
    introduction: ['La cuatro siete ocho: entra por la nariz, sale por la boca.', 'Si te cuesta sostener el aire, respira con suavidad.'],
    cues: { exhale: ['Exhala por la boca, despacio', 'Exhala por la boca', 'Exhala'] },
  },
  resonance: {
    introduction: ['Es la respiración de resonancia.', 'Una ola suave, sin pausas.'],
  },
  sigh: {
    introduction: ['Este es el suspiro cíclico.', 'Inhala, otro poco, y exhala largo.'],
    cues: { inhale: ['Inhala por la nariz', 'Inhala hondo', 'Inhala'] },
  },
  belly: {
    introduction: ['Puedes apoyar una mano en el vientre.', 'Siente cómo sube y baja al respirar.'],
    cues: {
      inhale: ['Inhala, el vientre sube', 'Inhala'],
      exhale: ['Exhala, el vientre baja', 'Exhala'],
    },
  },
};

const cues: BreathingWords['cues'] = {
  general: {
    inhale: ['Inhala por la nariz', 'Inhala'],
    topUp: ['Y un poco más', 'Más'],
    hold: ['Sostén, con suavidad', 'Sostén'],
    exhale: ['Y exhala despacio', 'Exhala'],
    holdEmpty: ['Pausa, en calma', 'Pausa'],
  },
  oneWord: {
    inhale: 'Inhala',
    topUp: 'Más',
    hold: 'Sostén',
    exhale: 'Exhala',
    holdEmpty: 'Pausa',
  },
  countLead: {
    inhale: 'Inhala',
    topUp: 'Más',
    hold: 'Sostén',
    exhale: 'Exhala',
    holdEmpty: 'Pausa',
  },
  numbers: ['uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez'],
  comfort: ['Deja caer los hombros.', 'Afloja la mandíbula.', 'Suéltalo todo.', 'Así, despacio.', 'Relaja las manos.'],
  checkIns: ['Eso es. Inhala', 'Con calma. Inhala', 'Sigue así. Inhala'],
  checkInOut: 'Y exhala',
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
