import type { RequestPhrases } from '../../../understanding/spoken-requests';

/**
 * The requests to stop and for help, in Spanish (accents taken off), as plain commands and
 * questions with the little words said around them. Nothing that could be a statement about
 * oneself: "necesito ayuda", "ayúdame", "no quiero seguir", "me voy" and "quiero terminar con
 * todo" are left to the feelings net and the safety grade. The feelings net's short carriers
 * ("ya", "se", "me") take a request's first word, so "estuvo", "acabo" and "explicas" come
 * without it.
 */
const SESSION =
  '(?: (?:(?:la|esta|el|este|de la|de esta|del|de este) (?:sesion|ejercicio|app|aplicacion|meditacion|respiracion|skill)|esto))?';
const APP = '(?: (?:con )?(?:esto|aqui|la app|el app|esta app|la aplicacion|esta aplicacion|el skill|la skill|steady))?';

export const SPANISH_REQUESTS: RequestPhrases = {
  before:
    /por favor|porfa|porfavor|oye|ok|okey|vale|bueno|pues|y|ya|ya esta|alexa|steady|puedes|podrias|quiero|mejor|ayuda|ayudame|help|ahora|que onda/,
  after:
    /por favor|porfa|porfavor|gracias|muchas gracias|ya|ahora|ahora mismo|ahorita|vale|ok|okey|bye|adios|alexa|steady|por hoy|por ahora|por esta noche|de momento|entonces/,
  names: {
    stop: new RegExp(
      `(?:para|parar|pare|paremos|detente|detenlo|deten|detener|alto|basta|ya basta|suficiente|es suficiente|callate|silencio|apagate|apaga|apagalo|cierra|cierrate|cerrar|termina|terminar|terminamos|terminemos|termine|he terminado|hemos terminado|acaba|acabar|acabamos|acabemos|he acabado|hemos acabado|sal|salir|salte|salgamos|corta|cortale|cancela|cancelar|cancelalo|stop|quit|exit|fin|se acabo|acabo)${SESSION}|adios|chao|chau|bye|hasta luego|hasta manana|hasta la proxima|nos vemos|ya esta|ya estuvo|estuvo|eso es todo|es todo|olvidalo|dejalo|dejemoslo|no me apetece seguir`,
    ),
    help: new RegExp(
      `que (?:puedes|puedo|sabes|se puede) hacer${APP}|que cosas (?:haces|hace|puedes hacer|sabes hacer)${APP}|necesito (?:ayuda|help) para usar(?:la|lo|te)?${APP}|que haces|que puedo (?:decir|pedir|pedirte)|que (?:opciones|funciones|ejercicios) (?:tengo|tienes|hay)(?: disponibles)?|que hay disponible|que (?:me )?ofreces|que ofrece${APP}|para que sirves|para que sirve${APP}|de que va${APP}|como funciona(?:s)?${APP}|como se usa${APP}|como se utiliza${APP}|como te uso|como (?:lo|la) uso|instrucciones|(?:explicame|me explicas|explicas|dime)(?: (?:como funciona(?:s)?${APP}|que haces|que puedes hacer|para que sirves|que ofreces|de que va${APP}|que opciones (?:tengo|hay)|que funciones tienes|que sabes hacer|como se usa${APP}))|explicame${APP}|no se (?:como usar(?:te|lo|la)?|como se usa|como funciona(?:s)?|que pedirte|que decirte|que puedo pedir)${APP}|no me aclaro${APP}|no (?:le )?entiendo como (?:funciona(?:s)?|se usa)${APP}`,
    ),
  },
};
