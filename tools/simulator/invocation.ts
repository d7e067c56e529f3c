/**
 * The ways people address a skill by name, after Alexa's supported invocation phrases:
 * "open steady", "ask steady to …", "tell steady that …", "start steady and …", "… using steady",
 * and in Spanish "abre steady", "pídele a steady que …", "dile a steady que …", "… con steady".
 */

export type Invocation = { readonly kind: 'launch' } | { readonly kind: 'one-shot'; readonly utterance: readonly string[] };

const OPENERS = [
  'open',
  'launch',
  'start',
  'begin',
  'load',
  'run',
  'use',
  'play',
  'resume',
  'abre',
  'abrir',
  'inicia',
  'empieza',
  'comienza',
  'usa',
  'pon',
];
const TALK_TO = [
  ['talk', 'to'],
  ['speak', 'to'],
  ['ask'],
  ['tell'],
  ['pidele', 'a'],
  ['pide', 'a'],
  ['preguntale', 'a'],
  ['pregunta', 'a'],
  ['dile', 'a'],
  ['habla', 'con'],
];
const ASK_CONNECTORS = ['to', 'for', 'about', 'if', 'whether', 'que', 'por', 'sobre', 'si'];
const TELL_CONNECTORS = ['to', 'that', 'que'];
const OPENER_CONNECTORS = ['and', 'to', 'y', 'para'];
const SUFFIX_CONNECTORS = ['using', 'with', 'from', 'on', 'con', 'en'];

function startsWith(tokens: readonly string[], prefix: readonly string[], at = 0): boolean {
  return prefix.every((word, i) => tokens[at + i] === word);
}

/** The invocation the tokens use, or undefined when they do not name the skill. */
export function parseInvocation(tokens: readonly string[], invocationName: readonly string[]): Invocation | undefined {
  const named = (at: number): boolean => startsWith(tokens, invocationName, at);
  const after = (at: number, connectors: readonly string[]): Invocation => {
    const rest = tokens.slice(at);
    if (rest.length === 0) return { kind: 'launch' };
    const body = connectors.includes(rest[0] ?? '') && rest.length > 1 ? rest.slice(1) : rest;
    return { kind: 'one-shot', utterance: body };
  };

  const verb = tokens[0] ?? '';
  if (OPENERS.includes(verb) && named(1)) return after(1 + invocationName.length, OPENER_CONNECTORS);
  for (const phrase of TALK_TO) {
    if (startsWith(tokens, phrase) && named(phrase.length)) {
      const connectors = phrase[0] === 'tell' || phrase[0] === 'dile' ? TELL_CONNECTORS : ASK_CONNECTORS;
      return after(phrase.length + invocationName.length, connectors);
    }
  }
  const suffixAt = tokens.length - invocationName.length - 1;
  if (suffixAt > 0 && SUFFIX_CONNECTORS.includes(tokens[suffixAt] ?? '') && named(suffixAt + 1)) {
    return { kind: 'one-shot', utterance: tokens.slice(0, suffixAt) };
  }
  return undefined;
}
