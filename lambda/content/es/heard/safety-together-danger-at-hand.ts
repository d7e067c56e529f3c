/**
 * Spanish statements of danger now told by what is at hand and when (./safety-together.ts explains
 * the rules): a gun and the slang for using it, a knife taken to a locked room, a belt tied and a
 * chair stood on, the day named with the hour it happens, a bottle emptied in one go, all the pills
 * taken at once or already felt.
 */
import type { SafetyRule } from '../../../safety/safety-phrases';
import { PILLS, PILLS_WORD, TAKEN, TOO_MUCH, WEAPON } from './safety-parts';

/** Shooting oneself, said with the gun named: "me trueno" alone is cracking one's knuckles too. */
const SHOOT_MYSELF =
  /\bme (?:(?:trueno|truene|voy a tronar)(?! (?:los|las|el|la|mis) )|vuelo la cabeza(?! pensando)|voy a volar la cabeza|pego un tiro|voy a pegar un tiro|doy un balazo|voy a dar un balazo)\b(?! de (?:agua|pintura))/;
/** Shut in a room to do it. */
const SHUT_IN = /\b(?:encerrar(?:me)?|me encierro|encerrad[oa]|me voy a encerrar)\b/;
const TO_DO_IT = /\b(?:para hacerlo|lo voy a hacer|voy a hacerlo|y hacerlo)$|\bpara acabar(?: con (?:todo|esto|mi vida))?$/;
/** A ligature tied, and standing on what will be kicked away. */
const TIED = /\b(?:amarre|ate|anude|colgue|puse) (?:el|la|mi) (?:cinturon|cinto|cuerda|soga|sabana|cable|corbata|mecate|lazo)\b/;
const STOOD_ON =
  /\b(?:estoy|ya estoy|aqui estoy|sigo) (?:parad[oa]|subid[oa]|de pie|trepad[oa]) (?:en|sobre|arriba de) (?:la|el|una|un) (?:silla|banco|banquito|escalera|cubeta|taburete)\b/;
/** The day named, and the hour it happens: "hoy es el día, cuando se vayan lo hago". */
const THE_DAY = /\b(?:hoy es el dia|el dia es hoy|esta noche es la noche|hoy lo hago|esta noche lo hago)\b/;
/** When the house is empty or asleep, and what happens then, said last. */
const WHEN_ALONE_IT_HAPPENS =
  /\b(?:cuando se (?:vayan|duerman|acuesten|vaya)|cuando me quede sol[oa]|cuando no haya nadie) (?:[a-z]+ ){0,4}?(?:lo hago|lo voy a hacer|me mato)$/;
const AN_EVENT =
  /\b(?:regalos|reyes|santa|serie|pelicula|maraton|tinte|gym|matrimonio|fiesta|mudanza|examen|entrevista|boda|limpieza|tarea|maleta|pastel|sorpresa|cumple|cumpleanos)\b/;
/** A bottle of pills taken whole just now. */
const EMPTIED = /\bme (?:lo|la|los|las) acabo de tomar (?:complet[oa]s?|tod[oa]s?|enter[oa]s?)\b/;
const BOTTLE_OF_PILLS = new RegExp(
  `\\b(?:bottle|frasco|bote|caja|blister) (?:de|of) (?:mis |las |los |sus |mi |su )?(?:${PILLS}|oxy|oxis|percocet|norco|vicodin)\\b`,
);
const AS_PRESCRIBED = /\b(?:como (?:me )?(?:dijo|indico|receto|recetaron|lo receto|lo recetaron|me lo recetaron)|termine el tratamiento)\b/;

/** All of them at once, whatever they were prescribed for; a day's doses are taken together too. */
const AT_ONCE = /\b(?:de una vez|de golpe|todas juntas|todos juntos|juntas|a la vez|de un jalon|de un trago|de un tiron)\b/;
const A_DAYS_DOSES =
  /\b(?:del dia|de la manana|de la tarde|de la noche|de hoy|vitaminas|como siempre|de siempre|cada (?:manana|noche|dia)|todos los dias|con el desayuno|con la comida|con la cena|despues del desayuno|como me (?:dijo|dijeron|indico)|el doctor|la doctora|el medico|la medica|que me tome)\b/;
/** Their effect already felt. */
const FEELING_THEM =
  /\b(?:ya )?me (?:siento|estoy sintiendo) (?:muy )?(?:maread[oa]|rar[oa]|adormilad[oa]|somnolient[oa]|dormid[oa])\b|\btodo me da vueltas\b|\bse me cierran los ojos\b/;

export const SPANISH_DANGER_AT_HAND_TOGETHER: readonly SafetyRule[] = [
  {
    grade: 'danger',
    all: [SHOOT_MYSELF, /\b(?:pistola|pistolas|arma|armas|revolver|escopeta|rifle|fusca|gun|cuete|fierro)\b/],
    unless: /\b(?:pistola de (?:agua|silicon|silicona|pintura|calor|juguete)|gotcha|paintball|airsoft|call of duty|fortnite|chejov)\b/,
  },
  {
    grade: 'danger',
    all: [WEAPON, SHUT_IN, TO_DO_IT],
    unless:
      /\b(?:disfraz|maqueta|calabaza|halloween|cena|pastel|receta|tarea|airsoft|juguete|escalar|nudos|depilarme|rasurarme|hamaca|columpio)\b/,
  },
  {
    grade: 'danger',
    all: [TIED, STOOD_ON],
    unless:
      /\b(?:luces|adornos|guirnalda|banderines|hamaca|tendedero|tendal|ropa|cortina|foco|lampara|columpio|navidad|pinata|antena|router|proyector|bocina|tele|extension|fuerte|tienda de campana|barco|saco de boxeo|vestido|espejo|regalo|cumpleanos|cumple|fiesta)\b/,
  },
  { grade: 'danger', all: [THE_DAY, WHEN_ALONE_IT_HAPPENS], unless: AN_EVENT },
  { grade: 'danger', all: [EMPTIED, BOTTLE_OF_PILLS], unless: AS_PRESCRIBED },
  { grade: 'danger', all: [TAKEN, PILLS_WORD, TOO_MUCH, AT_ONCE], unless: A_DAYS_DOSES },
  { grade: 'danger', all: [TAKEN, PILLS_WORD, TOO_MUCH, FEELING_THEM] },
];
