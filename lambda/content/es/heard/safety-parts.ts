/**
 * The parts Spanish statements of danger and crisis are made of (./safety-together.ts counts them
 * together): means, places, acts, times, wishes, hurts. Written without accents, as the grader
 * reads them (normaliseFeelingText: "está" is "esta", "muñeca" "muneca"), with the forms of the
 * US, Mexico and Spain side by side ("me tomé" and "me he tomado", "aventarse" and "tirarse",
 * "azotea" and "terraza", "ahorita" and "ahora mismo") and the English words US speakers mix in.
 * Each is a plain alternation, with at most a few bounded words between, so matching stays
 * linear (test/unit/safety/backtracking).
 */

/** Pills and medicines, counted in the plural: one pill for a headache is no overdose. */
export const PILLS =
  '(?:pastillas|pastis|pildoras|tabletas|capsulas|grageas|pills|medicinas|medicamentos|farmacos|calmantes|analgesicos|somniferos|tranquilizantes|ansioliticos|antidepresivos|benzodiacepinas|benzos|clonazepam|rivotril|alprazolam|xanax|diazepam|valium|lorazepam|orfidal|orfidales|trankimazin|trankimazines|lexatin|lexatines|valiums|rivotriles|clonazepames|tafil|tafiles|ambien|benadryl|dormicum|stilnox|zolpidem|tramadol|paracetamol|acetaminofen|tylenol|ibuprofeno|ibuprofenos|paracetamoles|aspirinas|advils|tylenols|nolotiles|insulina|litio|quetiapina|seroquel|sertralina|fluoxetina|opioides|morfina|fentanilo|oxicodona|codeina|metadona|heroina|meds)';
/** Poisons people drink: rat poison, bleach, pesticide, the bean tablet (phosphide) of rural Mexico. */
export const POISON =
  /\b(?:veneno|venenos|raticida|matarratas|mata ratas|cloro|lejia|sosa caustica|acido|anticongelante|pesticida|plaguicida|insecticida|herbicida|paraquat|fosfuro|pastilla del frijol|pastillas del frijol|thinner|aguarras|gasolina|baygon|salfuman|clorox|cloralex|acido muriatico|bleach|poison)\b/;
/** Ropes, weapons, blades: what is only near for one reason when someone tells Steady so. */
const WEAPONS =
  '(?:soga|sogas|horca|cuerda|cuerdas|lazo|mecate|reata|pistola|pistolas|arma|armas|revolver|escopeta|rifle|fusca|cuchillo|cuchillos|navaja|navajas|cuchilla|cuchillas|hoja de afeitar|gillette|cutter|cuter|bisturi|gun|rope|knife|blade|razor)';

export const PILLS_WORD = new RegExp(`\\b${PILLS}\\b`);
export const MEANS = new RegExp(`\\b(?:${PILLS}|${WEAPONS}|veneno|raticida|matarratas|cloro|lejia)\\b`);
export const WEAPON = new RegExp(`\\b${WEAPONS}\\b`);

/** The means set out: counted, loaded, tied, in hand, about to be used. */
export const SET_OUT =
  /\b(?:en la mano|en mi mano|en las manos|en mis manos|en la boca|en el cuello|en mi cuello|alrededor de mi cuello|la uso|lo uso|las uso|la usare|lo usare|en la muneca|en las munecas|en el brazo|en la garganta|alrededor del cuello|al cuello|en la cabeza|contra la cabeza|en la sien|apuntandome|apuntando a mi|contra (?:mi|la|el) (?:cuello|pecho|muneca|cabeza|garganta|sien|brazo|piel)|listo|lista|listos|listas|preparado|preparada|preparados|preparadas|contadas|contados|contando|alineadas|formaditas|cargada|cargado|sin seguro|le quite el seguro|amarrada|amarrado|atada|atado|anudada|colgada|colgado|el nudo|hice el nudo|en la viga|del ventilador|en el ventilador|en el barandal|en la regadera|me las voy a tomar|me los voy a tomar|me la voy a tomar|voy a tomarmelas|la voy a usar|lo voy a usar|quiero usarla|quiero usarlo|quiero usarlas|las voy a usar|los voy a usar|voy a usarla|voy a usarlo|pienso usarla|pienso usarlo|me lo voy a clavar|me la voy a clavar|clavarmelo|clavarmela|me lo clavo|me la clavo|ya empece|ya empeze|already started|puse las balas|le puse las balas|le meti las balas|la cargue|ya la cargue|puesta|al barandal|a la viga|al ventilador|a la regadera|al tubo|amarrando|atando)\b/;

/** Within reach. */
export const NEAR =
  /\b(?:aqui conmigo|conmigo ahora|a mi lado|junto a mi|al lado mio|en mis piernas|en el regazo|sobre mis piernas|debajo de la almohada|bajo la almohada|en el buro|en la mesita|en la mesa de noche|en el bolsillo|enfrente de mi|delante de mi|frente a mi|aqui delante|aqui enfrente|aqui en la mesa|en la cama conmigo|apuntando|apuntandome|en mi lap|en el lap|en mi regazo|en la guantera|en el asiento)\b/;

/** Cooking, climbing, music, a prescription: the other reasons a knife, a rope or pills are out. */
export const OTHER_USE =
  /\b(?:cocin|cortar (?:la|el|las|los|unas|unos) |carne|verdura|cebolla|pan|pastel|ensalada|receta|cena|comida|desayuno|escalar|escalada|rapel|saltar la cuerda|brincar la cuerda|guitarra|violin|reloj|tender|tendedero|ropa|acampar|campamento|mudanza|amarrar|perro|correa|caza|cazar|cuerda de saltar|para saltar|ejercicio|gym|tiro al blanco|pastillero|dosis|doctor|medico|recetad|tratamiento|vitaminas|pelicula|serie|juego|videojuego)/;

/** Swallowed, drunk, injected, mixed: taken, or being taken now. */
export const TAKEN =
  /\b(?:me tome|tome|me las tome|me los tome|me lo tome|me la tome|me he tomado|he tomado|me las he tomado|tomado|me trague|trague|me las trague|me he tragado|he tragado|tragado|me acabo de tomar|acabo de tomar|acabo de tomarme|tomarme|tomarmelas|tragarme|tragarmelas|me meti|me he metido|ingeri|he ingerido|me bebi|bebi|me he bebido|me empine|me pase con|me he pasado con|mezcle|he mezclado|me inyecte|me chingue|me avente|me estoy tomando|me las estoy tomando|estoy tomando|tomandome|tomandomelas|me estoy tragando|estoy tragando|tragandome|took|swallowed)\b/;

/** How many, or why: enough to be an overdose, or taken to die. */
export const TOO_MUCH =
  /\b(?:todas|todos|toda la|todo el(?! mundo)|un monton|montones|un bote|el bote|un frasco|el frasco|frascos|una caja|la caja|cajas|blister|blisters|una tira|tiras|un puno|un punado|punados|muchas|muchisimas|demasiadas|un chingo|chingos|un buen de|un chorro|un friego|bastantes|(?:seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieci[a-z]+|veinte|veinti[a-z]+|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento|(?:(?:dos|tres|cuatro|seis|sete|ocho|nove)cient|quinient)[oa]s)(?! (?:minutos|horas|dias|semanas|meses|anos|veces|de la (?:manana|noche|tarde|madrugada)))|docena|docenas|media caja|entero|entera|de golpe|de una vez|de un jalon|una por una|una tras otra|una detras de otra|a proposito|adrede|queriendo|para (?:morir|morirme|matarme|acabar|terminar|no despertar|ya no despertar|dormir para siempre)|con alcohol|con vino|con tequila|una botella|la botella|toda la botella|con cerveza|con ron|con whisky|con vodka|con mezcal|con chelas|con pisto|me siento (?:mareado|mareada|raro|rara|mal|extrano|extrana)|me estoy (?:mareando|durmiendo|quedando dormid)|hacen efecto|haciendo efecto|todo lo que (?:tenia|habia|encontre|quedaba)|a lot|all of them)\b/;

/** The day's medicines, taken as prescribed. */
export const ROUTINE =
  /\b(?:del dia|de hoy|de la manana|de la tarde|de siempre|como siempre|como me (?:dijo|dijeron|indico|indicaron|recetaron)|que me (?:toca|tocan|recetaron|dio|dieron)|a su hora|a sus horas|a tiempo|recetad|pastillero|con el desayuno|con la comida|con la cena|vitaminas|tratamiento|antibiotic|tengo que tomar|hay que tomar|debo tomar)/;

/** Now, tonight, in minutes: a time that has come. */
export const TIME_NOW =
  /\b(?:ahora|ahorita|ahora mismo|ya mismo|en este momento|en este instante|esta noche|hoy en la noche|hoy por la noche|hoy mismo|hoy|en un rato|al rato|en unos minutos|en (?:un par de |cinco |diez |quince |veinte |treinta )?minutos|en una hora|en media hora|a medianoche|esta madrugada|de madrugada|a las (?:una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce) de la (?:noche|madrugada|manana)|antes de que amanezca|despues de este mensaje|cuando se duerman|cuando todos se duerman|tonight|right now)\b/;

/** Thought of, not done: a time with a thought is still crisis, not danger now. */
export const ONLY_THOUGHT =
  /\b(?:pienso en|pense en|pensaba en|pensando en|he pensado|se me paso|se me pasa|se me ocurrio|se me ocurre|a veces|antes|ayer|me dan ganas|me daban ganas|me entran ganas|tengo ganas|si no|no voy a|no quiero)\b/;

/** A plan to end a life, named for what it is. */
export const CLEAR_PLAN =
  /\b(?:matarme|me mato|me voy a matar|suicidarme|me suicido|me voy a suicidar|quitarme la vida|me quito la vida|acabar con mi vida|terminar con mi vida|acabar con todo|terminar con todo|(?:acabo|termino|acabare|terminare|voy a acabar|voy a terminar) con (?:todo|mi vida)|ahorcarme|me ahorco|me voy a ahorcar|quitarme de en medio|me quito de en medio|me voy a colgar|colgarme del|colgarme de|pegarme un tiro|darme un tiro|me pego un tiro|me doy un tiro|dispararme|me voy a disparar(?= en| con|$)|pegarme un balazo|darme un balazo|me pego un balazo|volarme la cabeza|cortarme las venas|envenenarme|tirarme del|tirarme de|aventarme del|aventarme de|lanzarme del|lanzarme de|arrojarme del|arrojarme de|kill myself|end my life|unalive myself)\b/;

/** "Doing it", "it all ends": a plan only with what comes with it. */
export const VAGUE_PLAN =
  /\b(?:voy a hacerlo|lo voy a hacer|lo hare|lo hago hoy|lo hago esta noche|hacerlo hoy|hacerlo esta noche|ya es hora|llego la hora|ha llegado el momento|ya es el momento|se acaba todo|se termina todo|todo se acaba|todo termina|todo se termina|todo acaba|se acaba mi vida|ponerle fin|voy a acabar con esto|voy a terminar con esto|me voy para siempre|do it)\b/;

/** It is all decided and ready. */
export const DECIDED =
  /\b(?:ya lo decidi|ya decidi|lo decidi|esta decidido|ya esta decidido|lo tengo (?:todo )?(?:pensado|planeado|decidido|listo|preparado)|tengo todo (?:pensado|planeado|listo|preparado|decidido|arreglado|organizado)|todo (?:esta )?(?:listo|preparado|planeado|pensado|decidido)|he dejado todo (?:listo|preparado|arreglado)|deje todo (?:listo|preparado|arreglado)|(?:deje|he dejado|tengo|puse|dejo) (?:mis cosas|todo|mis papeles|mis asuntos) en orden|arregle mis asuntos|no hay vuelta atras|no hay marcha atras|nadie me va a (?:detener|parar)|mi decision)\b/;

/** An evening that is a party, a trip or a date, not an ending. */
export const EVENT =
  /\b(?:fiesta|boda|cita|concierto|partido|examen|estreno|entrevista|presentacion|viaje|cena|graduacion|cumpleanos|cumple|aniversario|evento|show|juego|carrera|maraton|vuelo|mudanza|maleta|reunion|junta|clase|trabajo|obra|torneo|competencia|posada|carne asada|asado|parrillada)\b/;

/** A goodbye written or sent: a note, a letter, a message. */
export const GOODBYE_WORDS =
  /\b(?:(?:carta|cartas|nota|notas|mensaje|mensajes|mensajito|texto|textos|text|texts|audio|audios|video|correo|correos|post|publicacion|whatsapp|whats) (?:de despedida|para despedirme)|(?:goodbye|suicide) (?:letter|letters|note|notes|text|message)|(?:carta|cartas|nota|notas) (?:para|a) (?:mi familia|mis hijos|mis padres|mis papas|mi mama|mi papa|todos|mi esposa|mi esposo|mi pareja|mis seres queridos|ustedes|los que quiero))\b/;
export const WRITTEN_OR_SENT =
  /\b(?:escribi|he escrito|escrito|deje|he dejado|dejado|mande|he mandado|mandado|envie|he enviado|enviado|les mande|les envie|publique|he publicado|subi|programe|grabe|termine de escribir|ya tengo|ya esta|ya estan|wrote)\b/;
/** Goodbyes, or other farewells: a leaving do, a trip, the end of a day. */
export const OTHER_FAREWELL =
  /\b(?:jefe|jefa|trabajo|renuncia|renuncie|empresa|companeros|oficina|colegas|clase|escuela|maestra|maestro|alumnos|jubil|mudanza|me mudo|me cambio|fiesta|soltera|soltero|aeropuerto|viaje|vacaciones|vuelo|boda|graduacion|intercambio|extranjero|me mudo|beca|me voy a (?:vivir|estudiar|trabajar)|por hoy|hasta manana|buenas noches|a dormir|me voy a dormir)/;

/** Goodbyes said to the people who matter, already. */
export const GOODBYES_DONE =
  /\b(?:le|les) (?:textee|mande|escribi|envie|dije) (?:un )?(?:goodbye|adios|bye) (?:a|para) (?:todos|mi familia|mis hijos|mis padres|mi mama|mi papa|mis amigos|mi pareja)\b|\b(?:me despedi|me he despedido|ya me despedi|les dije adios|ya dije adios|les he dicho adios|ya les dije adios) (?:de|a) (?:todos|todo el mundo|mi familia|mis hijos|mis padres|mis papas|mi mama|mi papa|mi madre|mi padre|mi hija|mi hijo|mi hermana|mi hermano|mis amigos|mi pareja|mi esposa|mi esposo|mi novio|mi novia|mis hermanos|ellos|la gente que quiero)\b/;
/** Things given away: the last of them. */
export const GIVEN_AWAY =
  /\b(?:regale|regalando|he regalado|regalar|reparti|repartiendo|he repartido|repartir) (?:todas |todos |ya )?(?:mis|mi|lo que tengo)(?: (?:cosas|pertenencias|ropa|mascotas|perro|gato|libros|joyas|ahorros))?\b/;
/** A goodbye said today, as the last. */
export const GOODBYE_NOW =
  /\b(?:(?:hoy|esta noche|ahora|ya) me despido|me despido (?:de todos|de ustedes|de este mundo|para siempre)|este es mi adios|esto es un adios|es mi despedida|les digo adios)\b/;

/** The last night or day, said of oneself. */
export const LAST_NIGHT =
  /\b(?:hoy|esta noche|esta|este) (?:es|sera) (?:mi|la) ultim[ao] (?:noche|dia)\b(?! (?:de|del|en|aqui|aca|con|antes|trabaj|vacac|clase|junt))|\b(?:hoy|esta noche) es (?:la ultima|la noche|el dia)\b/;

/** A person on a height, at an edge, on the tracks (the stance, then the place). */
const STANCE =
  '(?:estoy|ando|sigo|me encuentro|ya estoy|aqui estoy|llegue|ya llegue|he llegado|subi|me subi|me he subido|me trepe|pase|ya pase|me pase|he pasado|ya he pasado|me he pasado|he cruzado|ya he cruzado|cruce|brinque|salte|me brinque|llevo una hora|llevo un rato|llevo rato|llevo horas|i am|im)(?: aqui)?(?: (?:parado|parada|de pie|sentado|sentada|subido|subida|trepado|trepada|asomado|asomada|colgado|colgada|agarrado|agarrada|hincado|hincada|solo|sola))?';
const HEIGHTS =
  '(?:puente|puente peatonal|paso elevado|viaducto|pasarela|barandilla|barandal|baranda|pretil|azotea|techo(?! de(?:l| mi| su)? (?:carro|coche|auto|camioneta))|tejado|cornisa|acantilado|barranco|precipicio|risco|ultimo piso|torre|bridge|roof|rooftop|overpass)';
const PLACES =
  '(?:puente|azotea|techo|tejado|terraza|cornisa|orilla|borde|barandal|barandilla|baranda|pretil|vias|via|rieles|anden|metro|tren|acantilado|barranco|precipicio|risco|balcon|ventana|edificio|piso|planta|estacionamiento|parking|mar|rio|lago|presa|muelle|malecon|pier|ledge|carretera|autopista|autovia|freeway|highway|periferico|viaducto|pasarela|torre|bridge|roof|rooftop|parking garage)';
const EDGES =
  '(?:(?:la orilla|el borde|el filo|la cornisa|la punta) (?:del|de la|de este|de esta) (?:[a-z]+ )?(?:techo|azotea|edificio|puente|anden|acantilado|barranco|precipicio|balcon|ventana|risco|terraza|tejado|torre)|(?:del|al) otro lado (?:del|de la) (?:barandal|barandilla|baranda|pretil|reja|valla|muro|puente)|las vias(?! verdes| respiratorias| de comunicacion| de acceso)|la via del tren|los rieles|(?:los |las |the )?(?:train )?tracks)';
const ON = '(?:en|sobre|al|a la|arriba de|arriba del|encima de|encima del|en lo alto de|en lo alto del|on|at)';

export const ON_A_HEIGHT = new RegExp(`\\b${STANCE} ${ON} (?:el |la |un |una |este |esta |lo alto del |lo alto de la |the )?${HEIGHTS}\\b`);
export const AT_AN_EDGE = new RegExp(`\\b${STANCE} (?:[a-z]+ ){0,2}${EDGES}\\b`);
export const AT_A_PLACE = new RegExp(`\\b${STANCE} (?:[a-z]+ ){0,3}${PLACES}\\b`);

/** What is done there, or about to be: only the acts that end a life. */
export const ENDING_ACT =
  /\b(?:saltar|brincar|tirarme|me tiro|aventarme|me aviento|lanzarme|me lanzo|arrojarme|me arrojo|dejarme caer|me dejo caer|soltarme|me suelto|me voy a soltar|me voy a (?:tirar|aventar|lanzar|arrojar|dejar caer)|dejar caer|matarme|me mato|quitarme la vida|acabar con todo|acabar con mi vida|terminar con todo|ahogarme|hundirme|no (?:voy a )?(?:volver|regresar|bajar)|no pienso (?:bajar|volver|regresar)|hasta no volver|(?:cruzar|cruzarme|me voy a cruzar|me cruzo|atravesarme|me atravieso|ponerme|me pongo|meterme|me meto) (?:[a-z]+ ){0,2}(?:cuando|en cuanto|justo cuando|delante|enfrente|frente) (?:[a-z]+ ){0,2}(?:vengan|venga|pase|pasen|llegue|lleguen|del|de los|de un|de una|al)|(?:con )?las piernas (?:por fuera|colgando|del otro lado|al vacio)|por fuera de la (?:barandilla|barandal|baranda|valla|reja)|jump)\b/;

/** A reason to be up there that is no ending: a view, a repair, the washing, friends. */
export const SIGHTSEEING =
  /\b(?:fotos?|selfies?|atardecer|amanecer|vista|paisaje|paseo|paseando|turista|turismo|con (?:mi|mis|los|las) (?:hijos|familia|amigos|amigas|perro|novia|novio|pareja|primos)|trabajando|arreglando|reparando|impermeabiliz|limpiando|pintando|antena|tinaco|gotera|goteras|paneles|boiler|calentador|tendiendo|la ropa|fiesta|carne asada|parrillada|asado|barbacoa|cenando|tomando el sol|fumando|regando|plantas|jardin|barriendo|lavando|trapeando|jugando|ejercicio|yoga|leyendo|estudiando|platicando|tomando (?:un |una )?(?:cafe|algo|cerveza|chela|vino)|vecin[oa]s?|mascota|bici|bicicleta|esperando a (?:mi|mis|un|una|tu|su|que (?:me|nos) (?:recojan|recoja))|(?:viendo|mirando|observando) (?:las |la |el |los )?(?:estrellas|luna|cielo|ciudad|paisaje|fuegos|cohetes|lluvia|nubes|partido)|trafico|embotellamiento|atorad|atascad|puente (?:de|del) (?:mayo|diciembre|noviembre|la constitucion|todos los santos|semana santa|reyes))/;

/** Jumping from a height or before a train, as one statement. */
export const JUMP_FROM = new RegExp(
  `\\b(?:tirarme|tirar|aventarme|aventar|lanzarme|lanzar|arrojarme|arrojar|saltar|brincar|echarme|dejarme caer|me tiro|me aviento|me lanzo|me arrojo|me dejo caer) (?:de|del|desde|por|al|a|frente a|frente al|delante de|delante del|bajo|debajo de|enfrente de|enfrente del) (?:[a-z]+ ){0,2}(?:${HEIGHTS}|terraza|balcon|ventana|edificio|piso|vias|metro|tren|trailer|camion|camiones|carretera|autopista|autovia|freeway|highway|periferico|vacio|parking|parking garage)\\b`,
);
/** Going to, about to, now. */
export const INTENT_NOW =
  /\b(?:voy a|me voy a|estoy a punto de|a punto de|para|ahora|ahorita|ahora mismo|ya mismo|esta noche|hoy|en un rato|en cuanto|pienso (?!en))\b/;

/** Blood, and how much of it. */
export const BLOOD = /\b(?:sangre|sangrando|sangro|sangra|sangran|desangrando|desangrarme|desangro|sangrado)\b/;
export const DEEP_WOUND =
  /\b(?:mucho|mucha|muchisim[ao]|no para|no se detiene|no deja de|no puedo parar|no puedo pararla|no la puedo parar|no se me para|por todo el (?:piso|suelo|bano|bathroom floor|floor)|no se para|a chorros|por todos lados|por todas partes|el piso|la tina|la banera|el lavabo|empapad[ao]|charco|profund[ao]|hond[ao]|las venas|la muneca|las munecas|cortado|cortada|corte|cortes|me corte|el cuello)\b/;
/** Bleeding that is no injury: a nose, gums, a period, a blood test, a temper. */
export const OTHER_BLOOD =
  /\b(?:nariz|encias|dedo|curita|tirita|vendita|cocina|cebolla|tomate|verdura|pollo|pescado|fruta|regla|periodo|menstrua|donar|done|analisis|examen|presion|azucar|glucosa|tipo de sangre|muela|dentista|sangre fria|sangre azul|mala sangre|hierve|se me sube)/;

// Crisis parts.

/** Wanting, wishing, praying, feeling the urge. */
export const LONGING =
  /\b(?:quiero|quisiera|queria|me gustaria|ojala|deseo|desearia|deseaba|tengo ganas de|me dan ganas de|me daban ganas de|me entran ganas de|me vienen ganas de|siento ganas de|necesito|le pido a dios|pido a dios|rezo|prefiero|preferiria|seria mejor|mejor seria|lo mejor seria|lo mejor es|seria lo mejor|solo quiero|nomas quiero|lo unico que quiero|sueno con|espero|want)\b/;

/** Dead, gone, not waking: the end longed for. */
export const ENDING_UP_GONE =
  /\b(?:morir|morirme|muriera|me muriera|me muriese|estar muert[oa]|estuviera muert[oa]|dejar de existir|no existir|no haber nacido|nunca haber nacido|desaparecer|esfumarme|desvanecerme|evaporarme|borrarme del mapa|irme para siempre|irme de este mundo|dejar este mundo|despedirme de este mundo|despedirme del mundo|no despertar|no despertarme|no despertara|no despierte|no me despierte|no me despertara|no volver a despertar|no volviera a despertar|no amanecer|no amanezca|no amaneciera|dormir para siempre|dormirme para siempre|quedarme dormid[oa] para siempre|que me lleve dios|que dios me lleve|que todo (?:se acabe|termine|se termine)|que (?:se acabe|termine|se termine) (?:todo|mi vida)|que esto (?:se acabe|termine|se termine)|que (?:alguien |algo |dios )?me (?:mate|maten|matara|mataran|atropelle|atropellen|atropellara)|que (?:alguien |algo |dios )?me (?:lleve|llevara)(?! (?:(?!cuando |camino |mientras |si )[a-z]+ ){0,5}?(?:a|al|hasta|de) (?:casa|la farmacia|farmacia|hospital|el hospital|tiempo|doctor|el doctor|dentista|el dentista|misa|iglesia|la iglesia|fiesta|la fiesta|comprar|ver el partido|mi casa|centro|el centro|trabajo|mi trabajo|la escuela|escuela|la oficina|oficina|aeropuerto|el aeropuerto|super|el super|la tienda|tienda|mercado|el mercado|parque|el parque|la playa|playa|cine|el cine|la universidad|la uni|la prepa|paseo|compras|viaje|vacaciones|comer|cenar|desayunar|bailar|pasear)\b)|me (?:de|diera|diese|pase|pasara) (?:un infarto|un paro|un accidente|algo malo)|que me atropelle|que me atropellen|me atropellara|me atropellaran|me atropelle|me atropellen|me (?:caiga|cayera) un rayo|que me mate|que me maten|que me de un infarto|no estar aqui|ya no estar|descansar para siempre|acabar con todo|terminar con todo|die)\b/;
/** A break from work is a disappearance of another kind. */
export const A_BREAK =
  /\b(?:un rato|unos dias|unas horas|un fin|el fin de semana|fin de semana|de vacaciones|vacaciones|de la oficina|del trabajo|de (?:las |la |el |los )?(?:redes|internet|instagram|facebook|tiktok|whatsapp|grupo|fiesta|reunion|clase|escuela|ciudad|pueblo|casa)|una semana|un mes|ir de viaje|a la playa|a la montana|del mapa un)\b/;

/** What one goes without for self-discipline ("me castigo sin postre"), not hunger. */
export const EVERYDAY_TREATS =
  '(?:postre|dulces?|chocolates?|pan|pizza|helado|botanas|tacos|galletas|refrescos?|alcohol|cerveza|chatarra|comida chatarra|azucar|harinas|frituras|papas|golosinas|chuches|vino|cafe|soda)';

/** Hurting the body: cutting, burning, hitting, scratching, oneself. */
export const HARMING = new RegExp(
  String.raw`\b(?:cortarme|me corto|me cortaba|me corte|me he cortado|me estoy cortando|me he estado cortando|me sigo cortando|cortandome|me hago cortes|hacerme cortes|me hice cortes|me he hecho cortes|lastimarme|me lastimo|me lastime|me he lastimado|me he estado lastimando|lastimandome|me estoy lastimando|hacerme dano|me hago dano|me hice dano|me he hecho dano|haciendome dano|me estoy haciendo dano|quemarme|me quemo|me queme|me he quemado|quemandome|golpearme|me golpeo|me golpee|me pego|me pegue|pegarme|me doy golpes|me daba golpes|me doy de golpes|darme golpes|darme de golpes|rasgunarme|me rasguno|me rasgune|aranarme|me arano|me arane|castigarme(?! sin (?!(?:comer|dormir|beber|agua)\b(?! ${EVERYDAY_TREATS})))|me castigo(?! (?:a mi mism[oa] )?sin (?!(?:comer|dormir|beber|agua)\b(?! ${EVERYDAY_TREATS}))| con (?:una|un) (?:ensalada|dieta))|autolesionarme|me autolesiono|me autolesione|cutting|hurt myself)\b|\bme (?:quiero|voy a|volvi a|he vuelto a|vuelvo a|volvere a|puse a|pongo a|dan ganas de|estoy volviendo a|sigo) (?:cortar|lastimar|quemar|golpear|rasgunar|hacer dano|hacer cortes|autolesionar)\b`,
);
/** On purpose, again, with a blade, on the arms: self-harm rather than an accident. */
export const ON_MYSELF =
  /\b(?:a proposito|adrede|queriendo|otra vez|de nuevo|volvi a|he vuelto a|vuelvo a|volver a|recai|recaida|recaer|ganas de|me dan ganas|necesito|necesidad de|quiero|impulso|impulsos|para sentir|para sentirme|hasta hacerme|moretones|moratones|cuando estoy agobiad[oa]|con cigarros|con cigarrillos|para castigarme|para aliviar|para calmarme|hasta sangrar|hasta que sangr|con (?:una|la|el|un) (?:navaja|cuchilla|gillette|hoja|vidrio|cristal|encendedor|mechero|cigarro|cigarros|cigarrillo|cigarrillos|tijeras|compas|sacapuntas|cutter|cuter|aguja|lighter|razor)|los brazos|las munecas|las piernas|los muslos|mis brazos|mis munecas|mis piernas|mis muslos|la piel|el abdomen|cicatrices|a escondidas|conmigo mism[oa]|me odio|me calma|me alivia|me tranquiliza|me ayuda|lo unico que|para no sentir|para sentir algo|contra la pared|contra el muro|la cabeza contra|hasta que me duel[ae]|cuando me siento (?:mal|sol[oa]|triste|vaci[oa])|cuando estoy (?:mal|triste)|a mi mism[oa]|cuando estoy sol[oa]|en secreto|que nadie (?:vea|se de cuenta)|dias sin|semanas sin|meses sin|again)\b/;
/** A kitchen, a game, a fall: hurt by accident. */
export const ACCIDENT =
  /\b(?:sin querer|por accidente|accidentalmente|cocin|picando|pelando|rebanando|partiendo|estufa|horno|sarten|plancha|aceite|olla|rasurandome|afeitandome|depilandome|jugando|entrenando|gym|gimnasio|ejercicio|salir a correr|partido|futbol|me cai|cayendome|me tropece|en el trabajo|trabajando|obra|papel|arreglando|lavando|limpiando|platos|trastes|vasos|se rompio|se me rompio|se cayo|el sol|bronce|puerta|esquina|mueble|mesa|escalera|escalon|la rodilla|el tobillo|la espalda|el hombro|el pie)/;

/** Thinking, imagining, searching, planning. */
export const THINKING =
  /\b(?:pienso|pensando|pense|he pensado|pensaba|pensamientos|ideas|se me pasa por|se me ha pasado por|se me paso por|se me viene a la|se me vino a la|me imagino|imagino|fantaseo|busque|he buscado|buscando|investigue|ya se como|se exactamente como|tengo un plan|tengo pensado|he planeado|planeando|thinking)\b/;
/** What is thought of: a method, one's own death. */
export const METHOD_OR_DEATH =
  /\b(?:morir|morirme|la muerte(?! de)|mi muerte|mi funeral|mi propio funeral|matarme|quitarme la vida|tirarme|aventarme|lanzarme|arrojarme|colgarme|ahorcarme|cortarme las venas|envenenarme|ahogarme|tomarme (?:todas|las|mis|el frasco)|tragarme|no despertar|desaparecer para siempre|acabar con todo|terminar con todo|acabar con mi vida|estrellarme|pegarme un tiro|como hacerlo sin|la forma (?:mas|menos) [a-z]+ de|cuantas pastillas|dosis letal|letal|la manera (?:mas|menos) [a-z]+ de|metodos?|estar muert[oa]|dejar de existir|no estar aqui|no existir)\b/;

/** Hopeless with finality: nothing will change, so why go on. */
export const HOPELESS =
  /\b(?:nada vale la pena|nada tiene sentido|no hay esperanza|sin esperanza|ya no tengo esperanza|nunca va a (?:cambiar|mejorar)|nada va a cambiar|nunca voy a estar bien|no tengo futuro|no hay futuro|todo es inutil|no tiene remedio|no hay nada por (?:lo )?que (?:seguir|vivir|luchar))\b/;
export const FINALITY =
  /\b(?:ya no|seguir|vivir|para que|rendirme|me rindo|no puedo mas|no aguanto|me canse|de una vez|terminar|acabar|se acabe|termine)\b/;
