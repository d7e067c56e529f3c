/**
 * Drives a skill handler through several turns the way Alexa does: one session id while the
 * session stays open, the skill's sessionAttributes handed back on the next request, and a fresh
 * session once the skill has ended the last one.
 */
import type { RequestEnvelope, ResponseEnvelope, ui } from 'ask-sdk-model';
import { type EnvelopeOptions, type SlotInput, intentRequest, launchRequest, newSessionId } from './envelope';
import { localLambdaContext } from './lambda-context';

export type SkillHandler = (event: RequestEnvelope, context?: unknown) => Promise<ResponseEnvelope>;

/** Builds one request from the options the conversation decides (session, timestamp, ids). */
export type EnvelopeBuilder = (options: EnvelopeOptions) => RequestEnvelope;

/** Options for every turn. The conversation owns `session` and `requestId`. */
export interface ConversationOptions extends Omit<EnvelopeOptions, 'session' | 'requestId'> {
  /** Each request's timestamp; without it, `timestamp` or else the current time. */
  clock?: () => Date;
}

/** What a single turn may change, for example the timestamp or the device. */
export type TurnOptions = Omit<EnvelopeOptions, 'session'>;

interface OpenSession {
  readonly sessionId: string;
  readonly attributes: Record<string, unknown>;
}

export class Conversation {
  private openSession: OpenSession | undefined;
  private last: { request: RequestEnvelope; response: ResponseEnvelope } | undefined;

  constructor(
    private readonly handler: SkillHandler,
    private readonly options: ConversationOptions = {},
  ) {}

  launch(turn: TurnOptions = {}): Promise<ResponseEnvelope> {
    return this.send((o) => launchRequest(o), turn);
  }

  intent(name: string, slots?: Record<string, SlotInput | undefined>, turn: TurnOptions = {}): Promise<ResponseEnvelope> {
    return this.send((o) => intentRequest(name, slots, o), turn);
  }

  async send(build: EnvelopeBuilder, turn: TurnOptions = {}): Promise<ResponseEnvelope> {
    const { clock, ...envelopeDefaults } = this.options;
    const session = this.openSession
      ? { sessionId: this.openSession.sessionId, isNew: false, attributes: this.openSession.attributes }
      : { sessionId: newSessionId(), isNew: true };
    const timestamp = turn.timestamp ?? clock?.() ?? envelopeDefaults.timestamp;
    const request = build({ ...envelopeDefaults, ...turn, ...(timestamp ? { timestamp } : {}), session });
    const response = await this.handler(request, localLambdaContext());
    this.last = { request, response };
    // Alexa keeps listening only on an explicit false; absent means the session is over on a
    // voice-only device, and Steady never relies on a screen holding a silent session open.
    this.openSession =
      response.response.shouldEndSession === false
        ? { sessionId: session.sessionId, attributes: { ...(response.sessionAttributes ?? {}) } }
        : undefined;
    return response;
  }

  /** The user walks away: the next turn starts a new session. */
  leave(): void {
    this.openSession = undefined;
  }

  get isOpen(): boolean {
    return this.openSession !== undefined;
  }

  get sessionAttributes(): Record<string, unknown> {
    return this.openSession?.attributes ?? {};
  }

  get lastRequest(): RequestEnvelope | undefined {
    return this.last?.request;
  }

  get lastResponse(): ResponseEnvelope | undefined {
    return this.last?.response;
  }
}

function textOf(speech: ui.OutputSpeech | undefined): string {
  if (!speech) return '';
  return speech.type === 'SSML' ? speech.ssml : speech.text;
}

/** The response's outputSpeech: SSML as sent, or the plain text. Empty when silent. */
export function speechOf(response: ResponseEnvelope | undefined): string {
  return textOf(response?.response.outputSpeech);
}

/** The reprompt's speech, or undefined when the skill set no reprompt. */
export function repromptOf(response: ResponseEnvelope | undefined): string | undefined {
  const reprompt = response?.response.reprompt;
  return reprompt ? textOf(reprompt.outputSpeech) : undefined;
}
