/**
 * Spanish statements of crisis, whole: thoughts of suicide and self-harm, the wish to be dead or
 * not to wake, a burden, no way out, tired of living, goodbyes, attempts and the euphemisms each
 * country uses for an ending ("quitarme de en medio", "irme de este mundo", "que Dios me lleve").
 * The categories follow the C-SSRS in its Spanish version (deseos de estar muerto, ideación activa,
 * método, intención, plan, actos preparatorios) and the warning signs published by the 988
 * Lifeline's Spanish service, Mexico's Línea de la Vida and Spain's 024 (docs/safety-sources.md).
 * Matched against normalised words: no accents, no punctuation.
 */

/** Suicide, self-harm and the wish to die, named outright (with the English US speakers mix in). */
const NAMED: readonly RegExp[] = [
  /\bsuicid/,
  /\bautolesion/,
  /\b(?:kill myself|killing myself|kms|unaliv|un alive|end my life|end it all|self harm|want to die|wanna die|(?:dont|do not|don t) want to (?:be alive|live|exist|wake up))/,
  /\b(?:matarme|me quiero matar|quiero matarme|me voy a matar|quitarme la vida|me quiero quitar la vida|acabar con mi vida|terminar con mi vida|ponerle fin a mi vida)\b/,
  /\b(?:quiero|quisiera|queria|me quiero|me queria|ya me quiero|tengo ganas de|me dan ganas de) (?:morir|morirme)\b/,
  /\b(?:ojala|quisiera|desearia|me gustaria) (?:me muriera|no existiera|no existiese|ya no existiera|me muera|morirme|estar muert[oa]|estuviera muert[oa]|no haber nacido|nunca haber nacido|no existir|no hubiera nacido|desaparecer para siempre)\b/,
  /\b(?:mejor|seria mejor|preferiria|prefiero) (?:estar )?(?:muert[oa]|morirme|me muero|desaparecer|no existir|no estar aqui)\b/,
  /\b(?:ya no|no) (?:quiero|deseo) (?:vivir|seguir viviendo|seguir vivo|seguir viva|existir|despertar|despertarme|estar vivo|estar viva|seguir en este mundo|estar en este mundo|seguir existiendo)\b/,
  /\bya no quiero (?:estar aqui|seguir)$|\bno quiero (?:estar aqui|seguir aqui)(?: mas| nunca mas| en este mundo| en esta vida)?$|\bya no quiero estar aqui\b(?! en| con| sol| hoy| esta| trabaj| ahorita| ahora)/,
  /\b(?:no|nunca) (?:hubiera|hubiese|haber) nacido\b/,
  /\b(?:tomar|tomarme|tragar|tragarme) (?:todas|todo) (?:mis|las|el|los) (?:[a-z]+ )?(?:pastillas|pastis|pildoras|medicinas|medicamentos|frasco|caja)\b(?! (?:del|de la|de mi) (?:tratamiento|receta|semana|dia))/,
  /\b(?:irme|me quiero ir|quiero irme|me voy a ir) (?:con (?:[a-z]+ ){1,2})?al cielo\b|\b(?:reunirme|estar) con (?:mi|el|ella|ellos) (?:[a-z]+ )?(?:en el cielo|alla arriba)\b/,
  /\b(?:quiero|quisiera|me gustaria) dejar de (?:existir|vivir|respirar|sentir todo)\b/,
  /\bme (?:quiero|voy a|pienso|tengo que) (?:ahorcar|colgar|suicidar|envenenar|quitar la vida|pegar un tiro|dar cuello|dar un tiro)\b/,
  /\b(?:me siento|estoy|me siento tan|me siento muy) atrapad[oa]\b|\bno (?:me siento|estoy) a salvo\b|\bsentido tiene (?:vivir|seguir viviendo|seguir aqui)\b/,
  /\bya no (?:vas|van) a tener que preocupar(?:te|se) (?:mas )?por mi\b/,
  /\b(?:como|donde|cuando|con que) me mataria\b(?! (?:mi|mis|tu|tus|su|sus|el|la|los|las)\b)/,
  /\b(?:quiero|quisiera|me gustaria|ojala pudiera) (?:disappear|desaparecer)(?: y ya| para siempre| de una vez| del mundo|$)|\bno quiero (?:wake up|despertar) (?:manana|nunca mas|otra vez|never)\b|\bnever wake up\b/,
];

/** Not waking, sleeping forever, being taken. */
const ENDING: readonly RegExp[] = [
  /\b(?:dormir|dormirme|acostarme) (?:y no (?:despertar|volver a despertar|levantarme)|para siempre)\b/,
  /\bojala (?:ya )?no (?:despertara|despierte|me despierte|me despertara|despertar|amanezca|amaneciera|vuelva a despertar|volviera a despertar)\b/,
  /\b(?:dios|diosito|el senor|la muerte|la parca|la virgen) (?:que )?(?:ya )?me (?:lleve|llevara|llevase|recoja|recogiera|recoge|lleva)\b|\bque (?:ya )?me (?:lleve|recoja) (?:dios|diosito|el senor|la muerte)\b/,
  /\b(?:pido|pidiendo|ruego|rogando|rezo) (?:a dios )?(?:para |por )?que (?:ya )?me (?:lleve|recoja|muera|quite la vida)\b/,
  /\b(?:quiero|quisiera|me gustaria|ojala) que (?:todo )?(?:se acabe|termine|se termine) (?:todo|ya|de una vez|para siempre)\b|\bque (?:todo|esto) (?:se acabe|termine|se termine|pare)(?: ya| de una vez| para siempre)?$/,
  /\bquiero que (?:se acabe|termine|se termine)$/,
  /\b(?:acabar|terminar) con todo\b|\bacabar con esto de una vez\b/,
];

/** Tired of living, no reason, no way out, no sense. */
const NO_REASON: readonly RegExp[] = [
  /\b(?:cansad[oa]|hart[oa]|agotad[oa]|fastidiad[oa]) de (?:vivir(?! con| en| aqui| lejos| cerca| de)|la vida|existir|estar viv[oa]|seguir viv[oa]|despertar cada dia|luchar$)\b/,
  /\bme (?:canse|he cansado|harte|he hartado) de (?:vivir|la vida|existir|estar viv[oa])\b/,
  /\b(?:cansad[oa]|hart[oa]|agotad[oa]) de (?:esta|mi) vida\b(?! de| en| aqui| social| laboral)|\b(?:esta|mi) vida (?:ya )?no la quiero\b/,
  /\b(?:sin|perdi|he perdido|se me (?:han |ha )?(?:quitado|ido|acabado)|se me (?:quitaron|fueron|acabaron)|ya no tengo|no tengo|no me quedan|no me quedan ya) (?:las |mis )?ganas de vivir\b/,
  /\bno (?:me importaria|me importa|me molestaria) (?:morir|morirme|no despertar|que me (?:mataran|atropellaran|pasara algo)|desaparecer|estar muert[oa])\b/,
  /\b(?:no quiero|ya no quiero|no quisiera|ya no quisiera|ojala no|no volver a) (?:volver a )?abrir (?:mas )?los ojos\b/,
  /\b(?:no puedo|ya no puedo) mas con (?:la|mi|esta) vida\b|\bno (?:aguanto|soporto) (?:mas )?(?:la vida|mi vida|esta vida|vivir|estar viv[oa]|seguir viviendo)\b/,
  /\bno (?:quiero|puedo) seguir (?:viviendo|existiendo|con vida|en este mundo|viv[oa])\b/,
  /\bno (?:hay|veo|le veo|encuentro|tengo) (?:otra )?salida(?! del| de la| de emergencia| al| a (?:este|esta|ese|esa|estos|estas) (?!vida|dolor|sufrimiento))\b/,
  /\bno (?:le )?(?:veo|encuentro|tiene|hay) (?:ningun |ni un |el |la )?(?:sentido|caso|razon|motivo|proposito|point|chiste) (?:a |en |de |para )?(?:la vida|mi vida|vivir|seguir viviendo|seguir viv[oa]|seguir aqui|seguir en este mundo|existir|estar aqui|estar viv[oa]|despertar|nada)\b/,
  /\b(?:mi vida|la vida|vivir|mi existencia) (?:ya )?no tiene (?:ningun )?(?:sentido|caso|valor)\b/,
  /\b(?:ya )?no tiene (?:caso|sentido) seguir(?: aqui| asi| viviendo)?$/,
  /\b(?:no tengo|ya no tengo|no hay|sin|no encuentro|ya no encuentro|me quede sin|se me acabaron las) (?:ninguna |ni una )?(?:razon|razones|motivo|motivos|ganas|porque|por que|para que|fuerzas|fuerza) (?:de |para )?(?:vivir|seguir viviendo|existir|seguir viv[oa]|seguir$)\b/,
  /\b(?:un alivio|una liberacion|un descanso) (?:morir|morirme|no despertar|desaparecer|no estar|dejar de existir|estar muert[oa])\b|\b(?:morir|morirme|la muerte|estar muert[oa]) (?:seria|sera|es) (?:un alivio|una liberacion|un descanso|lo mejor|la solucion|la unica salida)\b/,
  /\b(?:para que|de que sirve) (?:seguir viviendo|vivir|existir|sigo (?:viviendo|viv[oa]|aqui)|seguir aqui)\b|\bpara que seguir$/,
  /\bla vida no es para mi\b|\bno (?:naci|estoy hech[oa]) para (?:vivir|esta vida|este mundo)\b/,
  /\bno (?:deberia|merezco) (?:haber nacido|estar viv[oa]|estar aqui|existir|vivir)\b|\bpara que naci\b/,
];

/**
 * What can no longer be borne, said bare: "ya no puedo más" or "no aguanto más" with nothing after
 * it is heard as the crisis it may be (the samples of the crisis intent said so before the
 * statements that borrow everyday words reached the phrase slot); with what it is about ("ya no
 * puedo más con este calor", "no aguanto más de sueño") it is everyday.
 */
const CANNOT_GO_ON: readonly RegExp[] = [
  /\b(?:ya no|no) (?:puedo|aguanto|soporto) (?:mas|seguir)$|\b(?:ya no|no) puedo seguir asi$|\b(?:solo )?quiero (?:acabar|terminar) con esto$|\bya no (?:lo|la) (?:soporto|aguanto)$|\bno (?:se si|creo que) (?:pueda|podre|aguante) (?:seguir|mas)$/,
  /\b(?:ya )?nada vale la pena$|\b(?:la vida|mi vida|vivir) (?:ya )?no vale la pena\b/,
  /\bni de (?:seguir viv[oa]|vivir|seguir viviendo|existir)\b|\b(?:easiest way|best way) (?:to die|de morir(?:se|me)?)\b|\b(?:goodbye|adios|despedirme) (?:[a-z]+ ){0,6}por si (?:ya )?no estoy\b|\bya no me queda nada$|\bno me queda nada (?:por lo que|para) vivir\b/,
  /\b(?:el|este) dolor (?:ya )?es insoportable$|\bno (?:soporto|aguanto) (?:mas )?este dolor$/,
];

/** A burden, better off without me, nobody would miss me. */
const BURDEN: readonly RegExp[] = [
  /\bsi (?:yo )?(?:me muero|me muriera|desaparezco|desapareciera|ya no estoy|no estuviera|me voy) (?:[a-z]+ )?(?:nadie|a nadie) (?:se daria cuenta|se va a dar cuenta|lo notaria|me extranaria|me echaria de menos|le importaria|le va a importar)\b/,
  /\b(?:estarian|estaria|estarias|estan|serian) (?:mucho )?(?:better off|mejor|mas tranquil[oa]s?|mas feli[zc]e?s?) (?:sin mi|si (?:yo )?(?:no estuviera|me muriera|desapareciera|no existiera))\b|\b(?:soy|me siento) (?:un|una) (?:burden|carga)\b/,
  /\b(?:soy|ser|solo soy|me siento|me siento como) (?:una carga|un estorbo|un lastre|un peso muerto|una molestia para todos|un problema para todos)\b|\bsolo (?:doy|causo|traigo) problemas\b/,
  /\b(?:estarian|estaria|estan|estarias|seria|serian|vivirian) (?:mucho )?mejor (?:sin mi|si (?:yo )?(?:no estuviera|me muriera|desapareciera|no existiera))\b/,
  /\b(?:seria|es) mejor (?:para todos )?si (?:yo )?(?:no estuviera|me muriera|desapareciera|no existiera)\b|\bles haria un favor (?:a todos )?si\b/,
  /\bnadie me va a (?:missear|extranar|echar de menos)\b|\b(?:nadie|no) me (?:extranaria|echaria de menos|va a extranar|va a echar de menos|iba a extranar|extranara|echara de menos|extranarian|echarian de menos|van a extranar)\b/,
  /\b(?:(?:a )?nadie le importaria|nadie notaria|nadie se daria cuenta|(?:a )?nadie le va a importar) (?:si|que) (?:me muero|me muriera|desaparezco|desapareciera|ya no estoy|ya no estuviera|no estoy)\b/,
  /\b(?:sobro|estorbo) (?:en este mundo|en esta vida|aqui|en todos lados|en todas partes|en mi familia|en esta casa|a todos)\b|\bsiento que (?:sobro|estorbo)$/,
  /\b(?:ya )?no (?:voy a|van a tener que) (?:molestar|estorbar|ser una carga|dar lata|preocuparse por mi)(?: mas| a nadie| nunca mas)?\b|\bpronto (?:ya )?no (?:voy a )?(?:molestar|estorbar|estar aqui)\b/,
];

/** Goodbyes, giving things away, not being here. */
const GOODBYES: readonly RegExp[] = [
  /\b(?:(?:te|les) llamo para despedirme|(?:solo )?queria decir(?:te|les)? adios|me estoy despidiendo|vengo a despedirme|quiero despedirme de (?:todos|ustedes|ti)|queria despedirme|solo queria despedirme|me despido para siempre|esto es (?:una despedida|un adios)|es un adios|adios para siempre)\b/,
  /\b(?:ya )?no me (?:van a|vas a|volveran a|volveras a) (?:volver a )?(?:ver|escuchar|oir)\b|\bno van a saber mas de mi\b|\bes la ultima vez que (?:hablamos|me escuchas|me oyes|hablo contigo|te hablo)\b/,
  /\b(?:regale|estoy regalando|he regalado) (?:todas )?mis (?:cosas|pertenencias)\b/,
  /\b(?:esta noche|hoy) es (?:la|mi) ultima(?: vez| noche)?$|\bcuando (?:ya )?no este(?: aqui| mas| en este mundo)?$|\bcuando ya no este\b/,
  /\b(?:no voy a|ya no voy a) estar (?:aqui|aca|viv[oa]) (?:para|en|mucho)\b|\bno (?:quiero|voy a|creo) llegar a (?:manana|fin de ano|navidad|ano nuevo|mi cumpleanos|la proxima semana|el proximo ano|el ano que viene|otro ano|otra navidad|otro cumpleanos|diciembre)\b/,
  /\bno me veo (?:viv[oa]|aqui|llegando a|en el futuro|de viej[oa])\b/,
];

/** Thoughts, plans, attempts, urges to hurt oneself. */
const THOUGHTS: readonly RegExp[] = [
  /\b(?:pienso|pense|pensaba|pensando|he pensado|he estado pensando) en (?:matarme|suicidarme|morirme|morir|quitarme la vida|tirarme|aventarme|lanzarme|colgarme|ahorcarme|envenenarme|desaparecer para siempre|no despertar|acabar con todo|la muerte$)\b/,
  /\b(?:ganas de|quiero|quisiera|pienso en|pensando en|me dan ganas de) (?:tirarme|aventarme|lanzarme|arrojarme) (?:de|del|desde|por|al|a la|a las|frente)\b/,
  /\b(?:intente|he intentado|intentaba|trate de|ya intente) (?:matarme|suicidarme|quitarme la vida|ahorcarme|colgarme|tirarme|aventarme|envenenarme|cortarme las venas|morir)\b|\bya lo (?:intente|he intentado) (?:antes|una vez|dos veces|otra vez)\b/,
  /\bestuve a punto de (?:hacerlo|matarme|tirarme|aventarme|saltar|quitarme la vida)\b|\bme (?:lavaron el estomago|encontraron a tiempo|salvaron a tiempo)\b/,
  /\bcomo (?:me )?(?:puedo|podria) (?:matar(?:me)?|suicidar(?:me)?|morir(?:me)?|quitar(?:me)? la vida)\b|\bcomo se puede (?:morir|matar|suicidar)(?: uno)?\b|\bpensamientos de (?:muerte|morir|morirme|matarme|hacerme dano)\b/,
  /\bpara no sobrevivir\b|\b(?:pastillas|medicinas|medicamentos|pills) (?:son las que |que )?(?:te )?(?:matan|son mortales|son letales)\b(?! del? )|\bpasa si (?:te tiras|me tiro|uno se tira|te avientas|me aviento|uno se avienta) (?:de|desde|por|del)\b/,
  /\b(?:cuantas pastillas|que cantidad de [a-z]+) (?:se necesitan|hacen falta|necesito|para morir|matan)\b|\b(?:forma|manera) (?:mas facil|menos dolorosa|mas rapida|rapida|facil|indolora) de (?:morir|matarme|matarse|suicidarse|acabar)\b/,
  /\b(?:quitarme|quitarse) de en medio\b|\bme (?:quiero |voy a |tengo que )?quit(?:o|ar) de en medio\b|\b(?:irme|irse|salir|partir|me voy) de este mundo\b|\bdejar este mundo\b|\bme quiero ir (?:para siempre|con dios|de este mundo)\b/,
  /\b(?:hacer|cometer) una locura (?:conmigo|hoy|esta noche)\b|\bmiedo de (?:hacerme algo|lo que (?:me )?pueda hacer|hacer una locura)\b|\bno me siento segur[oa] conmigo\b|\bno confio en mi (?:mism[oa] )?(?:esta noche|ahorita|ahora)\b/,
  /\b(?:me he estado|me sigo|me estoy) (?:cortando|lastimando|haciendo dano|quemando|golpeando)\b|\bme hago cortes\b/,
  /\b(?:me imagino|imaginarme|me veo|fantaseo con estar|sueno con estar) (?:muert[oa]|en (?:mi|un) (?:funeral|ataud)|sin vida)\b/,
  /\bme (?:volvi a|he vuelto a|vuelvo a|sigo|dan ganas de|estoy volviendo a) (?:cortar|lastimar|quemar|golpear|rasgunar|hacer dano|hacer cortes|autolesionar)\b/,
  /\b(?:ganas de|necesito|quiero|urge|pienso en|pensando en|pense en|he pensado en|no dejo de pensar en) (?:cortarme|lastimarme|hacerme dano|quemarme|golpearme|autolesionarme)\b/,
];

/** Slang for dying, things given away for good, a method known, a prayer not to wake, asking what dose kills. */
const MORE: readonly RegExp[] = [
  // a dawn not wanted, a burden, scars, the easiest way, the liver.
  /\b(?:ni|no) quiero que amanezca\b|\bque no amanezca para mi\b|\b(?:nomas|solo|nada mas) estorbo\b|\bsoy un estorbo\b|\bsoy una carga\b|\bya no me importa si (?:sigo|vivo|me muero|despierto)\b|\bsi sigo (?:vivo |viva )?o no\b/,
  /\b(?:munecas|brazos|piernas|muslos) (?:llen[oa]s? de|con) (?:cicatrices|cortes|cortadas)\b|\bno quiero seguir aqui\b|\bseguir (?:aqui|viviendo) ni un dia mas\b/,
  /\b(?:forma|manera) (?:mas|menos) (?:facil|rapida|dolorosa|segura|tranquila|rapido) de (?:morir|morirse|morirme|matarse|matarme|suicidarse|acabar)\b|\bhace falta para danar el higado\b|\bdanar el higado del todo\b/,
  /\b(?:quiero|quisiera|ganas de|me quiero|me gustaria|ya me quiero) (?:ya )?(?:petatear(?:me)?|palmarla|estirar la pata|colgar los tenis)\b/,
  /\bnadie (?:me extranaria|me echaria de menos|notaria) (?:[a-z]+ ){0,2}si (?:me muero|muero|no estoy|desaparezco|me mato)\b|\ba nadie le haria falta si (?:me muero|muero|no estoy|desaparezco)\b/,
  /\bme (?:pego|golpeo|doy golpes|lastimo) con (?:el |un |mi |la |una )?(?:cinturon|cinto|hebilla|puno|puerta|pared)\b/,
  /\b(?:regale|le di|les di|le regale|les regale|estoy regalando) (?:[a-z]+ ){0,8}(?:porque|ya que|pues) (?:yo )?(?:ya )?no (?:los|las|lo|la) (?:voy a|vaya a) (?:necesitar|ocupar|usar)\b/,
  /\bcomo me (?:mataria|suicidaria|quitaria la vida)\b|\bdormid[oa] para siempre\b|\bme intente (?:colgar|matar|suicidar|ahorcar|cortar las venas)\b|\bintente (?:colgarme|matarme|suicidarme|ahorcarme|quitarme la vida)\b/,
  /\bdosis (?:de [a-z]+ )?(?:que )?(?:mata|es mortal|es letal|seria mortal)\b|\bcuant[ao]s (?:[a-z]+ ){0,3}(?:hacen falta|se necesitan|necesito) para (?:morir|matarme|no despertar)\b/,
  /\b(?:diosito|dios mio|senor) (?:[a-z]+ ){0,3}(?:me quiero ir contigo|llevame)\b|\bsolo quiero irme con (?:el|ella)\b|\b(?:rezo|pido|ruego) (?:[a-z]+ ){0,3}para no despertar(?:me)?\b/,
  // A wish to be run over; not belonging to this world; easier gone; the English words US Spanish mixes in.
  /\b(?:deseo|ojala|quisiera|espero|rezo para|pido) que me (?:pille (?:un|una)|(?:atropelle|arrolle) (?:un|una|el|la)) (?:coche|carro|camion|tren|autobus|bus|troca|trailer|rayo)\b(?! (?:de (?:la risa|inspiracion|las|la escuela)|mcqueen|nocturno|escolar))|(?<!\b(?:dice|canta|cancion) )\bno pertenezco a este mundo\b(?! (?:de|del)\b)/,
  /\b(?:seria|todo seria|estarian|estaria) (?:mas facil|mejor|mas tranquil[oa]s?) si (?:ya )?no (?:estuviera|existiera|viviera|despertara)\b(?! (?:el|la|los|las|un|una|tan|tanto|tanta|lloviendo|en (?:un|una|el|la|esta|este))\b)|\btired de (?:vivir(?! con| en| aqui| lejos| cerca| de| a)|la vida(?! de)|existir)\b/,
  /\b(?:(?:pensando en|pensar en|busque|buscando|googlee|quiero saber) how to end it|end it all|kill myself|killing myself|end my life|suicidal|want to die)\b/,
];

export const SPANISH_CRISIS: readonly RegExp[] = [
  ...NAMED,
  ...ENDING,
  ...NO_REASON,
  ...CANNOT_GO_ON,
  ...BURDEN,
  ...GOODBYES,
  ...THOUGHTS,
  ...MORE,
];
