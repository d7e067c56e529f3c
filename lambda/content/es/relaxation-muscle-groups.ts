/**
 * Los grupos musculares de la relajación muscular progresiva en español, por versión (los 16
 * completos, y los 7 y 4 que los combinan): cómo se llama cada uno en pruebas y registros, y su
 * instrucción.
 *
 * Una instrucción nombra la parte y cómo se va a tensar, antes de la señal "ahora": como algo que
 * está por llegar ("Prepárate para…", "En un momento vas a…"), nunca como una orden, y nunca con
 * la palabra "ahora", para que nadie empiece a tensar antes de la señal.
 */
import type { Words } from '../words';

export const muscleGroups: Words['relaxation']['muscleGroups'] = {
  sixteen: {
    dominantHand: {
      name: 'mano y antebrazo dominantes',
      instruction: 'Empieza por tu mano dominante, con la que escribes. Prepárate para cerrar el puño con fuerza.',
    },
    dominantBiceps: {
      name: 'bíceps dominante',
      instruction: 'Luego el brazo de ese mismo lado. En un momento vas a doblar el codo y tensar el brazo.',
    },
    otherHand: { name: 'mano y antebrazo no dominantes', instruction: 'Luego tu otra mano. Prepárate para cerrar el puño con fuerza.' },
    otherBiceps: {
      name: 'bíceps no dominante',
      instruction: 'Luego el brazo de ese mismo lado. En un momento vas a doblar el codo y tensar el brazo.',
    },
    forehead: { name: 'frente', instruction: 'Luego la frente. Prepárate para subir las cejas todo lo que puedas.' },
    eyesAndNose: {
      name: 'ojos y nariz',
      instruction: 'Luego los ojos y la nariz. En un momento vas a cerrar los ojos con fuerza y arrugar la nariz.',
    },
    cheeksAndJaw: {
      name: 'mejillas y mandíbula',
      instruction:
        'Luego las mejillas y la mandíbula. Prepárate para apretar un poco los dientes y estirar hacia atrás las comisuras de la boca.',
    },
    neck: {
      name: 'cuello y garganta',
      instruction: 'Luego el cuello. En un momento vas a llevar la barbilla al pecho, sin tocarlo.',
    },
    chestAndBack: {
      name: 'pecho, hombros y parte alta de la espalda',
      instruction: 'Luego el pecho, los hombros y la parte alta de la espalda. Prepárate para tomar aire hondo y juntar los omóplatos.',
    },
    abdomen: {
      name: 'abdomen',
      instruction: 'Luego el vientre. En un momento vas a ponerlo firme, como si esperaras un empujón suave.',
    },
    dominantThigh: { name: 'muslo dominante', instruction: 'Luego tu pierna dominante. Prepárate para tensar los músculos del muslo.' },
    dominantCalf: {
      name: 'pantorrilla dominante',
      instruction: 'Luego la pantorrilla de ese lado. En un momento vas a subir la punta del pie.',
    },
    dominantFoot: {
      name: 'pie dominante',
      instruction: 'Luego ese pie. Prepárate para estirar la punta hacia abajo y encoger un poco los dedos.',
    },
    otherThigh: {
      name: 'muslo no dominante',
      instruction: 'Luego tu otra pierna. En un momento vas a tensar los músculos del muslo.',
    },
    otherCalf: {
      name: 'pantorrilla no dominante',
      instruction: 'Luego la pantorrilla de ese lado. Prepárate para subir la punta del pie.',
    },
    otherFoot: {
      name: 'pie no dominante',
      instruction: 'Luego ese pie. En un momento vas a estirar la punta hacia abajo y encoger un poco los dedos.',
    },
  },
  seven: {
    dominantArm: {
      name: 'brazo dominante',
      instruction: 'Empieza por el brazo dominante, con el que escribes. Prepárate para cerrar el puño y doblar el brazo, tensándolo todo.',
    },
    otherArm: {
      name: 'brazo no dominante',
      instruction: 'Luego el otro brazo. En un momento vas a cerrar el puño y doblar el brazo, para tensarlo.',
    },
    face: {
      name: 'cara',
      instruction: 'Luego la cara. Prepárate para subir las cejas, cerrar fuerte los ojos y apretar un poco los dientes.',
    },
    neck: {
      name: 'cuello',
      instruction: 'Luego el cuello. En un momento vas a llevar la barbilla al pecho, sin tocarlo.',
    },
    trunk: {
      name: 'pecho, hombros, espalda y abdomen',
      instruction: 'Luego el pecho, la espalda y el vientre. Prepárate para tomar aire, juntar los omóplatos y endurecer el vientre.',
    },
    dominantLeg: {
      name: 'pierna dominante',
      instruction: 'Luego tu pierna dominante. En un momento vas a estirarla y subir la punta del pie.',
    },
    otherLeg: {
      name: 'pierna no dominante',
      instruction: 'Luego tu otra pierna. Prepárate para estirarla y subir la punta del pie.',
    },
  },
  four: {
    arms: {
      name: 'los dos brazos',
      instruction: 'Empieza por los dos brazos. Prepárate para cerrar los puños y doblar los codos.',
    },
    faceAndNeck: {
      name: 'cara y cuello',
      instruction: 'Luego la cara y el cuello. En un momento vas a arrugar la cara y llevar la barbilla al pecho.',
    },
    trunk: {
      name: 'pecho, hombros, espalda y abdomen',
      instruction: 'Luego el pecho, la espalda y el vientre. Prepárate para tomar aire, echar los hombros atrás y apretar el vientre.',
    },
    legs: {
      name: 'las dos piernas y los pies',
      instruction: 'Por último, las dos piernas. En un momento vas a estirarlas y subir la punta de los pies.',
    },
  },
};
