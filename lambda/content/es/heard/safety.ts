/**
 * What Spanish speakers say, as data for the safety grader (../grade.ts), in the same categories
 * as English (en.ts): danger now, crisis, and the everyday idioms that borrow their words ("me
 * muero de hambre", "este tráfico me mata", "estoy muerto de cansancio"). Matched against text
 * normalised by normaliseFeelingText (lowercase, accents off: "está" reads "esta", "año" "ano").
 *
 * The categories follow the same sources (docs/safety-sources.md): the C-SSRS, whose Spanish
 * version asks after the wish to be dead ("deseos de estar muerto"), active thoughts, method,
 * intent, plan and preparatory acts; and the warning signs the 988 Lifeline's Spanish service,
 * Mexico's Línea de la Vida and Spain's 024 publish. Written for US, Mexican and Spanish speech,
 * with the regional forms that differ ("agobiado", "ando", "pastillas", "la neta").
 */
import type { SafetyPhrases, SafetyRule } from '../../../safety/safety-phrases';

/** Danger now: something taken, a wound that bleeds, a height, a means in hand, a time set. */
const DANGER: readonly RegExp[] = [
  /\b(?:me tome|tome|me trague|trague|me acabo de tomar|me he tomado|ya me tome) (?:[a-z]+ ){0,4}(?:pastillas|pildoras|tabletas|medicinas|medicamentos|frasco|caja|blister|veneno|cloro|lejia|raticida|todo)\b/,
  /\b(?:estoy|ando) (?:en|sobre|arriba del?|parado en|parada en|sentado en|sentada en) (?:el |la |un |una )?(?:puente|cornisa|azotea|tejado|borde|barandal|barandilla|vias|via del tren|acantilado|balcon|ventana)\b/,
  /\b(?:tengo|traigo) (?:la|el|una|un) (?:pistola|arma|cuchillo|navaja|cuerda|soga|cinturon) (?:[a-z]+ ){0,4}(?:en la mano|aqui|lista|listo|cargada|conmigo|en el cuello)\b/,
  /\b(?:me corte|me estoy cortando|me raje|me abri) (?:[a-z]+ ){0,3}(?:las venas|la muneca|las munecas|el brazo|muy profundo)\b|\bno (?:para|deja) de sangrar\b/,
  /\b(?:esta noche|hoy|ahorita|ahora mismo|en un rato) (?:[a-z]+ ){0,4}(?:me mato|me voy a matar|lo hago|lo voy a hacer|me quito la vida|me aviento|me tiro)\b/,
  /\b(?:me voy a|voy a) (?:tirar|aventar|lanzar) (?:del|de la|desde el|desde la|al|a las) (?:puente|edificio|azotea|tejado|balcon|ventana|vias|metro|tren)\b/,
  /\b(?:ya )?(?:escribi|deje) (?:la|una|mi) (?:carta|nota) (?:de despedida|para mi familia|para todos)\b/,
];

/** Crisis: wanting to die, thoughts of suicide, self-harm, goodbyes, a burden, no way out. */
const CRISIS: readonly RegExp[] = [
  /\bsuicid/,
  /\b(?:matarme|me quiero matar|quiero matarme|me voy a matar|quitarme la vida|me quiero quitar la vida|acabar con mi vida|terminar con mi vida|acabar con todo|ya no quiero vivir|no quiero vivir|no quiero seguir viviendo|quiero morir|quiero morirme|me quiero morir|ojala me muriera|ojala estuviera muerto|ojala estuviera muerta|desearia estar muerto|desearia estar muerta|mejor muerto|mejor muerta)\b/,
  /\b(?:no quiero|ya no quiero) (?:despertar|despertarme|seguir|estar aqui|existir)\b/,
  /\b(?:me corto|me cortaba|me he cortado|me lastimo|me hago dano|hacerme dano|autolesion|me quemo|me hago cortes|volvi a cortarme)\b/,
  /\b(?:todos|mi familia|el mundo) (?:estarian|estaria) mejor sin mi\b|\bsoy una carga\b|\bnadie me extranaria\b/,
  /\bno (?:le )?veo (?:salida|sentido a (?:la vida|vivir|nada))\b|\bno hay salida\b|\bno tiene sentido vivir\b/,
  /\b(?:me estoy despidiendo|vengo a despedirme|esto es un adios|adios para siempre|regale mis cosas|estoy regalando mis cosas)\b/,
  /\b(?:pienso|pensando|pense|he pensado) en (?:matarme|suicidarme|morirme|quitarme la vida|tirarme|aventarme)\b/,
  /\b(?:desaparecer para siempre|dormir para siempre|no despertar nunca)\b/,
];

/** Everyday speech that borrows those words: hunger, tiredness, traffic, laughter, batteries. */
const IDIOMS: readonly RegExp[] = [
  /\bme muero (?:de|por) (?:hambre|sed|sueno|risa|ganas|frio|calor|verguenza|aburrimiento|cansancio|amor|curiosidad|nervios)\b/,
  /\b(?:muerto|muerta|muertos|muertas) de (?:cansancio|sueno|hambre|risa|frio|calor|miedo|verguenza|aburrimiento)\b/,
  /\b(?:el|este|ese|la|esta|esa|mi) (?:[a-z]+ ){0,2}(?:me|nos) (?:mata|esta matando|matan|va a matar)\b/,
  /\bme mata (?:de risa|la risa)\b|\bme matas\b|\bme mataste\b/,
  /\b(?:mi|el|la) (?:celular|movil|telefono|bateria|laptop|computadora|ordenador|coche|carro|planta) (?:se )?(?:murio|esta muerto|esta muerta|se esta muriendo|se va a morir)\b/,
  /\b(?:me corte|cortarme|cortar) el (?:pelo|cabello|fleco|flequillo)\b|\bme corte (?:con|al) (?:un papel|el cuchillo cocinando|cocinando)\b/,
  /\bmata(?:r)? (?:el|la|los|las) (?:tiempo|timer|temporizador|alarma|musica|luz|luces|bichos|mosquitos|cucarachas)\b/,
];

/** Words that count together, as in English (en-together.ts). */
const TOGETHER: readonly SafetyRule[] = [
  {
    grade: 'danger',
    all: [
      /\b(?:pastillas|pildoras|tabletas|medicinas|pistola|arma|cuchillo|navaja|cuerda|soga)\b/,
      /\b(?:en la mano|aqui conmigo|listas|listos|lista|listo|cargada|en el cuello|ahorita|ahora)\b/,
    ],
  },
  {
    grade: 'crisis',
    all: [/\b(?:quiero|quisiera|ojala|deseo)\b/, /\b(?:morir|morirme|estar muerto|estar muerta|desaparecer|no despertar|no existir)\b/],
  },
];

const WARNING_WORDS =
  /\b(?:muero|muerto|muerta|morir|morirme|murio|mata|matar|matando|suicidio|suicidarme|matarme|sobredosis|soga|horca|cortarme|despedida|no despertar)\b/;

export const SPANISH_SAFETY: SafetyPhrases = {
  danger: DANGER,
  crisis: CRISIS,
  idioms: IDIOMS,
  together: TOGETHER,
  warningWords: WARNING_WORDS,
  openings: ['yo', 'estoy', 'me'],
};
