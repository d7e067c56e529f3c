import { AttributesManagerFactory, type HandlerInput, ResponseFactory } from 'ask-sdk-core';
import type { Response, ui } from 'ask-sdk-model';
import { addCrisisVisuals, CRISIS_VISUAL_TOKEN } from '../../../lambda/renderers/crisis-visuals';
import { MAX_VISUAL_DIRECTIVE_BYTES } from '../../../lambda/renderers/apl/limits';
import { intentRequest } from '../../../tools/simulator';
import { wordsFor } from '../../../lambda/content/words';
import { writtenCrisisContactsFor } from '../../../lambda/guidance/safety/crisis-lines';

/** The numbers written out by hand from docs/safety-sources.md, apart from the data they check. */
interface Expected {
  readonly locale: string | undefined;
  readonly line: string | undefined;
  readonly lineName: string | undefined;
  /** The number to text, and the word that says so, where the locale has a text option. */
  readonly text: { readonly digits: string; readonly words: RegExp } | undefined;
  readonly emergency: string;
}

const LOCALES: readonly Expected[] = [
  {
    locale: 'en-US',
    line: '988',
    lineName: '988 Suicide and Crisis Lifeline',
    text: { digits: '988', words: /call or text 988/i },
    emergency: '911',
  },
  {
    locale: 'en-CA',
    line: '988',
    lineName: 'Suicide Crisis Helpline',
    text: { digits: '988', words: /call or text 988/i },
    emergency: '911',
  },
  { locale: 'en-GB', line: '116 123', lineName: 'Samaritans', text: { digits: '85258', words: /text SHOUT to 85258/ }, emergency: '999' },
  {
    locale: 'en-AU',
    line: '13 11 14',
    lineName: 'Lifeline',
    text: { digits: '0477 13 11 14', words: /text Lifeline on 0477 13 11 14/i },
    emergency: '000',
  },
  { locale: 'en-IN', line: '14416', lineName: 'Tele MANAS', text: undefined, emergency: '112' },
  { locale: 'fr-FR', line: undefined, lineName: undefined, text: undefined, emergency: 'your local emergency number' },
  { locale: undefined, line: undefined, lineName: undefined, text: undefined, emergency: 'your local emergency number' },
];

const LEVELS = ['crisis', 'danger'] as const;

function handlerInput(locale: string | undefined, screen: boolean): HandlerInput {
  const requestEnvelope = intentRequest('CrisisIntent', {}, { locale: locale ?? 'en-US', screen });
  // No locale at all, as some requests arrive: the renderer must still leave the general words.
  if (locale === undefined) delete (requestEnvelope.request as { locale?: string }).locale;
  return {
    requestEnvelope,
    attributesManager: AttributesManagerFactory.init({ requestEnvelope }),
    responseBuilder: ResponseFactory.init(),
  };
}

function respond(locale: string | undefined, level: 'danger' | 'crisis', screen: boolean): Response {
  const input = handlerInput(locale, screen);
  const words = wordsFor('en-US');
  addCrisisVisuals(input, writtenCrisisContactsFor(words, locale), level, words);
  return input.responseBuilder.getResponse();
}

function cardOf(response: Response): { title: string; content: string } {
  expect(response.card?.type).toBe('Simple');
  const { title, content } = response.card as ui.SimpleCard;
  expect(typeof title).toBe('string');
  expect(typeof content).toBe('string');
  return { title: title ?? '', content: content ?? '' };
}

const renderDocuments = (response: Response) =>
  (response.directives ?? []).filter((directive) => directive.type === 'Alexa.Presentation.APL.RenderDocument');

/** Words that would promise Steady or Alexa places the call: "I'll call", "connecting you", "Steady will dial". */
const CLAIMS_TO_CALL = [
  /\b(I|I'll|I will|I'm|I am|we|we'll|we will|Steady|Alexa)\b[^.\n]{0,30}\b(call|calling|dial|dialling|dialing|connect|connecting|phone|text)\b/i,
  /\bconnect(ing)? you\b/i,
  /\bcalling (now|them|for you)\b/i,
];

describe.each(LOCALES)('the crisis card for $locale', (expected) => {
  it.each(LEVELS)('%s: names the line, the text option and the emergency number in digits', (level) => {
    const { title, content } = cardOf(respond(expected.locale, level, false));
    expect(title.length).toBeGreaterThan(0);
    if (expected.line) {
      expect(content).toContain(expected.line);
      expect(content).toContain(expected.lineName);
    } else {
      expect(content).toMatch(/contact a local crisis line/i);
    }
    if (expected.text) expect(content).toMatch(expected.text.words);
    else expect(content).not.toMatch(/\btext\b/i);
    expect(content).toContain(`call ${expected.emergency}`);
    expect(title.length + content.length).toBeLessThan(8000);
  });

  it('danger: the emergency number comes first', () => {
    const lines = cardOf(respond(expected.locale, 'danger', false)).content.split('\n');
    expect(lines[0]).toBe(`If you are in danger now, call ${expected.emergency}.`);
  });

  it('crisis: the line comes first and the emergency number last', () => {
    const lines = cardOf(respond(expected.locale, 'crisis', false)).content.split('\n');
    expect(lines[0]).toContain(expected.line ?? 'local crisis line');
    expect(lines[lines.length - 1]).toBe(`If you are in danger, call ${expected.emergency}.`);
  });

  it.each(LEVELS)('%s: never says Steady will place a call', (level) => {
    const { title, content } = cardOf(respond(expected.locale, level, true));
    for (const claim of CLAIMS_TO_CALL) expect(`${title}\n${content}`).not.toMatch(claim);
  });

  it.each(LEVELS)('%s, no screen: a card and no APL directive', (level) => {
    const response = respond(expected.locale, level, false);
    expect(response.card).toBeDefined();
    expect(response.directives ?? []).toEqual([]);
  });

  it.each(LEVELS)('%s, a screen: a card and one APL document showing the numbers', (level) => {
    const response = respond(expected.locale, level, true);
    expect(response.card).toBeDefined();
    const documents = renderDocuments(response);
    expect(documents).toHaveLength(1);
    const directive = documents[0] as unknown as { token: string; document: { type: string; version: string } };
    expect(directive.token).toBe(CRISIS_VISUAL_TOKEN);
    expect(directive.document.type).toBe('APL');
    const text = JSON.stringify(directive.document);
    if (expected.line) expect(text).toContain(`"text":"${expected.line}"`);
    if (expected.lineName) expect(text).toContain(expected.lineName);
    if (expected.text) expect(text).toContain(expected.text.digits);
    expect(text).toContain(`"text":"${expected.emergency}"`);
    for (const claim of CLAIMS_TO_CALL) expect(text).not.toMatch(claim);
    expect(Buffer.byteLength(JSON.stringify(directive))).toBeLessThanOrEqual(MAX_VISUAL_DIRECTIVE_BYTES);
  });

  it('the screen shows the emergency number first in danger, after the line in a crisis', () => {
    const shown = (level: 'danger' | 'crisis') => {
      const text = JSON.stringify(renderDocuments(respond(expected.locale, level, true))[0]);
      return {
        emergency: text.indexOf(`"text":"${expected.emergency}"`),
        line: text.indexOf(`"text":"${expected.line ?? 'Contact a local crisis line.'}"`),
      };
    };
    const danger = shown('danger');
    const crisis = shown('crisis');
    expect(danger.emergency).toBeGreaterThanOrEqual(0);
    expect(danger.line).toBeGreaterThan(danger.emergency);
    expect(crisis.line).toBeGreaterThanOrEqual(0);
    expect(crisis.emergency).toBeGreaterThan(crisis.line);
  });
});

describe('the check for a claim to place a call', () => {
  it.each(["I'll call 988 for you now.", 'Steady will dial 999.', 'Connecting you to Samaritans.', 'Alexa is calling them.'])(
    'catches "%s"',
    (claim) => {
      expect(CLAIMS_TO_CALL.some((pattern) => pattern.test(claim))).toBe(true);
    },
  );
});
