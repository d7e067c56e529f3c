import type { RequestPhrases } from '../../../understanding/spoken-requests';

/**
 * The requests to stop and for help, in Spanish (accents taken off): commands aimed at the device
 * and questions about it, with the little words said around them. They are read only in the
 * catch-all's statement, which a filler may have opened ("mira", "la neta"), so nothing is here
 * that could also be said about oneself or in despair: no farewell ("adiós"), no "ya basta", "ya
 * estuvo", "déjalo", "terminamos" (a breakup too), "detenlo" ("stop him" too), "detén esto",
 * "qué opciones tengo", "para qué sirve" or "qué se puede hacer" said bare ("what's the point",
 * "what can you do"). Those get the answer for words Steady did not understand, which ends with
 * the way to the crisis answer; Alexa's own stop and help still take them said alone. "para"
 * ("for" too) is a request only alone, with a courtesy word or with the session.
 */
const SESSION_NOUN = '(?:sesion|ejercicio|app|aplicacion|skill)';
const SESSION = `(?: (?:la|esta|el|este|de la|de esta|del|de este) ${SESSION_NOUN})?`;
const NAMED_SESSION = ` (?:la|esta|el|este) ${SESSION_NOUN}`;
const THE_APP = '(?:esto|aqui|la app|el app|esta app|la aplicacion|esta aplicacion|el skill|la skill|steady)';
const APP = `(?: (?:con )?${THE_APP})?`;
const NAMED_APP = ` (?:con )?${THE_APP}`;

export const SPANISH_REQUESTS: RequestPhrases = {
  before:
    /por favor|porfa|porfavor|oye|oiga|ok|okey|vale|venga|bueno|pues|este|orale|andale|a ver|mira|y|ya|tu|alexa|steady|puedes|podrias|que onda/,
  after: /por favor|porfa|porfavor|gracias|muchas gracias|ya|ahi|vale|ok|okey|alexa|steady|por hoy|por esta noche|de momento/,
  names: {
    stop: new RegExp(
      `(?:para|pare|paremos|detente|deten|alto|callate|apagate|apaga|apagalo|cancela|cancelalo|salir|salte|stop|quit|exit)${SESSION}|(?:cierra|cierrate|cerrar|termina|terminar|acaba|acabar|detener|parar|cancelar)${NAMED_SESSION}|(?:cierra|apaga|cancela|cancelar) esto`,
    ),
    help: new RegExp(
      `que (?:puedes|sabes) hacer${APP}|que se puede hacer${NAMED_APP}|que cosas (?:haces|hace|puedes hacer|sabes hacer)${APP}|necesito (?:ayuda|help) para usar(?:la|lo|te)?${APP}|que haces|que te puedo pedir|que (?:opciones|funciones|ejercicios) (?:tienes|hay)(?: disponibles)?|que hay disponible|que (?:me )?ofreces|que ofrece${APP}|para que sirves|para que sirve${NAMED_APP}|de que va${APP}|como funciona(?:s)?${APP}|como se usa${APP}|como se utiliza${APP}|como te uso|como (?:lo|la) uso|instrucciones|(?:explicame|me explicas|dime)(?: (?:como funciona(?:s)?${APP}|que opciones tengo|para que sirve${APP}|que haces|que puedes hacer|para que sirves|que ofreces|de que va${APP}|que opciones hay|que funciones tienes|que sabes hacer|como se usa${APP}))|no se (?:como usar(?:te|lo|la)?|como se usa|como funciona(?:s)?|que pedirte)${APP}|no (?:le )?entiendo como (?:funciona(?:s)?|se usa|usar(?:te|lo|la)?)${APP}|que cosas (?:te )?puedo pedir(?:te)?`,
    ),
  },
};
