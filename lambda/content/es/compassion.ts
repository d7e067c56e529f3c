/**
 * Compassionate self-talk that closes a session, in Spanish, by what the session was for: the same
 * kinds and counts as the English (../en/compassion.ts). Everyday and attachment lines are the
 * person's own words ("yo"); panic and bedtime lines speak to them ("tú") and ask for nothing. No
 * line carries a gendered adjective about the person ("siento inquietud", not "estoy inquieto").
 */
import type { Words } from '../words';

export const compassion: Words['compassion'] = {
  /** At least fourteen lines a kind, one a day in turn, so a fortnight never repeats. */
  lines: {
    everyday: [
      'Puedo sentir inquietud y aun así estar bien.',
      'Este sentimiento es difícil, y va a pasar.',
      'Puedo ser amable conmigo mientras esto pasa.',
      'Tiene sentido que me sienta así.',
      'Estoy haciendo lo mejor que puedo, y por hoy es suficiente.',
      'Puedo ir poco a poco, una respiración cada vez.',
      'No tengo que arreglarlo todo ahora mismo.',
      'Ya he superado días difíciles.',
      'Puedo descansar, aunque queden cosas por hacer.',
      'Me permito ir despacio.',
      'Mis sentimientos son reales, y no tienen por qué decidirlo todo.',
      'Puedo ser mi propio refugio.',
      'Los pasos pequeños también cuentan.',
      'Puedo pedir ayuda cuando la necesite.',
      'Aquí y ahora, estoy bien.',
      'Puedo darme el cuidado que le daría a alguien que quiero.',
    ],
    panic: [
      'El pánico asusta, y pasa. Ya está pasando.',
      'Tu cuerpo intentaba protegerte. Ya puedes bajar el ritmo. Estás a salvo.',
      'Acabas de atravesar ese momento, y eso pide valor.',
      'Los sentimientos suben y bajan como olas. Esta ya está bajando.',
      'No tienes que hacer desaparecer lo que sientes. Con respirar basta.',
      'Es normal que el cuerpo tiemble un rato. Trátate con suavidad.',
      'Buscar apoyo es lo que había que hacer.',
      'Este sentimiento ya se ha calmado otras veces, y se está calmando ahora.',
      'Puedes tratarte con suavidad el resto del día.',
      'Tu corazón se calmará a su propio ritmo.',
      'Acompañar tu respiración así es toda una habilidad.',
      'Ahora mismo no necesitas hacer nada más.',
      'Los momentos difíciles terminan. Este está terminando.',
      'Mucha gente siente esto, y también se le pasa. No te pasa solo a ti.',
    ],
    bedtime: [
      'Por hoy, ya has hecho bastante.',
      'Lo que haya pasado hoy, ahora puedes dejarlo a un lado.',
      'Mañana puede esperar hasta mañana.',
      'Estás a salvo, y ya puedes descansar.',
      'Esta noche ya no queda nada por hacer.',
      'Hoy has dado lo mejor de ti, y eso basta.',
      'El sueño llega a su tiempo, y está bien.',
      'El día queda atrás, y puedes soltarlo.',
      'Tu cuerpo sabe descansar.',
      'Esta noche puedes tratarte con suavidad.',
      'Estar aquí en calma ya es descansar, aunque aún no duermas.',
      'Las preocupaciones pueden esperar a mañana.',
      'Tienes derecho a descansar, tal como eres.',
      'Que esta noche sea tranquila.',
    ],
    attachment: [
      'Mi valor no depende de lo rápido que alguien me responda.',
      'Puedo sentir cercanía con la gente que quiero aunque haya distancia.',
      'Puedo esperar una respuesta y aun así estar bien.',
      'Que el teléfono esté en silencio no significa que no me quieran.',
      'Tengo derecho a necesitar a otras personas, y tengo derecho a descansar.',
      'Puedo cuidarme mientras espero.',
      'Pasar un tiempo a distancia puede ser sano, para mí y para la otra persona.',
      'Puedo sentir inquietud y aun así confiar en la gente que quiero.',
      'Merezco amabilidad, la de los demás y la mía.',
      'Puedo pedir lo que necesito, con calma y claridad.',
      'Puedo quedarme con este sentimiento sin dejar que me lleve a actuar.',
      'Que haya distancia no significa que me hayan dejado.',
      'Merezco cariño, tal como soy.',
      'Puedo ser mi propio refugio mientras espero noticias.',
    ],
  },
  /**
   * What introduces the line as the user's own words; panic and bedtime lines ask for nothing. No
   * introduction is longer than the first, which the reply budgets are planned on.
   */
  introductions: {
    everyday: [
      'Si te ayuda, repítete en silencio: ',
      'Podrías decirte: ',
      'Unas palabras para llevarte: ',
      'Intenta decirte, en voz baja: ',
      'Puedes recordarte: ',
    ],
    attachment: [
      'Si te ayuda, repítete en silencio: ',
      'Podrías decirte: ',
      'Unas palabras para llevarte: ',
      'Intenta decirte, en voz baja: ',
      'Puedes recordarte: ',
    ],
    panic: [''],
    bedtime: [''],
  },
};
