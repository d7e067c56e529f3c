import type { RequestPhrases } from '../../../understanding/spoken-requests';

/**
 * The requests to stop and for help, in Spanish (accents taken off), as plain commands and
 * questions with the little words said around them. They are read only where Alexa heard the
 * whole statement (the catch-all), so each is the whole of what was said. Nothing that could be a
 * statement about oneself or a wish: "quiero acabar", "se acabó", "no me apetece seguir", "ya me
 * voy" and "ayúdame" are left to the feelings net and the safety grade, and "para" ("for" too)
 * is a request only alone or with a courtesy word or the session.
 */
const SESSION = '(?: (?:la|esta|el|este|de la|de esta|del|de este) (?:sesion|ejercicio|app|aplicacion|skill))?';
const APP = '(?: (?:con )?(?:esto|aqui|la app|el app|esta app|la aplicacion|esta aplicacion|el skill|la skill|steady))?';

export const SPANISH_REQUESTS: RequestPhrases = {
  before: /por favor|porfa|porfavor|oye|ok|okey|vale|bueno|pues|y|ya|ya esta|alexa|steady|puedes|podrias|que onda/,
  after: /por favor|porfa|porfavor|gracias|muchas gracias|ya|vale|ok|okey|bye|adios|alexa|steady|por hoy|por esta noche|de momento/,
  names: {
    stop: new RegExp(
      `(?:para|parar|pare|paremos|detente|detenlo|deten|detener|alto|basta|ya basta|suficiente|es suficiente|callate|silencio|apagate|apaga|apagalo|cierra|cierrate|cerrar|termina|terminar|terminamos|terminemos|termine|he terminado|hemos terminado|acaba|acabamos|acabemos|he acabado|hemos acabado|salir|salte|salgamos|cancela|cancelar|cancelalo|stop|quit|exit|fin)${SESSION}|(?:cierra|apaga|deten) esto|adios|chao|chau|bye|hasta luego|hasta manana|hasta la proxima|nos vemos|ya esta|ya estuvo|eso es todo|es todo|olvidalo|dejalo|dejemoslo`,
    ),
    help: new RegExp(
      `que (?:puedes|puedo|sabes|se puede) hacer${APP}|que cosas (?:haces|hace|puedes hacer|sabes hacer)${APP}|necesito (?:ayuda|help) para usar(?:la|lo|te)?${APP}|que haces|que puedo (?:decir|pedir|pedirte)|que (?:opciones|funciones|ejercicios) (?:tengo|tienes|hay)(?: disponibles)?|que hay disponible|que (?:me )?ofreces|que ofrece${APP}|para que sirves|para que sirve${APP}|de que va${APP}|como funciona(?:s)?${APP}|como se usa${APP}|como se utiliza${APP}|como te uso|como (?:lo|la) uso|instrucciones|(?:explicame|me explicas|dime)(?: (?:como funciona(?:s)?${APP}|que haces|que puedes hacer|para que sirves|que ofreces|de que va${APP}|que opciones (?:tengo|hay)|que funciones tienes|que sabes hacer|como se usa${APP}))|explicame${APP}|no se (?:como usar(?:te|lo|la)?|como se usa|como funciona(?:s)?|que pedirte|que decirte|que puedo pedir)${APP}|no me aclaro${APP}|no (?:le )?entiendo como (?:funciona(?:s)?|se usa)${APP}`,
    ),
  },
};
