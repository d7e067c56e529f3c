import { requestSpoken } from '../../../lambda/understanding/spoken-requests';
import { gradeStatementText } from '../../../lambda/safety/grade';

/** The reader sees the catch-all's statement: what was said after at most a filler. */
describe('a request to stop or for help, said where Alexa heard a statement', () => {
  it.each([
    ['en-US', 'stop now', 'stop'],
    ['en-US', 'okay stop please', 'stop'],
    ['en-US', 'end the session now', 'stop'],
    ['en-US', 'how does this work', 'help'],
    ['en-US', 'what can you do', 'help'],
    ['en-GB', 'so quit please', 'stop'],
    ['en-US', 'cancel that', 'stop'],
    ['es-MX', 'pues detente ya', 'stop'],
    ['es-ES', 'cierra esto por favor', 'stop'],
    ['es-MX', 'para por favor', 'stop'],
    ['es-MX', 'detente ya', 'stop'],
    ['es-US', 'stop ya', 'stop'],
    ['es-ES', 'acaba la sesión', 'stop'],
    ['es-ES', 'salir de la aplicación', 'stop'],
    ['es-ES', 'explícame para qué sirves', 'help'],
    ['es-MX', 'dime qué opciones hay', 'help'],
    ['es-ES', 'para qué sirve esta aplicación', 'help'],
    ['es-MX', 'qué se puede hacer aquí', 'help'],
    ['es-US', 'cómo funciona la app', 'help'],
    ['es-MX', 'órale, ¿cómo funciona esto?', 'help'],
    ['es-US', 'este, ¿qué cosas puedo pedirte?', 'help'],
    ['es-US', 'no entiendo cómo usar esto', 'help'],
    ['es-ES', 'cancelar esto', 'stop'],
    ['es-MX', 'detente ahí', 'stop'],
    ['es-ES', 'dime qué opciones tengo', 'help'],
    ['es-ES', 'explícame para qué sirve esto', 'help'],
    ['es-MX', 'oye y tú para qué sirves', 'help'],
  ])('%s: "%s" is a request to %s', (locale, words, request) => {
    expect(requestSpoken(words, locale)).toBe(request);
  });

  it.each([
    ['en-US', "i can't stop crying"],
    ['en-US', 'stop stop stop'],
    ['en-US', 'shut up shut up shut up'],
    ['es-MX', 'cállate, cállate, cállate'],
    ['es-MX', 'mira, no sé qué hacer'],
    ['es-MX', 'a ver, ya basta'],
    ['en-US', 'i need help'],
    ['en-US', 'help me'],
    ['en-US', "i'm done"],
    ['en-US', 'make it stop'],
    ['en-US', 'i want to end it'],
    ['en-US', 'i want it all to stop'],
    ['en-US', 'stop breathing'],
    ['en-US', 'goodbye forever'],
    ['en-US', 'how do i stop worrying'],
    ['en-US', `stop ${'please '.repeat(20)}`],
    ['es-MX', 'necesito ayuda'],
    ['es-MX', 'ayúdame'],
    ['es-MX', 'no quiero seguir'],
    ['es-MX', 'ya me voy'],
    ['es-MX', 'me voy para siempre'],
    ['es-MX', 'quiero terminar con todo'],
    ['es-MX', 'quiero acabar con mi vida'],
    ['es-US', 'para dormir'],
    ['es-US', 'para siempre'],
    ['es-ES', 'adiós a todos'],
    ['es-ES', 'no puedo parar de llorar'],
    ['es-ES', 'me apetece seguir'],
    ['es-ES', 'no me apetece seguir'],
    ['es-MX', 'se acabó'],
    ['es-MX', 'quiero acabar ya'],
    ['es-MX', 'ayúdame ya basta por favor'],
    ['es-MX', 'para entonces'],
    ['es-MX', 'para la respiración'],
    ['es-MX', 'quiero terminar esto'],
    ['en-US', 'i want to quit'],
    ['en-US', 'leave'],
    ['en-US', 'finish'],
    ['en-US', 'no more'],
    ['en-US', "that's it"],
    ['en-US', 'quiet'],
    ['en-US', 'goodbye'],
    ['en-US', 'enough'],
    ['en-US', 'forget it'],
    ['en-US', "we're done"],
    ['en-US', 'what can i do'],
    ['es-MX', 'ya basta'],
    ['es-MX', 'ya estuvo'],
    ['es-MX', 'terminamos'],
    ['es-MX', 'terminé'],
    ['es-ES', 'adiós'],
    ['es-ES', 'déjalo'],
    ['es-MX', 'qué puedo hacer'],
    ['es-MX', 'explícame'],
    ['es-MX', 'detenlo'],
    ['es-MX', 'por favor detenlo'],
    ['es-MX', 'detén esto'],
    ['es-MX', 'para qué sirve'],
    ['es-MX', 'ya qué opciones tengo'],
    ['es-MX', 'pues qué se puede hacer'],
    ['en-US', 'what are my options'],
    ['en-US', 'what options do i have'],
  ])('%s: "%s" is not a request: it is left to the feelings net and the safety grade', (locale, words) => {
    expect(requestSpoken(words, locale)).toBeUndefined();
  });

  it.each([
    ['en-US', 'stop now'],
    ['en-US', 'end the session'],
    ['es-MX', 'para por favor'],
    ['es-ES', 'termina la sesión'],
  ])('%s: "%s" carries no crisis words, so the safety grade never stands between it and the request', (locale, words) => {
    expect(gradeStatementText(words, locale)).toBe('none');
  });

  it('reads nothing from a value that is not text, as a damaged envelope may carry', () => {
    for (const value of [null, 42, ['stop'], { value: 'stop' }]) expect(requestSpoken(value as unknown as string, 'en-US')).toBeUndefined();
  });
});
