/** Lo que Steady dice sobre el audio, en español: sesiones como pistas, sonidos para dormir y los controles del reproductor. */
import type { Words } from '../words';

const minutes = (count: number): string => (count === 1 ? '1 minuto' : `${count} minutos`);

export const audio: Words['audio'] = {
  /** Respiración larga: las últimas palabras de la respuesta antes de que los tonos de la pista tomen el relevo, una línea en cada una de sus últimas respiraciones. */
  handover: ['Te guiará un tono.', 'Si sube, inhala.', 'Si baja, exhala.'],
  /** Respiración larga: la voz vuelve para las últimas respiraciones de la pista. */
  voiceReturns: 'Vuelvo contigo para las últimas respiraciones.',
  /** El cierre de una pista de respiración larga, igual cada noche. */
  trackClose: 'Aquí termina tu sesión. Bien hecho. Tu respiración siempre está aquí, cuando la necesites.',
  /** Se dice antes de la primera respiración cuando la duración ofrecida no es la que se pidió. */
  offeredLength: (offered: number) => `Te guiaré durante ${minutes(offered)}.`,
  /** Antes de la pista de la relajación completa, que empieza con su propia primera respiración. */
  fullRelaxationIntro: (about: number) => `Aquí tienes la relajación muscular completa. Dura alrededor de ${minutes(about)}.`,

  sleepSounds: {
    /** Sonidos para dormir pedidos en un dispositivo que no puede reproducirlos. */
    noPlayer:
      'Este dispositivo no puede reproducir sonidos para dormir, así que te ayudaré a relajarte con mi voz, y luego dejaré que llegue el silencio.',
    /** Un dispositivo que reproduce audio, en una instalación que no publicó pistas. */
    notSetUp:
      'Los sonidos para dormir aún no están configurados, así que te ayudaré a relajarte con mi voz, y luego dejaré que llegue el silencio.',
    /** La última reproducción falló: la rutina se dice sin ellos, una vez. */
    failedLastTime: 'Los sonidos para dormir fallaron la última vez, así que esta noche terminaremos en silencio.',
    /** El hábito guardado: cada rutina para dormir termina con sonidos para dormir. */
    always: (length: number) =>
      `De acuerdo. A partir de ahora, la rutina para dormir terminará con ${minutes(length)} de sonidos suaves para dormir. Cuando quieras, di: ayúdame a dormir.`,
    /** El hábito dejado. */
    never: 'De acuerdo. Desde ahora, la rutina para dormir terminará en silencio.',
    /** No se pudo guardar el hábito. */
    notSaved: 'Lo siento, ahora mismo no puedo guardarlo. Vuelve a intentarlo en un momento.',
  },

  controls: {
    /** Continuar o empezar de nuevo sin nada de Steady en pausa. */
    nothingToResume: 'Ahora mismo no hay nada en pausa. Puedes decir: ayúdame a respirar, o ayúdame a dormir.',
    /** Continuar sin posición: la sesión suena desde el principio. */
    startingAgain: 'No encuentro dónde lo dejamos, así que empecemos otra vez desde el principio.',
    /** Pausa sin nada sonando. */
    nothingToPause: 'No está sonando nada que pausar.',
    /** Siguiente o anterior. */
    noSkipping:
      'Cada sesión de Steady suena de principio a fin, así que no se puede saltar a otra parte. Puedes decir: pausa, continúa, o empieza de nuevo.',
    /** Repetir en bucle o aleatorio. */
    noLooping: 'Las sesiones de Steady suenan una sola vez, de principio a fin. Para volver a escuchar una, di: empieza de nuevo.',
    /** Repetir mientras suena una pista. */
    repeatTrack: 'Para escuchar esta sesión desde el principio, di: empieza de nuevo.',
  },

  /** Lo que muestra el reproductor del dispositivo mientras suena una pista. */
  player: {
    title: 'Steady',
    breathing: 'Respiración',
    relaxation: 'Relajación muscular',
    sleepSounds: 'Sonidos para dormir',
  },
};
