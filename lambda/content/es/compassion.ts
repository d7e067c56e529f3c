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
      'Puedo tomarme esto respiración a respiración.',
      'No tengo que arreglarlo todo ahora mismo.',
      'Ya he superado días difíciles.',
      'Puedo descansar, aunque queden cosas por hacer.',
      'Me permito ir despacio.',
      'Mis sentimientos son reales, y no tienen por qué decidirlo todo.',
      'Puedo ser un lugar tranquilo para mí.',
      'Los pasos pequeños también cuentan.',
      'Puedo pedir ayuda cuando la necesite.',
      'Ahora mismo, en este momento, estoy bien.',
      'Puedo darme el cuidado que le daría a alguien que quiero.',
    ],
    panic: [
      'El pánico asusta, y pasa. Ya está pasando.',
      'Tu cuerpo intentaba protegerte. Ya puedes ir más despacio, sin peligro.',
      'Superaste ese momento. Eso requirió valor.',
      'Los sentimientos suben y bajan como olas. Esta ya está bajando.',
      'No tienes que hacer que el sentimiento desaparezca. Respirar fue suficiente.',
      'Está bien que el cuerpo tiemble un rato. Trátate con suavidad.',
      'Buscar apoyo fue lo correcto.',
      'Este sentimiento ya se ha calmado otras veces, y se está calmando ahora.',
      'Puedes tratarte con suavidad el resto del día.',
      'Tu corazón se calmará a su propio ritmo.',
      'Te quedaste con tu respiración. Esa es una habilidad de verdad.',
      'Ahora mismo no necesitas hacer nada más.',
      'Los momentos difíciles terminan. Este está terminando.',
      'Mucha gente siente esto, y también se le pasa. No te pasa solo a ti.',
    ],
    bedtime: [
      'Por hoy ya hiciste suficiente.',
      'Pasara lo que pasara hoy, ahora puedes dejarlo a un lado.',
      'Mañana puede esperar hasta mañana.',
      'Estás a salvo, y ya puedes descansar.',
      'Esta noche ya no queda nada por hacer.',
      'Hoy hiciste lo mejor que pudiste, y eso basta.',
      'El sueño llega a su tiempo, y está bien.',
      'El día terminó, y puedes dejarlo ir.',
      'Tu cuerpo sabe descansar.',
      'Esta noche puedes tratarte con suavidad.',
      'Estar aquí en calma ya es descansar, aunque el sueño aún no llegue.',
      'Cualquier preocupación puede esperar a la mañana.',
      'Tienes derecho a descansar, tal como eres.',
      'Que esta noche sea ligera.',
    ],
    attachment: [
      'Mi valor no depende de lo rápido que alguien me responda.',
      'Puedo sentir cercanía con la gente que quiero aunque haya distancia.',
      'Puedo esperar una respuesta y aun así estar bien.',
      'Que el teléfono esté en silencio no significa que no me quieran.',
      'Tengo derecho a necesitar a otras personas, y tengo derecho a descansar.',
      'Puedo cuidarme mientras espero.',
      'El tiempo por separado puede ser seguro, para mí y para la otra persona.',
      'Puedo sentir inquietud y aun así confiar en la gente que quiero.',
      'Merezco amabilidad, la de los demás y la mía.',
      'Puedo pedir lo que necesito, con calma y claridad.',
      'Puedo quedarme con este sentimiento sin dejar que me lleve a actuar.',
      'Que haya distancia no significa que me hayan dejado.',
      'Merezco cariño, tal como soy.',
      'Puedo ser un lugar tranquilo para mí mientras espero noticias.',
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
      'Unas palabras para guardar: ',
      'Intenta decir, en voz baja: ',
      'Puedes recordarte: ',
    ],
    attachment: [
      'Si te ayuda, repítete en silencio: ',
      'Podrías decirte: ',
      'Unas palabras para guardar: ',
      'Intenta decir, en voz baja: ',
      'Puedes recordarte: ',
    ],
    panic: [''],
    bedtime: [''],
  },
};
