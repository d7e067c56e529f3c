/**
 * The crisis numbers in writing: a card in the Alexa app, so they can be read and dialled later,
 * and on a screen the numbers large and high-contrast. The contacts come from crisis-lines.ts (the
 * safety words given) and the words around them are the screen words given; this file only
 * arranges them. Alexa cannot place the calls, and nothing here says it will.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { Directive } from 'ask-sdk-model';
import type { Words } from '../content/words';
import { writtenCrisisContactsFor, type WrittenCrisisContacts } from '../guidance/safety/crisis-lines';
import { centredDocument } from './apl/centred-document';
import { DAY_LOOK, type Look } from './apl/looks';
import { supportsApl } from './apl/session-visual';

export type CrisisLevel = 'danger' | 'crisis';

export const CRISIS_VISUAL_TOKEN = 'crisis-numbers';

/** White on black, with the emergency number in a warm amber: both far above WCAG AAA contrast. */
const CRISIS_LOOK: Look = { ...DAY_LOOK, background: '#000000', text: '#FFFFFF', textOpacity: 1 };
const EMERGENCY_COLOUR = '#FFD166';
const DETAIL_COLOUR = '#E6E6E6';

/** Screens under 600 dp tall (Echo Show 5, Echo Spot) get smaller type, so everything fits. */
const bySize = (small: string, large: string): string => `\${viewport.height < 600 ? '${small}' : '${large}'}`;

const SIZES = {
  number: bySize('64dp', '96dp'),
  words: bySize('36dp', '52dp'),
  name: bySize('28dp', '40dp'),
  detail: bySize('22dp', '30dp'),
} as const;

type Size = keyof typeof SIZES;

export interface Piece {
  readonly text: string;
  readonly size: Size;
  readonly colour: string;
  /** Space after this piece, before the next group. */
  readonly gapAfter?: boolean;
}

type CrisisWords = Words['screens']['crisis'];

/** The emergency number, or the general words where Steady knows none. */
function emergencyOf(written: WrittenCrisisContacts | undefined, said: CrisisWords): string {
  return written?.emergencyDigits ?? said.anyEmergency;
}

/** The card's lines, in the order a person should act on them. */
export function crisisCardLines(locale: string | undefined, level: CrisisLevel, words: Words): string[] {
  const said = words.screens.crisis;
  const written = writtenCrisisContactsFor(words, locale);
  const emergency = emergencyOf(written, said);
  const line = written ? [written.lineSentence, ...(written.textOption ? [written.textOption] : [])] : [said.anyLine];
  return level === 'danger' ? [said.emergencyFirst(emergency), ...line] : [...line, said.emergencyAfter(emergency)];
}

function linePieces(written: WrittenCrisisContacts | undefined, said: CrisisWords): Piece[] {
  if (!written) return [{ text: said.anyLine, size: 'words', colour: CRISIS_LOOK.text }];
  return [
    { text: written.lineDigits, size: 'number', colour: CRISIS_LOOK.text },
    { text: written.lineName, size: 'name', colour: CRISIS_LOOK.text },
    { text: written.lineHow, size: 'detail', colour: DETAIL_COLOUR },
    ...(written.textOption ? [{ text: written.textOption, size: 'detail' as const, colour: DETAIL_COLOUR }] : []),
  ];
}

function emergencyPieces(written: WrittenCrisisContacts | undefined, level: CrisisLevel, said: CrisisWords): Piece[] {
  const label = level === 'danger' ? said.emergencyLabelFirst : said.emergencyLabelAfter;
  return [
    { text: label, size: 'detail', colour: EMERGENCY_COLOUR },
    { text: emergencyOf(written, said), size: written ? 'number' : 'words', colour: EMERGENCY_COLOUR },
  ];
}

/** What the screen shows, top to bottom: in danger the emergency number first. */
export function crisisScreenPieces(locale: string | undefined, level: CrisisLevel, words: Words): Piece[] {
  const said = words.screens.crisis;
  const written = writtenCrisisContactsFor(words, locale);
  const emergency = emergencyPieces(written, level, said);
  const [first, second] = level === 'danger' ? [emergency, linePieces(written, said)] : [linePieces(written, said), emergency];
  const spaced = first.map((piece, i) => (i === first.length - 1 ? { ...piece, gapAfter: true } : piece));
  return [...spaced, ...second];
}

function textItem(piece: Piece): Record<string, unknown> {
  const big = piece.size === 'number';
  return {
    type: 'Text',
    text: piece.text,
    color: piece.colour,
    fontSize: SIZES[piece.size],
    fontWeight: big ? 'bold' : 'normal',
    textAlign: 'center',
    width: '100%',
    ...(piece.gapAfter ? { paddingBottom: '5vh' } : {}),
  };
}

/** A self-contained APL document: the numbers large, centred, white and amber on black. */
export function crisisDocument(locale: string | undefined, level: CrisisLevel, words: Words): Record<string, unknown> {
  return centredDocument(CRISIS_LOOK, crisisScreenPieces(locale, level, words).map(textItem), { sidePadding: '5vw' });
}

/**
 * Leaves the crisis numbers in writing: always a card in the Alexa app; on a screen device,
 * the numbers large as well. `danger` puts the emergency number first in both. The words around
 * the numbers are the words given.
 */
export function addCrisisVisuals(input: HandlerInput, locale: string | undefined, level: CrisisLevel, words: Words): void {
  input.responseBuilder.withSimpleCard(words.screens.crisis.title, crisisCardLines(locale, level, words).join('\n'));
  if (!supportsApl(input.requestEnvelope)) return;
  const directive: Directive = {
    type: 'Alexa.Presentation.APL.RenderDocument',
    token: CRISIS_VISUAL_TOKEN,
    document: crisisDocument(locale, level, words),
  };
  input.responseBuilder.addDirective(directive);
}
