/**
 * Spanish statements of crisis, as words that count together (./safety-together.ts explains the
 * rules): a wish and an ending, a method thought of or asked after, self-harm and its signs,
 * preparations and goodbyes, hopelessness with finality; and the warning words heard whatever
 * surrounds them.
 */
import type { SafetyRule } from '../../../safety/safety-phrases';

import {
  PILLS_WORD,
  OTHER_USE,
  CLEAR_PLAN,
  GOODBYE_WORDS,
  OTHER_FAREWELL,
  GOODBYE_NOW,
  JUMP_FROM,
  LONGING,
  ENDING_UP_GONE,
  A_BREAK,
  HARMING,
  EVERYDAY_TREATS,
  ON_MYSELF,
  ACCIDENT,
  THINKING,
  METHOD_OR_DEATH,
  HOPELESS,
  FINALITY,
  GIVEN_AWAY,
  ROUTINE,
  WEAPON,
} from './safety-parts';

export const SPANISH_CRISIS_TOGETHER: readonly SafetyRule[] = [
  {
    grade: 'crisis',
    all: [/\bits over para mi$|\bya no veo (?:ningun )?futuro(?: para mi)?$/],
    unless:
      /\b(?:equipo|liga|partido|juego|game|fortnite|cruz azul|america|chivas|pumas|madrid|barca|chamba|trabajo|empresa|jaja|jajaja)\b/,
  },
  {
    grade: 'crisis',
    all: [/\bme (?:pego|golpeo|lastimo) a mi mism[oa]\b/],
    unless:
      /\b(?:sin querer|por accidente|jugando|padel|tenis|boxeo|box|nunchaku|puerta|alacena|mueble|corro|corriendo|calentar|rodilla|tobillo|yoga|gym|depilo|cera|pala|raqueta|post it|postit)\b/,
  },
  { grade: 'crisis', all: [/\b(?:me corto|me cortaba|me sigo cortando|me autolesiono|me quemo a proposito)\b/], unless: ACCIDENT },
  {
    grade: 'crisis',
    all: [/\b(?:juntando|acumulando|he juntado|he acumulado|llevo (?:semanas|meses) (?:juntando|guardando))\b/, PILLS_WORD],
  },
  { grade: 'crisis', all: [/\b(?:compre|he comprado|consegui|buscando|busque) (?:una |la )?(?:soga|horca)\b/], unless: OTHER_USE },
  { grade: 'crisis', all: [LONGING, ENDING_UP_GONE], unless: A_BREAK },
  { grade: 'crisis', all: [HARMING, ON_MYSELF], unless: ACCIDENT },
  // Punishing oneself with a blade, blows or hunger.
  {
    grade: 'crisis',
    all: [
      /\b(?:castigandome|me estoy castigando|me sigo castigando|sigo castigandome|castigarme|me castigo|me castigue)\b/,
      new RegExp(
        String.raw`\bcon (?:la|una|el|un|mi) (?:navaja|cuchilla|gillette|hoja|vidrio|cristal|cuchillo|cutter|cuter|aguja|tijeras|encendedor|mechero|cigarro|cigarrillo|cinturon)\b|\b(?:cortandome|golpeandome|quemandome)\b|\bsin (?:comer|dormir)\b(?! ${EVERYDAY_TREATS})`,
      ),
    ],
  },
  // A weapon, to be used on oneself.
  { grade: 'crisis', all: [WEAPON, /\busar(?:la|lo|las|los) (?:conmigo|en mi|contra mi)\b/], unless: OTHER_USE },
  {
    grade: 'crisis',
    all: [
      /\b(?:cortes|cicatrices|heridas|quemaduras|marcas|rayas) (?:[a-z]+ )?en (?:los|las|mis) (?:brazos|munecas|piernas|muslos|caderas)\b/,
      /\b(?:me (?:los|las) hice|me hice|yo mism[oa]|a proposito|otra vez|nuev[oa]s|fresc[oa]s|escondo|esconder|manga larga|que nadie (?:vea|sepa))\b/,
    ],
    unless: ACCIDENT,
  },
  { grade: 'crisis', all: [THINKING, METHOD_OR_DEATH] },
  {
    grade: 'crisis',
    all: [
      /\b(?:pienso en|pensando en|pense en|ganas de|me dan ganas de) (?:saltar|brincar)\b/,
      /\b(?:puente|bridge|vias|metro|edificio|building|ventana|azotea|techo|tejado|balcon|acantilado|barranco|precipicio|roof)\b/,
    ],
  },
  { grade: 'crisis', all: [HOPELESS, FINALITY] },
  {
    grade: 'crisis',
    all: [
      /\bsin mi\b/,
      /\b(?:estarian|estaria|estarias|estan|serian|seria|vivirian|les iria|le iria|iria) (?:todos |todas )?(?:mucho |muchisimo )?mejor\b/,
    ],
  },
  {
    grade: 'crisis',
    all: [
      /\b(?:ya )?(?:lo )?intente (?:una vez|antes|hace)\b|\b(?:tuve|hice|he tenido) un intento\b(?! de (?!suicidio))/,
      /\b(?:volver a intentarlo|intentarlo otra vez|intentarlo de nuevo|esas ideas|esos pensamientos|sigo pensando|lo vuelvo a pensar)\b/,
    ],
  },
  { grade: 'crisis', all: [CLEAR_PLAN] },
  { grade: 'crisis', all: [JUMP_FROM] },
  { grade: 'crisis', all: [GOODBYE_WORDS], unless: OTHER_FAREWELL },
  { grade: 'crisis', all: [GOODBYE_NOW] },
  {
    grade: 'crisis',
    all: [
      GIVEN_AWAY,
      /\b(?:ya no (?:las|los|lo|la) (?:voy a )?necesit|no voy a necesitar|cuando no este|cuando ya no este|cuando me vaya|antes de irme|todo|todas)\b/,
    ],
  },
  {
    grade: 'crisis',
    all: [/\b(?:se mato|se suicido|se quito la vida)\b/, /\b(?:yo tambien|como el|como ella|lo mismo|el siguiente|la siguiente|me toca)\b/],
  },
  { grade: 'crisis', all: [/\b(?:que tan|tan) alto\b/, /\b(?:no sobreviva|no sobrevivir|para morir|para matarse|mortal|letal)\b/] },
  { grade: 'crisis', all: [/\b(?:contrasena|contrasenas|claves|password)\b/, /\bpor si me pasa algo\b|\bcuando ya no este\b/] },
  {
    grade: 'crisis',
    all: [/\b(?:cuanto cuesta|comprar|conseguir) (?:una |un )?(?:pistola|arma|revolver|soga)\b/, /\bpor si acaso\b|\bpor si las dudas\b/],
  },
  // Pets and things given away before leaving, a will with everything settled, pills saved up, burns on the body.
  {
    grade: 'crisis',
    all: [
      /\b(?:le di|le he dado|regale|he regalado|les di|les regale)\b/,
      /\bporque (?:pronto |ya )?(?:me voy|no estare|no voy a estar|ya no (?:lo|la|los|las) (?:voy a )?necesit)/,
    ],
  },
  {
    grade: 'crisis',
    all: [/\bbeneficiari[oa]\b|\bseguro de vida\b|\blife insurance\b/, /\bpor si acaso\b|\bpor si me pasa algo\b|\bcuando ya no este\b/],
  },
  { grade: 'crisis', all: [/\btestamento\b/, /\b(?:todo atado|todo listo|todo arreglado|todo en orden|dejado todo)\b/] },
  { grade: 'crisis', all: [/\b(?:guardando|juntando|ahorrando|acumulando|escondiendo)\b/, PILLS_WORD], unless: ROUTINE },
  {
    grade: 'crisis',
    all: [
      /\bquemaduras\b|\bme quemo\b/,
      /\b(?:mechero|encendedor|cigarro|cigarrillo|plancha)\b/,
      /\b(?:piernas|brazos|muslos|piel|munecas|manos)\b/,
    ],
  },
  { grade: 'crisis', all: [/\b(?:adios|despedirme|me despido)\b/, /\bantes de irme(?:$| para siempre| ya| hoy)/] },
  { grade: 'crisis', all: [/\b(?:hart[oa]|cansad[oa]|hasta la madre) de vivir\b|\bhart[oa] de la vida\b/] },
];

/**
 * Words that, said of oneself to a calming skill and explained by no everyday idiom, are taken as
 * a warning: recall first. Only words that Spanish does not use lightly: "me muero", "muerto" and
 * "me mata" are said every day of hunger, work and heat, so they are not here; the statements that
 * use them for an ending are the crisis phrases.
 */
export const SPANISH_WARNING_WORDS =
  /\b(?:suicid[a-z]*|sobredosis|ahorcarme|ahorcarse|horca|matarme|matarse|envenenarme|desangrarme|autolesion[a-z]*|cortarme las venas|pegarme un tiro|volarme la cabeza|dosis letal|letal|no despertar|no despertarme|carta de despedida|quitarme la vida|quitarse la vida|unalive|kms|kill myself|self harm|overdose)\b/;
