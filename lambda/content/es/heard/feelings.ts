/**
 * What Spanish speakers say of how they feel, as data for the feelings net
 * (lambda/understanding/feelings.ts), in the fields of the English phrases (../../en/heard/feelings.ts),
 * read after the safety grade: distress, sleeplessness, the attachment worries of the source guide
 * (./feelings-attachment.ts), and the everyday feelings. Written for US, Mexican and Spain's speech,
 * with the forms that differ ("enojado" and "enfadado", "agüitado" and "de bajón", "no pego ojo",
 * "me late que", "estoy rayada", "me saca de quicio") and the English US speakers mix in ("estoy bien
 * stressed"). Matched against text normalised by normaliseFeelingText(text, 'es'): lowercase, no
 * accents ("estrés" reads "estres", "sueño" "sueno"), no punctuation, numbers as words. The everyday
 * idioms the grader sets aside ("estoy hecho polvo", "me muero de sueño", "me hierve la sangre")
 * are gone before these are read, as "dead tired" is in English.
 *
 * Two choices differ from the English on purpose. Being overwhelmed ("agobiado", "abrumada",
 * "estoy overwhelmed") is everyday stress in Spanish speech, so it hears a calm minute, not the
 * panic session and its crisis line. "Me estoy volviendo loca" is a figure of speech for stress,
 * as "me da pánico hablar en público" is one for worry; panic is an attack, a racing heart, losing
 * control, being terrified.
 *
 * A slot holds only what followed its carrier ("estoy {feeling}" leaves "reventado"), so the
 * words that carry a feeling on their own are also heard at the start of the text.
 */
import type { FeelingPhrases } from '../../../understanding/feeling-phrases';
import { SPANISH_ATTACHMENT, SPANISH_DISAGREEMENT } from './feelings-attachment';

const CANT_BREATHE = [
  /\bno (?:puedo|consigo|logro|me deja) (?:ni )?respirar\b|\bno puedo (?:tomar|jalar|agarrar|coger|meter) aire\b|\bno puedo recuperar el aliento\b/,
  /\b(?:me falta|me falto|me esta faltando|se me va|se me fue|se me esta yendo|no me llega|no me entra|no me alcanza) (?:el )?(?:aire|aliento|la respiracion)\b|\bfalta de aire\b/,
  /\bme cuesta (?:mucho |trabajo |mucho trabajo )?respirar\b|\b(?:dificultad|problemas) (?:para|al) respirar\b|\brespiro (?:mal|con dificultad)\b/,
  // Choking on air, not on work: "me ahogo con tanto trabajo" is not this.
  /\b(?:me ahogo|me estoy ahogando|siento que me ahogo|me asfixio|me estoy asfixiando)\b(?! (?:en|con|de|entre|por)\b)/,
  /\b(?:cant|cannot) (?:breathe|breath)\b|\bshort of breath\b/,
];

const PANIC = [
  // An attack, not a fear of something: "me da pánico hablar en público" is worry.
  /\b(?:ataque|crisis) de (?:panico|ansiedad|nervios)\b|\bpanic attack\b/,
  /\b(?:me entro|me esta entrando|me dio|me esta dando|tengo|siento|estoy en) (?:un |mucho )?panico\b(?! (?:a|de|por)\b)|^(?:un |mucho )?panico$/,
  // The heart racing; not Mexico's "me late que" (I have a feeling that).
  // A heart racing from a named everyday cause ("por los nervios", "por el examen") is nerves, not panic.
  /\b(?:el corazon me late|me late el corazon|se me acelera el corazon|tengo el corazon acelerado|el corazon se me sale|el corazon me va a mil)\b(?! (?:por|con) (?:los nervios|el estres|la ansiedad|el cafe|tanto cafe|el examen|la entrevista|la cita|la presentacion)\b)|\btaquicardia\b|\bpalpitaciones\b/,
  // What a carrier leaves of it: "tengo el {feeling}" leaves "corazón acelerado", "mi {feeling}" leaves "corazón late muy rápido".
  /^corazon (?:acelerad[oa]|a mil|me va a mil|(?:me )?late (?:muy )?(?:rapido|fuerte|a mil))$/,
  /\b(?:pierdo|perdiendo|perder|voy a perder) el control\b|\bno puedo (?:parar|dejar) de temblar\b/,
  /\bsiento que me (?:voy a morir|muero|va a dar (?:algo|un infarto)|da un infarto|desmayo|voy a desmayar)\b(?! por dentro)/,
  /\baterrad(?:isim)?[oa]s?\b|\baterrorizad(?:isim)?[oa]s?\b/,
  /\bfreaking out\b|\b(?:freak|friqu)ea(?:ndo|do|da)\b|\bheart (?:is )?(?:racing|pounding)\b|\bterrified\b/,
];

const CANT_SLEEP = [
  /\bno (?:puedo|logro|consigo|he podido|pude|podia|me puedo|me deja|me dejan) (?:ni )?(?:dormir|dormirme|conciliar el sueno)\b/,
  /\bme cuesta (?:mucho )?(?:dormir|dormirme|conciliar el sueno)\b|\bno concilio el sueno\b|\bno (?:he dormido|dormi|duermo) (?:nada|bien|casi nada)\b/,
  // Spain's "no pego ojo", Mexico's "no pegué el ojo".
  /\b(?:no (?:pego|pegue|he pegado|pude pegar|puedo pegar)|sin pegar) (?:el )?ojo\b/,
  /\binsomnio\b|\bdesvel(?:ad[oa]s?|o|andome)\b|\bno (?:me da|tengo) (?:nada de )?sueno\b/,
  /\b(?:sigo|todavia|aun) despiert[oa]\b|\bdespiert[oa] (?:toda la noche|a las|desde las|de madrugada|en la madrugada|todavia|aun)\b/,
  /\bme despierto (?:a cada rato|cada rato|cada hora|varias veces|en la noche|en la madrugada|a medianoche|a media noche|a mitad de la noche|a las)\b|\b(?:doy|dando|llevo) vueltas (?:en|por) la cama\b/,
  /\b(?:cant|cannot) sleep\b|\binsomnia\b/,
];

const ANGER = [
  /\benoj|\benfad|\bfurios[oa]s?\b|\bfuria\b|\brabia\b|\b(?:siento|tengo|mucha|con|de|llen[oa] de) ira\b|\bcolera\b|\bindignad(?:isim)?[oa]s?\b|\bresentid(?:isim)?[oa]s?\b|\brencor\b/,
  // Spain's "cabreado" and "mosqueado", Mexico's "encabronado" and "me da coraje".
  /\bcabread(?:isim)?[oa]s?\b|\bmosquead(?:isim)?[oa]s?\b|\bencabronad(?:isim)?[oa]s?\b|\bemputad(?:isim)?[oa]s?\b|\bfrustra|\birrit|\bmolest[oa]s?\b|\bme (?:molesta|molestan)\b/,
  /\b(?:me da|me dio|me dan|me dieron|tengo|hago|hice|hizo|mucho|un|que) corajes?\b/,
  /\bme (?:saca|sacan|saco|sacaron|esta sacando) de (?:quicio|mis casillas)\b|\bfuera de (?:quicio|mis casillas)\b/,
  /\bhart[oa]s?\b|\bhasta (?:la madre|el gorro|el mono|las narices|la coronilla)\b/,
  /\bestoy que (?:exploto|echo humo|muerdo|trino)\b|\b(?:echando|echo) chispas\b|\bvoy a explotar\b/,
  /\bangry\b|\bmad (?:at|with)\b|\bso mad\b|\bpissed\b|\bannoyed\b/,
];

const SADNESS = [
  /\btrist|\binfeliz\b|\bdeprimid(?:isim)?[oa]s?\b|\bdepresion\b|\bdepre\b|\bbajon\b|\bbajonead(?:isim)?[oa]s?\b|\bdesanimad(?:isim)?[oa]s?\b|\bdecaid(?:isim)?[oa]s?\b|\bdesmotivad(?:isim)?[oa]s?\b|\bmelancol/,
  // Mexico's "agüitado", "achicopalado", "apachurrado"; Spain's "de capa caída", "chof".
  /\bbaj[oa] de (?:animo|moral)\b|\b(?:el animo|la moral) (?:por los suelos|por el piso|muy baj[oa]|baj[oa])\b|\bde capa caida\b|\bchof\b|\baguitad(?:isim)?[oa]s?\b|\bachicopalad(?:isim)?[oa]s?\b|\bapachurrad(?:isim)?[oa]s?\b/,
  /\bllor[a-z]*\b(?! de (?:risa|alegria|felicidad|emocion))|\blagrimas\b/,
  /\bcorazon (?:roto|partido|destrozado|hecho pedazos)\b|\bme (?:rompio|rompieron|partio|partieron) el corazon\b|\bdestrozad(?:isim)?[oa]s?\b|\bdevastad(?:isim)?[oa]s?\b|\bhundid(?:isim)?[oa]s?\b|\bhech[oa] (?:pedazos|trizas)\b/,
  /\bme muero por dentro\b|\bvaci[oa]s?\b|\bdolid(?:isim)?[oa]s?\b|\bduelo\b|\bde luto\b|\b(?:se )?(?:murio|fallecio) (?:mi|mis|el|la)\b|\bperdi a mi\b|\bla muerte de mi\b/,
  /\bno estoy bien\b|\b(?:me siento|estoy|ando) (?:muy |tan |bien |super )?mal$|^(?:muy |tan |bien |super )?mal$|\b(?:sin|no tengo) ganas de nada\b/,
  /\bsad\b|\bdepressed\b|\bheartbroken\b/,
];

const WORRY = [
  /\bpreocup|\bnervios|\bmiedo\b|\basustad(?:isim)?[oa]s?\b|\bme asusta|\btemor\b|\b(?:me )?temo\b|\bpanico\b|\bme aterra\b|\bangusti|\bintranquil|\binquiet(?:[oa]s?|ud)\b|\btemblando\b/,
  /\bansios[oa]s? (?:por|de|con)\b|\bme late que\b|^y si\b|\by que tal si\b/,
  // Spain's "estoy rayada", "me como la cabeza"; Mexico's "con el pendiente", "me da cosa".
  /\brayad(?:isim)?[oa]s?\b|\bme (?:rayo|raye|estoy rayando|he rayado)\b|\brayandome\b|\bcomiendome la cabeza\b|\bme como (?:mucho )?la cabeza\b|\b(?:doy|dando|dandole) (?:muchas )?vueltas\b/,
  /\bme da cosa\b|\bcon el (?:pendiente|alma en un hilo|jesus en la boca)\b/,
  /\bnervous\b|\bworried\b|\bworry\b|\bscared\b|\bafraid\b|\banxious (?:about|for)\b|\bwhat if\b/,
];

/** Worn out, at the start of a slot ("estoy {feeling}" leaves "reventado") or after "estoy", "ando". */
const WORN_OUT = /(?:agotad|reventad|fundid|rendid|molid|frit|tronad)(?:isim)?[oa]s?\b/;

const STRESS = [
  /\bestres|\bstress|\bagobi|\babrum|\boverwhelm|\bsaturad(?:isim)?[oa]s?\b|\bdesbordad(?:isim)?[oa]s?\b|\bansiedad\b|\bansios[oa]s?\b|\banxious\b|\banxiety\b/,
  /\btens[oa]s?\b|\btension\b|\bpresion\b(?! (?:alta|baja|arterial))|\bpresionad(?:isim)?[oa]s?\b|\bpressure\b|\bon edge\b|\btense\b/,
  new RegExp(`^(?:muy |bien |super |re |todo |toda )?${WORN_OUT.source}`),
  new RegExp(`\\b(?:estoy|ando|quede|acabe|termine|llegue|me siento) (?:muy |bien |super |re |todo |toda )?${WORN_OUT.source}`),
  /\bagotad(?:isim)?[oa]s?\b|\bquemad(?:isim)?[oa]s? (?:del|de|con|por) (?:el |la |los |mi )?(?:trabajo|curro|chamba|jale|escuela|uni|universidad)\b|\bburn(?:ed|t)? ?out\b|\bexhausted\b/,
  /\bdemasiad[oa]s? (?:cosas|trabajo|pendientes|presion|que hacer|responsabilidades|tareas)\b|\b(?:es|son) demasiad[oa]\b|^demasiad[oa]$|^con (?:todo|esto|todo esto)$|\bmil (?:cosas|pendientes)\b|\btoo much\b/,
  /\bno doy abasto\b|\bno me da la vida\b|\ba tope de\b|\bhasta (?:arriba|el cuello) de\b|\bno (?:me da|me alcanza) el tiempo\b|\bno tengo tiempo (?:de|para) nada\b/,
  /\bno (?:puedo|logro|consigo|me puedo) (?:relajarme|relajar|calmarme|calmar|tranquilizarme|tranquilizar|desconectar)\b/,
  // A bad day: "un día de perros", "una semana fatal", "un día súper pesado".
  /\bmal dia\b|\b(?:un|una|el|la|este|esta) (?:dia|semana|jornada|mes|turno) (?:muy |super |bien |re )?(?:horrible|fatal|pesad[oa]|pesadisim[oa]|terrible|de perros|de locos|malisim[oa]|espantos[oa]|brutal|dificil|dur[oa]|complicad[oa])\b/,
  /\bpesadisim[oa]\b|\bfatal\b|\bhorrible\b|\bterrible\b|\bawful\b|\bbad day\b/,
  /\bocupadisim[oa]s?\b|\bmuy ocupad[oa]s?\b|\b(?:ando|estoy|voy) (?:a mil|a full|de cabeza|como loc[oa])\b|\bbusy\b|\bhectic\b/,
  /\balterad(?:isim)?[oa]s?\b|\bdisgustad(?:isim)?[oa]s?\b|\bbatallando\b|\bvolviendo loc[oa]\b|\bme (?:vuelve|vuelven|va a volver|van a volver) loc[oa]\b|\bupset\b|\bstruggling\b/,
];

export const SPANISH_FEELINGS: FeelingPhrases = {
  aboutThemselves: /\b(?:yo|me|mi|mis|conmigo|nosotros|nosotras|nos|estoy|siento|tengo|soy|quiero|necesito)\b/,
  cantBreathe: CANT_BREATHE,
  panic: PANIC,
  cantSleep: CANT_SLEEP,
  attachment: SPANISH_ATTACHMENT,
  disagreement: SPANISH_DISAGREEMENT,
  anger: ANGER,
  sadness: SADNESS,
  worry: WORRY,
  stress: STRESS,
};
