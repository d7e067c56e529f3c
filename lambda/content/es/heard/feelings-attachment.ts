/**
 * The attachment worries of the source guide as Spanish speakers say them, for the feelings net:
 * being left ("me da miedo que me deje", "terminamos", "tengo miedo de perderla"), rejected
 * ("nadie me pela", "me hace el vacío", "me dejó en visto"), jealous or not enough ("me dan
 * celos", "no soy suficiente"), worried about a partner who has not answered ("mi novio no me
 * contesta", "no sé nada de él"), and lonely ("me siento sola", "echo de menos a mi madre").
 * In order: the first feeling whose words are heard is the one answered. Matched against text
 * normalised by normaliseFeelingText(text, 'es'): lowercase, no accents ("dejó" reads "dejo",
 * "extraño" "extrano"), no punctuation.
 */
import type { FeelingPhrases } from '../../../understanding/feeling-phrases';

/** Whom a partner is: US, Mexican and Spain's words, and the English US speakers mix in. */
const PARTNER =
  /\b(?:pareja|novi[oa]|esposo|esposa|marido|prometid[oa]|boyfriend|girlfriend|husband|wife|bf|gf)\b|\bmi (?:mujer|chic[oa]|hombre|amor|media naranja)\b/;

export const SPANISH_ATTACHMENT: FeelingPhrases['attachment'] = [
  {
    feeling: 'abandoned',
    theme: 'left',
    patterns: [
      /\babandon/,
      // "Me dejó", "que me deje", "me va a dejar": at the end, or for someone, or for good; not
      // "me dejó en visto" (rejected), "me dejo llevar" or "que me dejen en paz".
      /\bme (?:dejo|dejaron|dejaste|deje|dejen|dejara|dejaria|ha dejado|han dejado|has dejado|quiere dejar|va a dejar|van a dejar|vas a dejar|iba a dejar)(?:$| por\b| sol[oa]\b| para siempre\b| y se fue\b| mi (?:novi[oa]|pareja|espos[oa]|marido|mujer|chic[oa])\b)/,
      /\b(?:quiere|quieren|va a|van a|vas a|iba a|piensa) dejarme\b(?! (?:en visto|en paz|plantad|esperando|de|un|una))/,
      /\b(?:termino|corto|rompio|acabo) conmigo\b|\b(?:terminar|cortar|romper) conmigo\b/,
      /\b(?:terminamos|cortamos|rompimos)\b(?! (?:el|la|los|las|un|una|de|tarde|temprano|pronto|a tiempo))/,
      /\bnos (?:separamos|estamos separando|vamos a separar|divorciamos|estamos divorciando|vamos a divorciar)\b|\b(?:quiere|pidio|me pidio) (?:el divorcio|separarse|que nos separemos)\b|\bruptura\b/,
      /\b(?:se fue|se ha ido|se marcho|se ha marchado|se largo) (?:de (?:la|mi|nuestra) casa|con otr[oa]|y me dejo)\b/,
      /\b(?:perderlo|perderla|perderle|perderte|perder a mi (?:novi[oa]|pareja|espos[oa]|marido|mujer))\b/,
      /\bbreak ?up\b|\bbroke up\b|\bdumped me\b|\bleft me\b/,
    ],
  },
  {
    feeling: 'rejected',
    theme: 'rejection',
    patterns: [
      /\brechaz/,
      /\bnadie me (?:quiere|ama|hace caso|pela|toma en cuenta)\b|\bno me (?:quiere|quieren|ama|aman|hace caso|hacen caso|pela|pelan|toman en cuenta)\b/,
      /\b(?:no me siento|nada|poco) querid[oa]\b|\bno (?:le|les) importo\b/,
      /\b(?:me ignora|me ignoran|me ignoro|me ignoraron|me esta ignorando|me estan ignorando|ignorad[oa])\b|\bme (?:hace|hacen|hizo|hicieron) el vacio\b/,
      /\bme (?:dejo|dejaron|ha dejado|han dejado) (?:en visto|plantad[oa]|fuera|afuera|de hablar)\b|\bme (?:dio|han dado|dieron) calabazas\b|\bme (?:bateo|batearon)\b/,
      /\bme (?:ghosteo|ghostearon|ghostea|han ghosteado|ha ghosteado)\b|\bghosted\b/,
      /\bexcluid[oa]\b|\bme (?:dejan|dejaron|hicieron|hacen) a un lado\b|\bno me invit(?:an|aron|o)\b/,
      /\bunwanted\b|\bleft out\b|\bnobody wants me\b/,
    ],
  },
  {
    feeling: 'jealous',
    theme: 'not-enough',
    patterns: [
      /\bcel(?:os|os[oa]s?)\b|\benvidi(?:a|os[oa]s?)\b|\bjealous|\benvious\b/,
      /\bno soy (?:lo )?(?:suficiente|suficientemente|bastante) (?:buen[oa]|bonit[oa]|guap[oa]|para)\b|\bno soy (?:lo )?suficiente$|\bno estoy a la altura\b/,
      /\b(?:es|son) mejor(?:es)? que yo\b|\bme compara(?:s|n)? con\b|\bnot good enough\b/,
    ],
  },
  {
    feeling: 'partner-worry',
    theme: 'waiting',
    patterns: [
      PARTNER,
      // Not answering, writing, calling back ("no me textea" in the US, "no me marca" in Mexico).
      /\bno (?:me )?(?:ha |han |has )?(?:contesta|contestan|contesto|contestado|responde|responden|respondio|respondido|escribe|escriben|escribio|escrito|textea|texteo|texteado|marca|marco|marcado)\b/,
      /\bno me (?:ha |han )?(?:llama|llaman|llamo|llamado)\b(?! la atencion)|\bno me (?:regresa|devuelve|devolvio|ha devuelto) (?:la llamada|las llamadas|los mensajes|el mensaje)\b/,
      /\bno me (?:ha |han )?(?:manda|mando|mandado|envia|envio|enviado) (?:ni )?(?:un )?(?:mensaje|mensajes|nada|whats|wasap|texto)\b/,
      /\bno (?:se|he sabido|sabemos|hemos sabido|supe) nada de (?:el|ella|mi)\b/,
      /\besperando (?:a )?(?:que (?:me )?(?:conteste|responda|llame|escriba|mande|marque)|su (?:mensaje|llamada|respuesta))\b/,
      /\b(?:has not|did not|not) (?:texted|replied|called|answered) (?:me )?(?:back)?/,
    ],
  },
  {
    feeling: 'lonely',
    // Loneliness is answered with the words for feeling alone, not for waiting on a reply.
    theme: 'left',
    patterns: [
      /\bsoledad\b|\bsolitari[oa]s?\b|\baislad(?:isim)?[oa]s?\b|\blonely\b|\balone\b/,
      // "Estoy sola", "me siento solo": not "estoy solo cansado" ("just") or "sola con los niños".
      /\b(?:me siento|me he sentido|me quede|me he quedado|estoy|ando|sigo|he estado) (?:muy |tan |bien |super |re |un poco |completamente )?sol[oa]s?(?:$| y\b| en (?:casa|el mundo|la vida|esta)\b| esta noche\b| todo el\b| toda la\b| siempre\b| otra vez\b| de nuevo\b)/,
      /^(?:muy |tan |bien |super |un poco )?sol[oa]s?(?:$| y\b| en (?:casa|el mundo|la vida|esta)\b| esta noche\b| todo el\b| toda la\b| siempre\b)/,
      /\bno tengo (?:a )?nadie\b|\bnadie con quien hablar\b|\bno tengo (?:con quien hablar|amigos|amigas)\b|\bnadie me (?:llama|escribe|habla|busca)\b/,
      // Missing someone: "lo extraño", "extraño a mi mamá", "echo de menos a mi madre"; not "me siento extraño".
      /\b(?:lo|la|los|las|le|les|te) (?:extrano|extrana|extranamos|echo de menos|echamos de menos)\b|\bextrano (?:a|mucho|muchisimo|tanto)\b|\bextranando\b|\becho de menos a\b|\bechando de menos\b|\bmiss (?:him|her|them|my)\b/,
    ],
  },
];

/** Arguing with a partner is its own theme of the anxious-thought session. */
export const SPANISH_DISAGREEMENT =
  /\b(?:discut[a-z]*|pele[a-z]*|pleitos?|desacuerdo|broncas?|renimos|renido|renida|rina|nos agarramos|nos enojamos|nos enfadamos|no estamos de acuerdo|argued|argue|arguing|argument|fight|fought|fighting)\b/;
