/**
 * What Spanish speakers say, as data for the safety grader (../../../safety/grade.ts), in the same
 * categories as English (../../en/heard/safety.ts): danger now, crisis (./safety-crisis.ts),
 * statements made of parts said together (./safety-together.ts), and the everyday idioms that
 * borrow their words ("me muero de hambre", "este tráfico me mata", "estoy muerto de cansancio",
 * "me tiro a la alberca"). Matched against text normalised by normaliseFeelingText (lowercase,
 * accents and punctuation off, numbers said as words: "está" reads "esta", "año" "ano", "30
 * pastillas" "treinta pastillas").
 *
 * The categories follow the same sources (docs/safety-sources.md): the C-SSRS, whose Spanish
 * version asks after the wish to be dead ("deseos de estar muerto"), active thoughts, method,
 * intent, plan and preparatory acts; and the warning signs the 988 Lifeline's Spanish service,
 * Mexico's Línea de la Vida and Spain's 024 publish. Written for US, Mexican and Spanish speech,
 * with the regional forms that differ ("aventarse" and "tirarse", "pastillas" and "pastis",
 * "azotea" and "terraza", "ahorita" and "ahora mismo") and the English US speakers mix in.
 */
import type { SafetyPhrases } from '../../../safety/safety-phrases';
import { SPANISH_CRISIS } from './safety-crisis';
import { SPANISH_EVERYDAY_IDIOMS } from './safety-idioms-everyday';
import { SPANISH_TOGETHER } from './safety-together';
import { SPANISH_WARNING_WORDS } from './safety-together-crisis';

/** Danger now, said whole: an act under way, a wound, a height, a means in hand, a note left. */
const DANGER: readonly RegExp[] = [
  // Something taken: poison, an overdose (pills counted out are parts: ./safety-together.ts).
  /\b(?:me tome|tome|me trague|trague|me he tomado|me he tragado|me bebi|bebi|me he bebido) (?:[a-z]+ ){0,3}(?:veneno|raticida|matarratas|cloro|lejia|insecticida|pesticida|herbicida|anticongelante|fosfuro)\b(?! (?:para (?:limpiar|lavar)|por error))/,
  /\bme (?:acabo de tomar|tome|he tomado|eche) una sobredosis\b|\b(?:took|swallowed) (?:all|a bottle of|a bunch of) (?:my |the )?(?:pills|meds)\b/,
  // Cutting now, a wound that bleeds.
  /\b(?:me estoy cortando|me estoy haciendo cortes|me estoy rajando|estoy cortandome|me acabo de cortar|me acabo de hacer (?:un corte|cortes)|me corte las venas|me raje las venas|me abri las venas|me he cortado las venas)\b/,
  /\bno (?:me |le |se me )?(?:para|deja|paro|dejo) de (?:sangrar|salir sangre)\b|\b(?:me estoy desangrando|me voy a desangrar)\b/,
  // A weapon or a rope on the body.
  /\b(?:la|una|mi) (?:pistola|arma|escopeta|revolver) (?:en|contra) (?:la|mi) (?:cabeza|sien|boca|pecho)\b|\b(?:la|una) (?:soga|cuerda|horca) (?:en|al|alrededor del) cuello\b/,
  // On a ledge, past the railing, jumping now.
  /\b(?:me voy a|voy a|estoy a punto de) (?:tirar|aventar|lanzar|arrojar)(?:me)? (?:del|de la|desde el|desde la|desde lo alto del?|al|a las|frente al|frente a la) (?:[a-z]+ )?(?:puente|edificio|azotea|tejado|techo|terraza|balcon|ventana|vias|metro|tren|trailer|acantilado|piso|parking)\b/,
  /\b(?:estoy|ya estoy) (?:del|al) otro lado del? (?:barandal|barandilla|baranda|pretil|reja|puente)\b/,
  // A time set: tonight, now.
  /\b(?:esta noche|hoy|ahorita|ahora mismo|en un rato|en unos minutos|en (?:cinco|diez|quince|veinte) minutos|en una hora|a medianoche|esta madrugada) (?:[a-z]+ ){0,4}(?:me mato|me voy a matar|me quito la vida|me aviento|me tiro|me suicido|me cuelgo|me ahorco|me corto las venas)\b|\b(?:esta noche|a medianoche) (?:lo hago|lo voy a hacer)\b/,
  /\b(?:ya )?(?:escribi|deje|he escrito|he dejado) (?:la|una|mi) (?:carta|nota) (?:de despedida|para mi familia|para todos|para mis hijos)\b/,
  // A blade about to be driven in.
  /\b(?:me voy a|voy a|voy a clavarme|pienso) (?:clavar|enterrar)(?:me)? (?:el|un|la|una|este|esta) (?:cuchillo|navaja|cuchilla|tijeras|vidrio|cristal)\b/,
  // A trigger about to be pulled, in Spanish or the English US Spanish mixes in.
  /\b(?:voy a|me voy a|pienso|ahorita|ahora|esta noche|hoy) (?:[a-z]+ )?(?:jalar|jalarle|apretar|halar|pull) (?:el|al|the) (?:gatillo|trigger)\b/,
  // Poison or a bottle taken by someone else, someone announcing a jump, locked in with the means.
  /\bse (?:tomo|trago|bebio|ha tomado|ha bebido|acaba de tomar) (?:[a-z]+ ){0,3}(?:clorox|cloralex|cloro|lejia|veneno|raticida|matarratas|baygon|salfuman|insecticida|pastillas|el frasco|todo el frasco|todas las pastillas)\b|\b(?:diciendo|dice|dijo|grita|gritando) que se va a (?:aventar|tirar|lanzar|colgar|matar|disparar|cortar)\b|\bse (?:encerro|ha encerrado) (?:[a-z]+ ){0,4}con (?:las |unas |sus |un |una |el |la |mis |mi )?(?:pastillas|cuchillo|navaja|pistola|soga|cuerda|pistola)\b/,
  /\b(?:me tome|tome|me he tomado|me bebi|bebi|me he bebido|me trague) (?:el |la |un |una |todo el |toda la |un vaso de |una botella de )?(?:[a-z]+ ){0,2}(?:baygon|salfuman|clorox|cloralex|acido muriatico)\b/,
  // Now, at the edge, on the road, with the gas, the rope hung.
  /\b(?:salto|me tiro|me aviento|brinco|me lanzo) ya\b|\bya (?:salto|me tiro|me aviento|brinco)\b|\b(?:golden gate|puente) (?:[a-z]+ ){0,3}voy a (?:brincar|saltar|aventarme|tirarme|lanzarme)\b|\bme voy a meter al (?:agua|mar|rio|lago|canal) (?:[a-z]+ ){0,2}no se nadar\b/,
  /\b(?:salirme de la carretera|estrellarme|chocar|estamparme|echarme encima de un) (?:[a-z]+ ){0,4}a proposito\b|\ba proposito (?:[a-z]+ ){0,4}(?:salirme de la carretera|estrellarme|chocar|estamparme)\b|\b(?:me voy a tomar|voy a tomarme|tomarme) el resto\b/,
  /\bmanguera del gas (?:[a-z]+ ){0,8}(?:cuarto|recamara|habitacion|conmigo|coche|carro)\b|\b(?:bombona|gas|butano) (?:[a-z]+ ){0,6}(?:he cerrado|cerre|selle|tape|sellado|tapado) (?:la cocina|las ventanas|la puerta|el cuarto|todo)\b/,
  /\bun tiro con (?:la|mi|una|el) (?:pistola|escopeta|arma|rifle|revolver)\b|\bme (?:cuelgo|voy a colgar|colgare) (?:del|de la|de un|de una) (?:arbol|viga|rama|puerta|barandal|techo|ventilador)\b|\b(?:reata|soga|cuerda|mecate|lazo) (?:ya )?(?:esta )?(?:colgada|colgado|amarrada|amarrado|atada|atado) (?:de|a|en) (?:la|el|una|un) (?:viga|techo|arbol|rama|barandal|ventilador)\b/,
  /\b(?:ventana|balcon|barandal|cornisa|piso|azotea|terraza) (?:[a-z]+ ){0,4}con (?:un|el|los) pies? (?:afuera|fuera)\b|\bme voy a tirar del (?:estacionamiento|parking|mall|centro comercial)\b/,
];

/**
 * Everyday idioms that borrow those words: set aside before the danger and crisis phrases are
 * read, so "me muero por un café" or "este calor me mata" never hears the crisis answer, while
 * "me quiero morir" still does.
 */
const IDIOMS: readonly RegExp[] = [
  ...SPANISH_EVERYDAY_IDIOMS,
  // A hangover that "killed" me, the lawn cut, exercise "to death".
  /\bme mato (?:la|el) (?:cruda|resaca|tequila|desvelada|fiesta|peda)\b|\b(?:tequila|cruda|resaca|fiesta|desvelada|pisto|mezcal|vino|chupe|peda|chela|chelas) (?:de anoche |de ayer )?me mato\b/,
  /\bcort(?:ar|ando|e|o|amos) (?:el|la) (?:grass|lawn|pasto|cesped|zacate|grama|seto|yarda)\b|\b(?:saltos (?:al cajon)?|burpees|sentadillas|bailar|reir|reirnos|entrenar|cantar|comer) hasta morir\b/,
  // Dying of hunger, laughter, shame; dying for a coffee; dead tired.
  /\b(?:muero|muera|moria|muriendo|morir|morirme|morire|muerto|muerta|muertos|muertas|me mata|me mato) (?:de|del) (?:la |el |los |las |tanta |tanto )?(?:hambre|sed|sueno|risa|ganas|frio|calor|verguenza|pena|aburrimiento|cansancio|amor|curiosidad|nervios|miedo|susto|envidia|celos|emocion|ansias|antojo|flojera|gusto|alegria|felicidad|asco|fiaca|pereza|oso|sueno)\b/,
  /\bme (?:muero|moria|estoy muriendo|estaba muriendo|voy a morir|morire) por (?!dentro\b)[a-z]+/,
  /\b(?:estoy|ando|estaba|quede|acabe|llegue|sigo|me siento|termine|voy|andaba) (?:bien |super |re |medio |todo |toda |completamente |totalmente |literalmente |casi )?muert[oa]s?\b(?! por dentro| en vida)|\bmuert[oa] (?:total|del cansancio)\b|\bhech[oa] polvo\b/,
  /\bme quiero morir(?:me)? (?:de |que |del |con )?(?:la |el |tanta |tal )?(?:oso|osote|osazo|verguenza|pena|ridiculo|roche|cringe|risa)\b|\b(?:que|tremendo|tal) (?:oso|osazo|verguenza|ridiculo|roche|cringe) (?:[a-z]+ )?me quiero morir\b/,
  // My boss "would kill me" if I were late.
  /\bme mataria (?:mi|mis|tu|tus|su|sus|el|la|los|las) [a-z]+\b/,
  // This heat, traffic, work, these kids "are killing me".
  // ("qué pastillas te matan" asks how to die: pills that "kill you" are no idiom.)
  /\b(?<!(?:como|donde|cuando|con que) )(?:me|nos) (?:mata|matan|mataba|mataban|esta matando|estan matando|va a matar|van a matar|vas a matar|matas|mataste|mataron|mataria)\b|\b(?<!(?:pastillas|pildoras|medicinas|medicamentos|pills|dosis) )te (?:mata|matan|mataba|mataban|esta matando|estan matando|va a matar|van a matar|vas a matar|matas|mataste|mataron|mataria)\b/,
  /\b(?:el|la|los|las|ese|esa|este|esta|eso|esto|tu|su|mi|mis) (?:(?!noche|tarde|manana|vez|semana|dia|mensaje|llamada|mismo|misma|madrugada|hora|ano|mes|fin|pistola|soga|cuerda|arma|navaja|cuchillo|pastillas|veneno)[a-z]+ )?me (?:mato|mataron)\b(?! (?:hoy|ahorita|ahora|esta noche|ya))|\bme mato con (?:ese|esa|este|esta|su|tu|sus|tus) (?:chiste|comentario|cara|broma|respuesta|video|historia|pregunta)\b/,
  /\b(?:calor|frio|hambre|sueno|flojera|dolor|sed|cansancio|trafico|estres|hueva|aburrimiento) que (?:mata|matan)\b/,
  /\b(?:me mato|me estoy matando|me mate|me he matado|matarme|matandome|me matan) (?:trabajando|estudiando|en el gym|en el gimnasio|entrenando|corriendo|haciendo ejercicio|a trabajar|a estudiar|limpiando|en la chamba|en el curro)\b/,
  /\b(?:mata|matar|matando|mato|mate|matamos) (?:el )?time\b|\b(?:mata|matar|matando|mato|mate|matamos) (?:el|la|los|las|unas|unos|a las|a los) (?:tiempo|hambre|rato|aburrimiento|antojo|gusanito|sed|bichos?|mosquitos?|cucarachas?|moscas?|aranas?|hormigas?|ratas?|ratones|plagas?|chinches|pulgas|piojos|malas hierbas|alarma|musica|luz)\b|\b(?:(?:matar|mato|matamos|matando) )?dos pajaros(?: de un tiro)?|\b(?:matamoscas|matabichos)\b/,
  /\b(?:matar|matarlo|matarla|matarlos|voy a matar|lo voy a matar|la voy a matar|los voy a matar|te voy a matar|lo mato|la mato|los mato|te mato) (?:a )?(?:mi|mis|tu|tus|su|sus|el|la|los|las|ese|esa|este|esta) (?!mism[oa]\b)[a-z]+\b|\b(?:te|lo|la|los|las) (?:voy a matar|mato|mataria|matare)\b/,
  // A phone, a battery, a plant that "died".
  /\b(?:celular|cel|movil|telefono|bateria|pila|pilas|laptop|compu|computadora|ordenador|coche|carro|planta|plantas|tele|control|internet|wifi|senal|foco|bombilla|audifonos|cascos) (?:se )?(?:me )?(?:murio|murieron|esta muert[oa]|se esta muriendo|se va a morir|se muere|muert[oa])\b|\bse me murio (?:el|la|mi) (?:celular|cel|movil|telefono|bateria|pila|laptop|compu|coche|carro|planta)\b/,
  // Haircuts, a cut call, a cut while cooking; getting shy (Spain's "me corto").
  /\b(?:no )?me corto (?:mucho|un monton|un poco|bastante|un pelo|al hablar|cuando hablo|con la gente|con las chicas|con los chicos|delante)\b/,
  /\b(?:me|te|se|le)? ?(?:corto|corte|corta|cortan|cortaron|cortarme|cortar|cortando|cortandome|he cortado|acabo de cortar|voy a cortar) (?:el |la |las |los |mi |mis |un |una )?(?:pelo|cabello|hair|fleco|flequillo|barba|bigote|unas|puntas|melena|llamada|luz|agua|internet|senal|conexion|wifi|linea|rollo|leche|digestion|respiracion|pedazo|trozo|rebanada)\b|\bcorte de (?:pelo|cabello|luz|agua)\b/,
  /\bme (?:corte|he cortado|acabo de cortar|quem[eo]|he quemado|lastime|he lastimado) (?:el dedo |la mano |un dedo |la lengua )?(?:con (?:un|una|el|la) (?:papel|hoja de papel|lata|abrelatas|hoja del cuaderno|cuchillo de cocina|sarten|plancha|estufa|olla|horno|cafe)|cocinando|picando|pelando|rebanando|partiendo|rasurandome|afeitandome|depilandome|sin querer|por accidente|jugando|entrenando)\b/,
  // Into the pool, onto the bed, into a nap or a dare.
  /\b(?:me tiro|me tire|tirarme|me voy a tirar|me aviento|me avente|aventarme|me voy a aventar|me lanzo|me lance|lanzarme|me voy a lanzar|me echo|me eche|echarme|me voy a echar|me arrojo|arrojarme) (?:a |al |en |un |una |de cabeza a |de clavado a )?(?:la |el |mi |un |una )?(?:piscina|alberca|pileta|cama|sofa|sillon|hamaca|suelo|pasto|cesped|arena|siesta|clavado|clavados|chapuzon|maraton|pedo|rollo|viaje|taco|tacos|cerveza|chela|pizza|trago|tragos|flojera|bartola|ruedo|aventura|agua de la alberca|agua de la piscina)\b/,
  /\b(?:me tiro|me tire|tirarme|me aviento|me avente|aventarme|me lanzo|me lance|lanzarme|me arriesgo) a (?!morir|matar)[a-z]+(?:ar|er|ir)(?:me|la|lo|le|les)?\b/,
  /\b(?:me (?:tiro|tire|lanzo|lance|aviento|avente)|tirarme|lanzarme|aventarme) (?:en|por|de|desde) (?:la |el |una |un )?(?:tirolina|tirolesa|paracaidas|puenting|bungee|tobogan|resbaladilla|parapente|ala delta)\b|\bto die for\b|\b(?:salto en paracaidas|paracaidismo|puenting|bungee|tirolesa|tirolina|trampolin|salto de altura|salto largo|saltar la cuerda|brincar la cuerda|saltar en el|salto base|rapel|rappel|escalada|saltos? ornamentales?)\b/,
  // One pill for a headache, the pills taken as prescribed, a sugar overdose.
  /\b(?:una|un|mi|la|el|media) (?:pastilla|pastillita|pildora|tableta|capsula|aspirina|paracetamol|ibuprofeno|tylenol|advil|naproxeno|antigripal|antiacido|omeprazol|loratadina|melatonina|vitamina) (?:para|de|contra|porque) (?:el |la |los |las |mi |un |una )?(?:[a-z]+ )?(?:dolor|cabeza|fiebre|gripe|gripa|tos|alergia|alergias|presion|colesterol|diabetes|azucar|tiroides|estomago|panza|muela|muelas|regla|colicos|resfriado|catarro|migrana|jaqueca|garganta|acidez|agruras|espalda|cruda|resaca|mareo|nauseas|infeccion|dormir|ansiedad)\b/,
  /\bpastillas? (?:de|para) (?:menta|la tos|la garganta|goma|chicle|caldo|jabon|cloro para)\b/,
  /\bsobredosis de (?:azucar|cafe|cafeina|series|netflix|chocolate|trabajo|memes|informacion|amor|dulce|pan|tiktok|redes)\b/,
  // Farewell parties, signing off, the last day of a holiday, the day of the exam.
  /\b(?:despedida de (?:soltera|soltero|solteros|fin de ano|ano)|(?:fiesta|comida|cena|regalo|beso|abrazo|carta) de despedida (?:del|de la|de mi|para mi) (?:trabajo|oficina|jefe|jefa|companer[oa]s?|maestr[oa]|profe|equipo))\b/,
  /\b(?:por hoy me despido|me despido (?:por hoy|por ahora|hasta manana|por el momento|de ti alexa|alexa|buenas noches|gracias))\b/,
  /\b(?:mi|el|la|es|su) ultim[oa] (?:dia|noche|semana) (?:de|del|en|aqui en|antes de|con|trabajando)\b|\bhoy es el dia (?:de|del|en que)\b/,
  /\b(?:no )?se (?:acaba|termina) el mundo\b|\bfin del mundo\b/,
  /\b(?:acabar|terminar|acabe|termine|acabo|termino|acabamos) con todo (?:el|la|los|las|mi|mis) (?!vida\b|sufrimiento\b|dolor\b)[a-z]+|\bcon todo (?:esto|eso) (?:del|de la|de los|de las) [a-z]+|\bcon todo lo que (?:tengo|tenia|hay|habia|queda|quedaba) (?:que|pendiente)\b/,
  // Blood that is no wound; a nosebleed, a blood test.
  /\b(?:me sangra la nariz|sangrado (?:de nariz|nasal)|me sangran las encias|(?:analisis|examen|prueba) de sangre|donar sangre|(?:presion|azucar|glucosa) (?:de la|en la) sangre|a sangre fria|me hierve la sangre|se me sube la sangre|mala sangre|sangre azul|pura sangre)\b/,
  // Hanging up, drowning in work, waking up late, a bank holiday bridge.
  /\b(?:me colgo|me colgaron|le colgue|colgar (?:la llamada|el telefono|la ropa))\b|\bme ahogo en un vaso de agua\b|\b(?:ahogad[oa]|ahogando(?:me)?) (?:en|de) (?:deudas|trabajo|tareas|pendientes|calor)\b/,
  /\bno (?:despertar|despertarme|me despierte|me despertara|despierte) (?:a tiempo|temprano|tarde|con la alarma|a las|para)\b/,
  /\b(?:hacer|haciendo|hice) puente\b|\bpuente (?:largo|festivo|vacacional)\b|\bcinturon de seguridad\b|\bvias respiratorias\b/,
];

/** Words that do not open with a time of their own: where a time opening may be put back. */
const NOT_A_TIME =
  /^(?!(?:manana|pasado manana|ayer|anoche|hoy|esta noche|esta tarde|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|fin de semana)|la (?:proxima|otra) semana|en (?:un|una|unos|unas|diez|quince|cinco|veinte) [a-z]+)\b)/;
/** Words that are not the speaker's own act in the first person ("me tomé", "me he cortado", "estoy tomando"). */
const NOT_MY_ACT =
  /^(?!(?:yo )?(?:me (?:he |acabo de )?[a-z]+(?:e|i|ado|ido)|he [a-z]+(?:ado|ido)|tome|trague|bebi|(?:me )?(?:estoy|sigo|ando|llevo) [a-z]+(?:ando|iendo)|tomo|trago|bebo)\b)/;
/** The parts of the body a burn or a blow is put on. */
const BODY = '(?:brazos?|piernas?|manos?|munecas?|muslos?|piel|dedos?|pecho|abdomen|panza|estomago|cara|cuerpo)';

/** What follows "dejé", "escribí"…: a note or a letter left. */
const BEGINS_WITH_A_NOTE = /^(?:una|la|mi|mis) (?:nota|carta|cartas|notas)\b/;
/** A verb said whole, with its pronouns: where "voy a {feeling}" leaves "tirarme del puente". */
const INFINITIVE = /^[a-z]+(?:ar|er|ir)(?:me|te|se|lo|la|le|los|las|les|melo|mela|melos|melas)?\b/;

export const SPANISH_SAFETY: SafetyPhrases = {
  danger: DANGER,
  crisis: SPANISH_CRISIS,
  idioms: IDIOMS,
  together: SPANISH_TOGETHER,
  warningWords: SPANISH_WARNING_WORDS,
  dropsSubjects: true,
  misheard: [],
  /**
   * The openings a Spanish slot's carrier may have taken ("me siento…", "estoy…", "tengo…"): the
   * FeelingsIntent's carriers in interaction-models/es-US.json, less those of everyday idioms
   * ("me muero de…", "estoy muerto de…", "me mata…") and "he pensado en", which would read a fear
   * of death as a plan.
   */
  openings: [
    'yo',
    'me',
    'estoy',
    'me siento',
    'siento',
    'siento que',
    'tengo',
    'quiero',
    'he',
    'he estado',
    'ya',
    'nadie',
    'nada',
    'ando',
    'mi',
    'mis',
    // A time is put back only before words that are not a time of their own ("hoy" before
    // "mañana me tiro en tirolina" would set a day for an outing).
    { words: 'hoy', before: NOT_A_TIME },
    { words: 'esta noche', before: NOT_A_TIME },
    'solo',
    // "Todos" and "todo el mundo" are the subject of what follows ("todos estarían mejor sin mí"), never the speaker's count.
    { words: 'todos', before: NOT_MY_ACT },
    { words: 'todo el mundo', before: NOT_MY_ACT },
    'traigo',
    'llevo',
    'sigo',
    'creo que',
    'pienso en',
    'sigo pensando en',
    'las voces',
    'una voz',
    // Something taken ("me tomé {feeling}"): what and how much decide, as "una pastilla para el dolor" is set aside.
    'me tome',
    'me he tomado',
    'acabo de tomarme',
    'me bebi',
    'me he bebido',
    'me trague',
    // Where someone is ("estoy en {feeling}"), put back before the place.
    { words: 'estoy en', before: /^(?:el|la|los|las|un|una|lo|mi|este|esta)\b/ },
    { words: 'estoy arriba', before: /^(?:de|del)\b/ },
    { words: 'ando arriba', before: /^(?:de|del)\b/ },
    { words: 'estoy subido', before: /^(?:al|a|en|sobre|arriba)\b/ },
    { words: 'estoy subida', before: /^(?:al|a|en|sobre|arriba)\b/ },
    // What someone feels the urge to do ("tengo ganas de {feeling}"), put back before a verb.
    { words: 'tengo ganas de', before: INFINITIVE },
    { words: 'me dan ganas de', before: INFINITIVE },
    // A cut, a car driven.
    { words: 'me corte', before: /^(?:y|muy|otra|de nuevo|a proposito|hondo|profundo|las|los)\b/ },
    // Blows and burns given oneself ("me pego {feeling}", "me hago {feeling}"): put back before the blow.
    { words: 'me pego', before: /^(?:en la cabeza|contra|la cabeza|con|golpes|punetazos|cabezazos)\b/ },
    { words: 'me doy', before: /^(?:golpes|de golpes|cabezazos|punetazos|con la cabeza)\b/ },
    { words: 'me hago', before: /^(?:dano|cortes|quemaduras|heridas|cortadas)\b/ },
    'voy manejando',
    'voy driving',
    'voy con el coche',
    // Wishes, and what can no longer be borne ("ojalá {feeling}", "ya no quiero {feeling}"): the
    // statements that borrow everyday words reach the phrase slot rather than the crisis intent,
    // which could not tell "me quiero morir" from "me quiero morir de la vergüenza".
    'ojala',
    'quisiera',
    'solo quiero',
    {
      words: 'me quiero',
      before: /^(?:morir|matar|ahorcar|colgar|suicidar|quitar|dar|ir|tirar|aventar|lanzar|cortar|lastimar|hacer|envenenar|desaparecer)\b/,
    },
    { words: 'no quiero', before: /^(?:vivir|seguir|estar|existir|despertar|wake|volver a despertar|llegar a (?!fin de mes))\b/ },
    { words: 'ya no quiero', before: /^(?:vivir|seguir|estar|existir|despertar|wake|volver a despertar)\b/ },
    { words: 'estaria mejor', before: /^(?:muert[oa]|sin mi)(?:$| la verdad| de verdad| honestamente| sinceramente| neta| ya| y\b)/ },
    { words: 'estaria', before: /^mejor (?:muert[oa]|sin mi)$/ },
    { words: 'mejor', before: /^(?:me muero|muert[oa]|morirme|me mato|desaparezco|no despertar|no existir)$/ },
    { words: 'mejor me', before: /^(?:muero|mato)(?:$| y\b)/ },
    { words: 'voy a', before: INFINITIVE },
    { words: 'me voy a', before: INFINITIVE },
    { words: 'no puedo', before: /^(?:mas|seguir)\b/ },
    { words: 'ya no quiero', before: /^(?:despertar(?:me)?|vivir|existir|seguir viviendo)\b/ },
    { words: 'me pego', before: /^(?:en la cabeza|la cabeza|cabezazos)\b/ },
    { words: 'ya no lo', before: /^(?:soporto|aguanto)$/ },
    'me he estado',
    'ya me canse',
    'me canse',
    'estoy cansado',
    'estoy cansada',
    { words: 'me he', before: /^(?:estado|tomado|tragado|bebido|cortado|hecho|quemado)\b/ },
    { words: 'ya no puedo', before: /^(?:mas|seguir|con (?:la|mi) vida)\b/ },
    { words: 'ya no aguanto', before: /^(?:mas|vivir|la vida|mi vida)\b/ },
    { words: 'no aguanto', before: /^(?:mas|vivir|la vida|mi vida)\b/ },
    { words: 'ya no soporto', before: /^(?:mas|vivir|la vida|mi vida|este dolor)\b/ },
    { words: 'no soporto', before: /^(?:mas|vivir|la vida|mi vida|este dolor)\b/ },
    { words: 'no se si', before: /^(?:pueda|podre|aguante) (?:seguir|mas)\b/ },
    { words: 'no creo que', before: /^(?:pueda|aguante) (?:seguir|mas)\b/ },
    { words: 'no hay', before: /^(?:otra )?(?:salida|razon|esperanza|futuro)\b/ },
    { words: 'no veo', before: /^(?:otra )?(?:salida|razon|esperanza|futuro|sentido)\b/ },
    { words: 'no le veo', before: /^(?:otra )?(?:salida|sentido)\b/ },
    { words: 'esto es', before: /^(?:un adios|una despedida)\b/ },
    { words: 'te llamo', before: /^para despedirme\b/ },
    { words: 'queria', before: /^(?:despedirme|decir(?:te|les)? adios)\b/ },
    { words: 'solo queria', before: /^(?:despedirme|decir(?:te|les)? adios)\b/ },
    { words: 'ya no me', before: /^(?:vas|van|queda|quedan)\b/ },
    { words: 'deje', before: BEGINS_WITH_A_NOTE },
    { words: 'ya deje', before: BEGINS_WITH_A_NOTE },
    { words: 'ya he dejado', before: BEGINS_WITH_A_NOTE },
    { words: 'escribi', before: BEGINS_WITH_A_NOTE },
    { words: 'le escribi', before: BEGINS_WITH_A_NOTE },
    { words: 'he mandado', before: /^(?:un|una|mi) (?:mensaje|nota|carta)\b/ },
    'tengo la',
    'tengo el',
    'tengo una',
    'cuantas',
    { words: 'como puedo', before: INFINITIVE },
    { words: 'como me puedo', before: INFINITIVE },
    { words: 'como se puede', before: INFINITIVE },
    'tengo pensamientos de',
    { words: 'intente', before: INFINITIVE },
    { words: 'ya intente', before: INFINITIVE },
    { words: 'volvi a', before: INFINITIVE },
    { words: 'me volvi a', before: INFINITIVE },
    { words: 'he vuelto a', before: INFINITIVE },
    { words: 'me quemo', before: new RegExp(`^(?:con|a proposito|cuando|para|otra vez|de nuevo|(?:los|las|el|la|mis|mi) ${BODY})\\b`) },
    { words: 'me golpeo', before: /^(?:con|a proposito|cuando|para|contra|la cabeza|otra vez|de nuevo|hasta)\b/ },
    { words: 'me pego', before: /^(?:con|a proposito|cuando|para|contra|otra vez|de nuevo|hasta)\b/ },
    { words: 'me doy', before: /^(?:golpes|de golpes|cabezazos|contra)\b/ },
    { words: 'me hago', before: /^(?:dano|cortes|heridas|quemaduras)\b/ },
    'la vida',
    'mi vida',
    'me tome una pastilla',
    'me tome la pastilla',
    'me he tomado una pastilla',
    { words: 'no deja de', before: /^(?:sangrar|salir sangre)\b/ },
    { words: 'no para de', before: /^(?:sangrar|salir sangre)\b/ },
    'tome',
    'pienso',
    { words: 'ya me despedi', before: /^de\b/ },
    { words: 'ya les dije', before: /^adios\b/ },
    { words: 'hoy es', before: /^(?:mi |la )?ultim[oa]\b/ },
    { words: 'esta es', before: /^(?:mi |la )?ultim[oa]\b/ },
    { words: 'esta noche es', before: /^(?:mi |la )?ultim[oa]\b/ },
    'voy en',
    'voy conduciendo',
    'estoy asomado',
    'estoy asomada',
    'compre',
    'ya regale',
    'ya tengo',
    'se me hace que',
    'si me muero',
    'a veces',
    'anoche',
    'busque',
    'que pasa si',
    'soy',
    // A moment set ("en cuanto {feeling}", "ahorita {feeling}"), put back only before what follows it.
    // A wish said softly ("no me importaría {feeling}"), put back before an ending.
    { words: 'no me importaria', before: /^(?:morir|morirme|no despertar|que me|desaparecer|estar muert[oa]|dejar de)\b/ },
    { words: 'ya escribi', before: BEGINS_WITH_A_NOTE },
    { words: 'en cuanto', before: /^(?:cuelgue|acabe|termine|se vayan|se duerman|se duerma|me dejen|pueda|llegue|salga)\b/ },
    // Not before "me castigo": a carrier's moment does not make self-reproach an act in progress.
    { words: 'ahorita', before: /^(?:que|voy a|me voy a|lo voy a|me(?! castigo)|ya)\b/ },
    { words: 'en diez minutos', before: NOT_A_TIME },
    { words: 'en quince minutos', before: NOT_A_TIME },
    { words: 'en un rato', before: NOT_A_TIME },
  ],
};
