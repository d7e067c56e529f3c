/**
 * Lo que Steady dice durante la relajación muscular progresiva, en español. Frases simples; el
 * renderizador las escapa. Qué versión se dice cada día, y cada pausa, se decide en
 * lambda/guidance/pmr.
 */
import type { Words } from '../words';
import { muscleGroups } from './relaxation-muscle-groups';

/** Las dos formas en que una instrucción anuncia lo que viene; en días alternos cada una se dice como la otra. */
const GET_READY = 'Prepárate para ';
const IN_A_MOMENT = 'En un momento vas a ';

export const relaxation: Words['relaxation'] = {
  firstBreath: { inhale: 'Inhala despacio', exhale: 'Y exhala' },

  settlings: [
    'Primero, acomódate en una silla o boca arriba, con el cuerpo apoyado. Cierra los ojos si quieres, o fija la mirada en un punto.',
    'Primero, apoya bien el cuerpo, en una silla o boca arriba. Puedes cerrar los ojos, o fijar la mirada en un punto.',
    'Para empezar, acomódate en una silla o boca arriba, y deja caer tu peso. Cierra los ojos si quieres, o baja la mirada.',
  ],

  introductions: [
    'Relajemos el cuerpo, parte por parte. Cuando diga ahora, tensa la parte que nombre, con firmeza pero sin que duela. Cuando diga suelta, suéltalo todo.',
    'Recorramos el cuerpo, una parte cada vez. Cuando diga ahora, tensa la parte que nombre, con firmeza pero sin que duela. Cuando diga suelta, suéltala del todo.',
    'Vamos parte a parte, por todo el cuerpo. Cuando diga ahora, tensa la parte que nombre, con firmeza pero sin que duela. Cuando diga suelta, suéltala de golpe.',
  ],

  safety: 'Si alguna parte te duele o está lesionada, no la tenses nunca. Déjala descansar mientras seguimos.',

  tenseCues: [
    'Ahora. Mantén, mantén.',
    'Ahora. Mantén la tensión.',
    'Ahora. Mantenla ahí.',
    'Ahora. Sigue apretando.',
    'Ahora. Mantén, y nota la tensión.',
  ],

  releaseCue: 'Y… suelta.',

  calmPhrases: [
    'Observa lo que encuentres.',
    'Nota la diferencia entre tensar y soltar.',
    'Deja que los músculos se sigan aflojando por sí solos.',
    'Solo observa lo que hay.',
    'Suelta el aire, y deja todo como está.',
    'Nada que hacer. Solo observar.',
    'Deja que esa parte se afloje un poco más con cada respiración.',
    'Déjala descansar, tal como está.',
    'Nota cómo se siente, sin cambiar nada.',
    'Cada vez que sueltas el aire, puedes soltar un poco más.',
    'Deja que el alivio se extienda, a su ritmo.',
    'Quédate con la sensación de soltar.',
  ],

  crampCaution: 'Cuidado con pantorrillas y pies: pueden dar calambres. Si te da uno, suelta enseguida.',

  muscleGroups,

  instructionOtherDay: (instruction: string): string =>
    instruction.includes(GET_READY) ? instruction.replace(GET_READY, IN_A_MOMENT) : instruction.replace(IN_A_MOMENT, GET_READY),

  bodyChecks: [
    'Deja que tu atención suba de los pies a la cabeza. Nota dónde hay tensión, y deja que se suavice al exhalar.',
    'Deja que tu atención baje despacio de la cabeza a los pies. Donde quede algo de tensión, suavízala al exhalar.',
    'Recorre despacio el cuerpo, de los pies a la cara. Si algo sigue apretado, deja que se afloje al exhalar.',
  ],
  afterBodyChecks: [
    'Nota cómo está tu cuerpo, sea como sea.',
    'Solo nota tu cuerpo, tal como está.',
    'Descansa un momento en lo que siente tu cuerpo.',
  ],

  countBack: [
    'Voy a contar del cuatro al uno, y podrás volver con calma.',
    'Cuatro. Mueve un poco los pies y las piernas.',
    'Tres. Estira las manos y los brazos.',
    'Dos. Mueve despacio la cabeza y los hombros.',
    'Uno. Si tienes los ojos cerrados, ábrelos, y mira dónde estás.',
  ],

  closes: [
    'No hay prisa. Levántate despacio, cuando tú quieras.',
    'Tómate tu tiempo antes de levantarte.',
    'Vuelve a tu día con calma, sin prisa.',
    'Date un momento antes de ponerte de pie.',
    'Deja que esa calma te acompañe al levantarte.',
  ],

  shorterVersionNotice: (groups: number, because: 'one-reply' | 'audio-failed'): string => {
    const parts = `${groups === 7 ? 'siete' : String(groups)} partes`;
    return because === 'audio-failed'
      ? `El audio no se reprodujo la última vez, así que guiaré con mi voz la versión de ${parts}.`
      : `La relajación completa es demasiado larga para guiarla de una vez, así que haremos la versión de ${parts}.`;
  },
};
