/**
 * Conversation tests as transcripts, in the style of ask-sdk-controls' `testE2E`: what the user
 * says, with the request Alexa sends for it, then what Steady says back.
 *
 *   await expectTranscript(skill.conversation(), [
 *     'U: open Steady', launch(),
 *     'A: Welcome to Steady. … What would you like? [listening]',
 *     'U: yes', intent(Intents.Yes),
 *     "A: … That's calm breathing … [ends]",
 *   ]);
 *
 * An `A:` line is the words Steady must say, in order: each part between two stand-alone `…` is
 * heard as written (pauses, sounds and markup left out; a part may begin or end the reply only
 * where the line has no `…` before or after it). Markers at the end of the line say more:
 * `[listening]` Steady waits for an answer, `[ends]` the session is over, `[plays]` a track starts
 * playing, `[silent]` Steady says nothing at all (an `A:` line of words alone cannot say that);
 * they combine, as in `A: [silent] [plays]`.
 */
import type { ResponseEnvelope } from 'ask-sdk-model';
import { type Conversation, type EnvelopeBuilder, speechOf, type TurnOptions, type SlotInput, type Nlu } from '../../tools/simulator';
import { ssmlPieces } from '../../tools/lib/ssml-pieces';

/**
 * The request a user's words become, sent through the conversation (its session, its clock);
 * `words` are the `U:` line's.
 */
export type Said = (conversation: Conversation, words: string) => Promise<ResponseEnvelope>;

/**
 * Says a sentence to Alexa: the interaction model (the runner's classifier, trained on the model's
 * samples) decides which request reaches the skill, in this conversation's session.
 */
export async function sayThroughModel(
  nlu: Nlu,
  conversation: Conversation,
  words: string,
): Promise<{ intent: string; response: ResponseEnvelope }> {
  const resolution = nlu.resolve(words, { sessionOpen: conversation.isOpen });
  if (resolution.kind === 'launch') return { intent: 'LaunchRequest', response: await conversation.launch() };
  if (resolution.kind !== 'intent') throw new Error(`"${words}" does not reach Steady`);
  if (resolution.invocation) conversation.leave();
  return { intent: resolution.name, response: await conversation.intent(resolution.name, resolution.slots) };
}

/** The `U:` line's words as the interaction model hears them; they must reach `expected`. */
export const understood =
  (nlu: Nlu, expected: string): Said =>
  async (conversation, words) => {
    const { intent: reached, response } = await sayThroughModel(nlu, conversation, words);
    if (reached !== expected) throw new Error(`"${words}" reaches ${reached}, not ${expected}`);
    return response;
  };

export const launch =
  (turn: TurnOptions = {}): Said =>
  (conversation) =>
    conversation.launch(turn);

export const intent =
  (name: string, slots?: Record<string, SlotInput | undefined>, turn: TurnOptions = {}): Said =>
  (conversation) =>
    conversation.intent(name, slots, turn);

/** Any other request Alexa sends (an AudioPlayer event, a session end). */
export const request =
  (build: EnvelopeBuilder, turn: TurnOptions = {}): Said =>
  (conversation) =>
    conversation.send(build, turn);

export type TranscriptLine = string | Said;

const ENTITIES: Readonly<Record<string, string>> = { '&apos;': "'", '&quot;': '"', '&lt;': '<', '&gt;': '>', '&amp;': '&' };

const plain = (text: string): string =>
  text
    .replace(/&(apos|quot|lt|gt|amp);/g, (entity) => ENTITIES[entity]!)
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

/** The words of a response as a listener hears them: speech only, in order. */
export function heardWords(response: ResponseEnvelope): string {
  const ssml = speechOf(response);
  if (ssml === '') return '';
  const spoken = ssml.startsWith('<speak>') ? ssmlPieces(ssml).flatMap((piece) => (piece.kind === 'speech' ? [piece.text] : [])) : [ssml];
  return plain(spoken.join(' '));
}

type Marker = 'listening' | 'ends' | 'plays' | 'silent';

function parseSteadyLine(line: string): { parts: string[]; open: { start: boolean; end: boolean }; markers: Marker[] } {
  const said = line.slice(2).trim();
  const tail = /(?:\s*\[(?:listening|ends|plays|silent)\])+$/.exec(said);
  const words = tail ? said.slice(0, tail.index) : said;
  const markers = tail ? [...tail[0].matchAll(/\[(\w+)\]/g)].map((found) => found[1] as Marker) : [];
  const pieces = ` ${words} `.split(/\s…\s/);
  const parts = pieces.map((piece) => plain(piece));
  return {
    parts: parts.filter((part) => part !== ''),
    open: { start: parts[0] === '', end: parts[parts.length - 1] === '' },
    markers,
  };
}

/** Where each part is heard, in order; the reason it is not, otherwise. */
function mismatch(response: ResponseEnvelope, line: string): string | undefined {
  const heard = heardWords(response);
  const { parts, open, markers } = parseSteadyLine(line);
  if (markers.includes('silent') && parts.length > 0) throw new Error(`"${line}" gives words to a silent reply`);
  let from = 0;
  for (const [index, part] of parts.entries()) {
    const at = heard.indexOf(part, from);
    if (at === -1) return `“${part}” is not heard${index > 0 ? ' after what came before it' : ''}`;
    if (index === 0 && !open.start && at !== 0) return `the reply does not begin with “${part}”`;
    from = at + part.length;
  }
  if (parts.length > 0 && !open.end && from !== heard.length) return `the reply goes on after “${parts[parts.length - 1]}”`;
  for (const marker of markers) {
    const wrong = markerMismatch(response, marker);
    if (wrong) return wrong;
  }
  return undefined;
}

function markerMismatch(envelope: ResponseEnvelope, marker: Marker): string | undefined {
  const { response } = envelope;
  const plays = (response.directives ?? []).some((directive) => directive.type === 'AudioPlayer.Play');
  if (marker === 'listening' && response.shouldEndSession !== false) return 'Steady is not listening for an answer';
  if (marker === 'ends' && response.shouldEndSession === false) return 'the session stays open';
  if (marker === 'plays' && !plays) return 'no track starts playing';
  if (marker === 'silent' && (response.outputSpeech !== undefined || response.reprompt !== undefined)) return 'Steady speaks';
  return undefined;
}

/**
 * Plays the user's turns and checks each of Steady's; a difference fails with the transcript as
 * far as it went, Steady's actual words included. Answers every response, in order.
 */
export async function expectTranscript(conversation: Conversation, lines: readonly TranscriptLine[]): Promise<ResponseEnvelope[]> {
  const responses: ResponseEnvelope[] = [];
  const told: string[] = [];
  let response: ResponseEnvelope | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (typeof line !== 'string') throw new Error(`line ${i + 1}: a request must follow a "U:" line`);
    if (line.startsWith('U:')) {
      const said = lines[i + 1];
      if (typeof said !== 'function') throw new Error(`line ${i + 1}: "${line}" needs the request it sends after it`);
      response = await said(conversation, line.slice(2).trim());
      responses.push(response);
      told.push(`  ${line}`);
      i += 1;
    } else if (line.startsWith('A:')) {
      if (!response) throw new Error(`line ${i + 1}: Steady speaks only after the user`);
      const wrong = mismatch(response, line);
      told.push(`  A: ${heardWords(response)}`);
      if (wrong) {
        throw new Error(`Steady's answer differs: ${wrong}.\n  expected ${line}\n\nThe transcript so far:\n${told.join('\n')}`);
      }
    } else throw new Error(`line ${i + 1}: a transcript line starts with "U:" or "A:", not "${line}"`);
  }
  return responses;
}
