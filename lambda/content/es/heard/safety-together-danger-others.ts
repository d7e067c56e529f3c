/**
 * Spanish statements of danger now that someone else is in, told by the person who knows
 * (./safety-together.ts explains the rules): a friend who has said goodbye and is at a bridge, a
 * roommate who says today is the day. What Steady answers is the same: the emergency number first.
 */
import type { SafetyRule } from '../../../safety/safety-phrases';

/** Someone else's goodbye, just told or sent. */
const THEIR_GOODBYE = /\bse (?:despide|despidio|esta despidiendo|ha despedido)\b|\bdespidiendose\b/;
/** Where one goes to jump. */
const A_PLACE_TO_JUMP =
  /\b(?:puente|azotea|techo del|tejado|cornisa|vias|anden|barranco|acantilado|precipicio|risco|bridge|roof|rooftop|overpass)\b/;
/** A farewell to a place that is travel: a border bridge, a move, a trip. */
const A_TRIP =
  /\b(?:viaje|viaja|vacaciones|frontera|aeropuerto|avion|autobus|mudanza|se muda|se va a vivir|de regreso|turistas?|fotos?|paseo)\b/;
/** Their saying they will end their life, and when or with what. */
const SAYS_THEY_DIE =
  /\bque (?:hoy |esta noche |ahorita |ya )?se (?:mata|va a matar|quiere matar|va a quitar la vida|quiere quitar la vida|avienta|va a aventar|tira|va a tirar|lanza|va a lanzar)\b/;
const NOW_OR_MEANS =
  /\b(?:hoy|techo|rio|vias|tren|edificio|balcon|ventana|esta noche|ahorita|ahora|ya|pistola|gun|arma|cuchillo|navaja|pastillas|encerrad[oa]|se encerro|puente|azotea|vias)\b/;
/** Said of a game, a team, a bet: "dice que se mata si pierde el américa". */
const FIGURE_OF_SPEECH =
  /\b(?:si pierde|si gana|si no (?:gana|pasa|llega)|jaja|jajaja|broma|bromeando|de risa|de la risa|partido|examen)\b/;

/** Someone close who drank a poison, or is bleeding from the arms. */
const SOMEONE_CLOSE =
  /\b(?:mi|mis) (?:hijo|hija|hijos|hijas|hermano|hermana|amigo|amiga|novio|novia|esposo|esposa|marido|mujer|pareja|mama|madre|papa|padre|roommate|companero|companera|prima|primo|sobrino|sobrina)\b/;
const THEY_DRANK = /\bse (?:ha bebido|bebio|ha tomado|tomo|ha tragado|trago|acaba de tomar|acaba de beber)\b/;
const A_POISON =
  /\b(?:desatascador|destapacanos|lejia|cloro|veneno|raticida|matarratas|insecticida|pesticida|anticongelante|sosa|acido|salfuman|gasolina|thinner|aguarras|bleach|clorox|cloralex)\b/;
const ARMS_BLEEDING = /\b(?:sus brazos|sus munecas|sus piernas) (?:sangrando|llenos? de sangre|cortad[oa]s)\b/;

export const SPANISH_DANGER_OTHERS_TOGETHER: readonly SafetyRule[] = [
  { grade: 'danger', all: [SOMEONE_CLOSE, THEY_DRANK, A_POISON] },
  { grade: 'danger', all: [ARMS_BLEEDING] },
  { grade: 'danger', all: [THEIR_GOODBYE, A_PLACE_TO_JUMP], unless: A_TRIP },
  { grade: 'danger', all: [SAYS_THEY_DIE, NOW_OR_MEANS], unless: FIGURE_OF_SPEECH },
];
