/**
 * What people say for Alexa's built-in intents. Alexa trains these itself, so the interaction
 * model lists them with few or no samples; a skill only receives the ones its model declares.
 */
export const BUILT_IN_PHRASES: Readonly<Record<string, readonly string[]>> = {
  'AMAZON.HelpIntent': ['help', 'help me', 'i need help', 'what can i do', 'what do i do', 'what are my options', 'how do i use this'],
  'AMAZON.StopIntent': ['stop', 'stop it', 'quit', 'exit', 'off', 'shut up', 'be quiet', 'goodbye', 'bye', 'enough', "that's all"],
  'AMAZON.CancelIntent': ['cancel', 'cancel that', 'never mind', 'nevermind', 'forget it'],
  'AMAZON.RepeatIntent': ['repeat', 'repeat that', 'again', 'say it again', 'come again', 'pardon'],
  'AMAZON.NavigateHomeIntent': ['go home', 'home', 'go to the home screen'],
  'AMAZON.YesIntent': ['yes', 'yeah', 'yep', 'yes please', 'sure', 'ok', 'okay', 'of course', 'please do'],
  'AMAZON.NoIntent': ['no', 'nope', 'no thanks', 'no thank you', 'not now', 'not really'],
  'AMAZON.PauseIntent': ['pause', 'hold on', 'wait'],
  'AMAZON.ResumeIntent': ['resume', 'continue', 'keep going'],
  'AMAZON.StartOverIntent': ['start over', 'restart', 'from the beginning'],
  'AMAZON.NextIntent': ['next', 'skip', 'next one'],
  'AMAZON.PreviousIntent': ['previous', 'go back', 'back'],
};

/** What Spanish speakers say for the same built-in intents, in the three countries. */
export const SPANISH_BUILT_IN_PHRASES: Readonly<Record<string, readonly string[]>> = {
  'AMAZON.HelpIntent': [
    'ayuda',
    'ayudame',
    'necesito ayuda',
    'que puedo hacer',
    'que puedes hacer',
    'que sabes hacer',
    'que haces',
    'que puedo decir',
    'que opciones tengo',
    'opciones',
    'como funciona',
    'como se usa',
    'como te uso',
    'instrucciones',
    'no se que hacer',
  ],
  'AMAZON.StopIntent': [
    'para',
    'parar',
    'para ya',
    'detente',
    'detener',
    'alto',
    'basta',
    'ya basta',
    'suficiente',
    'callate',
    'silencio',
    'apagate',
    'adios',
    'chao',
    'hasta luego',
    'nos vemos',
    'salir',
    'sal',
    'cierra',
    'termina',
    'terminar',
    'fin',
    'ya esta',
    'ya termine',
    'eso es todo',
  ],
  'AMAZON.CancelIntent': ['cancela', 'cancelar', 'cancelalo', 'olvidalo', 'dejalo', 'no importa'],
  'AMAZON.RepeatIntent': ['repite', 'repitelo', 'otra vez', 'dilo otra vez', 'como', 'perdon'],
  'AMAZON.NavigateHomeIntent': ['inicio', 'ir al inicio', 'pantalla de inicio'],
  'AMAZON.YesIntent': ['si', 'si por favor', 'claro', 'vale', 'sale', 'ok', 'de acuerdo', 'por supuesto', 'dale'],
  'AMAZON.NoIntent': ['no', 'no gracias', 'ahora no', 'mejor no', 'para nada'],
  'AMAZON.PauseIntent': ['pausa', 'pausar', 'espera', 'un momento'],
  'AMAZON.ResumeIntent': ['continua', 'continuar', 'sigue', 'reanuda'],
  'AMAZON.StartOverIntent': ['empieza de nuevo', 'desde el principio', 'reinicia', 'otra vez desde el principio'],
  'AMAZON.NextIntent': ['siguiente', 'salta', 'la siguiente'],
  'AMAZON.PreviousIntent': ['anterior', 'atras', 'regresa', 'vuelve'],
};

/**
 * Courtesies and fillers people wrap a command in ("stop please", "okay, bye now"): with them
 * around one of a built-in intent's own phrases, the words are still that command.
 */
export const COMMAND_FILLERS: ReadonlySet<string> = new Set([
  'please',
  'now',
  'ok',
  'okay',
  'so',
  'well',
  'hey',
  'oh',
  'thanks',
  'thank',
  'you',
  'just',
  'alright',
  'right',
]);

/** The same in Spanish, as said in the US, Mexico and Spain (accents off, as the words are read). */
export const SPANISH_COMMAND_FILLERS: ReadonlySet<string> = new Set([
  'por',
  'favor',
  'porfa',
  'porfis',
  'ya',
  'oye',
  'oiga',
  'vale',
  'ok',
  'okey',
  'bueno',
  'venga',
  'andale',
  'orale',
  'gracias',
  'muchas',
  'pues',
  'a',
  'ver',
  'este',
  'entonces',
  'ahora',
  'ahorita',
  'mira',
  'dime',
  'y',
  'eh',
  'ay',
  'ea',
  'sale',
]);

/** Fillers that carry meaning before these words: "ya no importa" is "it no longer matters", not "cancel". */
const NOT_FILLER_BEFORE: Readonly<Record<string, readonly string[]>> = { ya: ['no'] };
/** Fillers that carry meaning after these words: after "para" ("for") they make "para entonces", "by then". */
const AFTER_FOR = ['para'];
const NOT_FILLER_AFTER: Readonly<Record<string, readonly string[]>> = {
  entonces: AFTER_FOR,
  ahora: AFTER_FOR,
  ahorita: AFTER_FOR,
  este: AFTER_FOR,
  a: AFTER_FOR,
  y: AFTER_FOR,
};

/** Whether tokens[i] is a filler around a command here. */
export function isCommandFiller(fillers: ReadonlySet<string>, tokens: readonly string[], i: number): boolean {
  const word = tokens[i] ?? '';
  return (
    fillers.has(word) &&
    !(NOT_FILLER_BEFORE[word] ?? []).includes(tokens[i + 1] ?? '') &&
    !(NOT_FILLER_AFTER[word] ?? []).includes(tokens[i - 1] ?? '')
  );
}

export const FALLBACK_INTENT = 'AMAZON.FallbackIntent';
