/**
 * Spanish statements of danger now, as words that count together (./safety-together.ts explains
 * the rules), for the places and the scenes: a height, an edge, the tracks, the water, the road
 * and a crash meant, someone else about to jump; and the words those rules are made of.
 */
import type { SafetyRule } from '../../../safety/safety-phrases';

import {
  ONLY_THOUGHT,
  GOODBYES_DONE,
  ON_A_HEIGHT,
  AT_AN_EDGE,
  AT_A_PLACE,
  ENDING_ACT,
  SIGHTSEEING,
  JUMP_FROM,
  INTENT_NOW,
} from './safety-parts';

/** At the wheel, and a crash meant. */
const DRIVING =
  /\b(?:manejando|conduciendo|manejo|conduzco|al volante|voy driving|driving|freeway|autovia|voy en (?:el|mi) (?:coche|carro|auto|camioneta|moto)|en la carretera|en la autopista|driving)\b/;
const CRASH =
  /\b(?:crashear|crashearme|estampar(?:me)?|me voy a estampar|me estampo|(?:chocar|estrellar|crashear) (?:el|mi) (?:carro|coche|auto|camioneta|troca|car)|(?:manejar|conducir|salirme) (?:off the road|fuera de la carretera|al barranco)|estrellarme|me voy a estrellar|me estrello|estrellar (?:el|mi) (?:carro|coche|auto)|chocar contra|chocarme contra|(?:meterme|me voy a meter|me meto) (?:debajo de|bajo|frente a) (?:un|una|el|la) (?:trailer|camion|tren)|volantazo|salirme de la carretera|acelerar a fondo|sin frenar|no voy a frenar|no pienso frenar|soltar el volante|(?:hacia|al|contra) (?:el|un) (?:barranco|precipicio|vacio|muro|poste|arbol|pilar))\b/;
const ON_PURPOSE = /\b(?:a proposito|adrede|a drede|intencionalmente|queriendo|para (?:matarme|morir|acabar|no volver))\b/;
const FEAR = /\b(?:miedo|temo|nervios|ansiedad|panico|casi)\b/;
/** Walking into water, not to come back. */
const INTO =
  /\b(?:meterme|me voy a meter|me meto|me meti|me he metido|entre|me estoy metiendo|metiendome|entrar|caminar|caminando|nadar|nadando|adentrarme|me adentro)\b/;
const WATER = /\b(?:mar|rio|lago|presa|agua|olas|laguna)\b/;
const NOT_COMING_BACK =
  /\b(?:hasta no volver|y no volver|sin volver|hasta que no pueda (?:volver|regresar|salir)|no voy a (?:salir|regresar|volver)|para no (?:volver|regresar|salir)|hasta el fondo|hasta ahogarme|hasta hundirme|hasta desaparecer|no pienso (?:volver|regresar|salir)|con piedras)\b/;
/** A vehicle coming, and stepping or throwing oneself before it. */
const VEHICLE_COMING = /\b(?:tren|metro|trailer|trailers|camion|camiones|autobus|bus|coches|carros|trafico|traileres)\b/;
const BEFORE_IT =
  /\b(?:me tiro|me aviento|me lanzo|me arrojo|tirarme|aventarme|lanzarme|arrojarme|me cruzo|cruzarme|me voy a cruzar|me atravieso|atravesarme|me pongo delante|ponerme delante|me pongo enfrente|ponerme enfrente|me meto|meterme)\b/;
const COMING_NOW =
  /\b(?:cuando|en cuanto|justo cuando|al pasar|cuando pase|cuando venga|cuando vengan|cuando entre|cuando llegue|ya viene|ahi viene)\b/;

export const SPANISH_DANGER_PLACES_TOGETHER: readonly SafetyRule[] = [
  // A height, an edge, the tracks, the sea.
  { grade: 'danger', all: [ON_A_HEIGHT], unless: SIGHTSEEING },
  { grade: 'danger', all: [AT_AN_EDGE], unless: SIGHTSEEING },
  { grade: 'danger', all: [AT_A_PLACE, ENDING_ACT], unless: SIGHTSEEING },
  { grade: 'danger', all: [JUMP_FROM, INTENT_NOW], unless: ONLY_THOUGHT },
  { grade: 'danger', all: [INTO, WATER, NOT_COMING_BACK] },
  { grade: 'danger', all: [DRIVING, CRASH], unless: FEAR },
  { grade: 'danger', all: [CRASH, ON_PURPOSE] },
  { grade: 'danger', all: [CRASH, /\b(?:voy a|me voy a|pienso|quiero|ahorita|ahora)\b/], unless: FEAR },
  { grade: 'danger', all: [VEHICLE_COMING, BEFORE_IT, COMING_NOW] },
  {
    grade: 'danger',
    all: [
      /\b(?:estoy|ya estoy|sigo|me quede|me acoste|acostad[oa]|parad[oa]) (?:[a-z]+ ){0,3}(?:la via|las vias|los rieles)\b/,
      /\b(?:tren|cercanias|metro|pasa|viene|llega|no me voy a mover|no me muevo)\b/,
    ],
  },
  {
    grade: 'danger',
    all: [
      /\b(?:ya estoy|estoy|me pare|me subi) (?:en )?(?:la orilla|el borde|la cornisa)\b/,
      /\b(?:roof|azotea|techo|edificio|building|puente|bridge|piso|terraza|balcon)\b/,
    ],
  },
  {
    grade: 'danger',
    all: [GOODBYES_DONE, /\b(?:subiendo|subo|estoy en|voy (?:al|a la|para el|para la)|lo alto|azotea|puente|edificio|ahora|esta noche)\b/],
  },
  {
    grade: 'danger',
    all: [
      /\b(?:me llega|me cubre|me tapa) (?:al|a la|hasta el|hasta la) (?:pecho|cuello|cintura|barbilla)\b|\bme meti (?:al|en el|a la|en la) (?:mar|rio|lago|presa|pantano|agua)\b/,
      /\b(?:no pienso salir|no voy a salir|seguir caminando|sigo caminando|sigo entrando|hasta que no toque|no se nadar|mas adentro|hasta el fondo)\b/,
    ],
  },
  {
    grade: 'danger',
    all: [
      /\b(?:balcon|ventana|azotea|cornisa|barandal|barandilla|puente|techo)\b/,
      /\b(?:una pierna|las piernas|un pie|los pies) (?:fuera|afuera|por fuera|colgando|del otro lado)\b/,
    ],
  },
  {
    grade: 'danger',
    all: [
      /\b(?:mi|una|un) (?:amiga|amigo|hermana|hermano|hija|hijo|mama|papa|novia|novio|prima|primo|vecina|vecino|pareja|esposa|esposo)\b/,
      /\bse va a (?:tirar|aventar|lanzar|matar|colgar|cortar)\b|\bse (?:tira|avienta|mata|lanza) ahora\b|\bdiciendo que se (?:tira|mata|avienta|lanza)\b/,
    ],
  },
  {
    grade: 'danger',
    all: [
      /\b(?:parad[oa]|sentad[oa]|subid[oa]|asomad[oa]|colgad[oa]) (?:en|sobre|al) (?:el |la )?(?:puente|overpass|bridge|azotea|techo|cornisa|barandal|barandilla|orilla|borde|roof|ledge)\b/,
      /\b(?:mirando (?:abajo|hacia abajo|para abajo)|voy a|me voy a|no pienso|ya no|me tiro|saltar|tirarme)\b/,
    ],
  },
  {
    grade: 'danger',
    all: [
      /\b(?:estoy|ya estoy|me pare|me subi)(?: aqui| ya)? (?:en )?(?:la orilla|el borde|la cornisa)\b/,
      /\b(?:cliff|acantilado|puente|bridge|azotea|roof|edificio|building|risco|barranco)\b/,
    ],
  },
  // Someone close who says they will jump, up on a height: "mi hijo está en el roof y dice que va a saltar".
  {
    grade: 'danger',
    all: [
      /\b(?:mi|una|un) (?:amiga|amigo|hermana|hermano|hija|hijo|mama|papa|novia|novio|prima|primo|pareja|esposa|esposo|roomie|companer[oa] de piso)\b/,
      /\b(?:dice|dijo|esta diciendo|amenaza con) que (?:se va a (?:aventar|tirar|lanzar)|va a (?:aventarse|tirarse|lanzarse)|va a saltar(?! (?:la|el|los|las|un|una|en paracaidas|al agua)\b))\b/,
      /\b(?:roof|techo|azotea|puente|bridge|edificio|balcon|ventana|cornisa|acantilado|barandal|barandilla)\b/,
    ],
    unless: /\b(?:alberca|piscina|clavado|bungee|puenting|paracaidas|tobogan|trampolin|agua|rio|cuerda)\b/,
  },
  // Up high, about to throw oneself: "aquí estoy arriba y ya me voy a aventar".
  {
    grade: 'danger',
    all: [
      /\b(?:ya )?me voy a (?:aventar|tirar|lanzar)(?=$| (?:de|del|desde|al vacio|por (?:la|el) (?:ventana|balcon|barandal)|ya|ahorita|ahora)\b)|\bya me aviento$/,
      /\b(?:(?:estoy|ando|aqui) arriba|puente|bridge|golden gate|azotea|roof|edificio|techo|cornisa|acantilado|risco)\b/,
    ],
    unless: /\b(?:alberca|piscina|clavado|bungee|puenting|paracaidas|tobogan|trampolin|jaja|jajaja|nadar)\b/,
  },
  // On the tracks, not moving: "el carro está en las vías del tren y no me voy a mover".
  {
    grade: 'danger',
    all: [
      /\b(?:en|sobre) las vias\b(?! (?:urinarias|biliares|respiratorias))/,
      /\bno me (?:voy a (?:mover|quitar|bajar)|muevo|quito|bajo)\b(?! (?:el|la|los|las|del|de la|de mi|hasta que se)\b)|\b(?:espero|esperando) (?:a )?que pase el tren\b(?! para)/,
    ],
    unless: /\b(?:monedas|juguete|lego|maqueta|navidad|munequitos|trabaja|trabajadores|obras|fotografos|foto|urinarias)\b/,
  },
];
