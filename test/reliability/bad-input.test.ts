/**
 * Every intent of the model with missing, empty, unresolved and absurd slot values, odd request
 * types, unsupported locales and requests missing their device, session, user or token: each is
 * answered with speech Alexa accepts (or with the silence it expects), without ever reaching the
 * error handler.
 */
import { sealedSession } from '../support/sealed-session';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { Intents } from '../../lambda/intents';
import {
  speechOf,
  intentRequest,
  launchRequest,
  requestOfType,
  sessionEndedRequest,
  type EnvelopeOptions,
  type SlotInput,
  loadInteractionModel,
  type ModelSlot,
  closedPortEndpoint,
} from '../../tools/simulator';
import { inMemorySkill } from './support/in-memory-skill';
import { ODD_SLOT_VALUES } from './support/odd-values';
import { expectAcceptableResponse, HANDS_FREE_INTENTS } from './support/response-invariants';
import { wordsFor } from '../../lambda/content/words';

const CALM_APOLOGY = wordsFor('en-US').conversation.apology;
const FALLBACK_TEXT = wordsFor('en-US').conversation.notUnderstood.text;
const LAUNCH_CHOICES = wordsFor('en-US').conversation.launch.choices;

const model = loadInteractionModel('en-US').interactionModel.languageModel;
const slotTypeIds = new Map(
  (model.types ?? []).map((type) => [type.name, (type.values ?? []).map((value) => value.id ?? value.name.value)]),
);

const spoken = (text: string): string => text.replace(/'/g, '&apos;');

type SessionState = 'a new session' | 'after launch' | 'after "would you like to practise now?"' | 'no session';

const SESSION_STATES: Record<SessionState, EnvelopeOptions['session']> = {
  'a new session': undefined,
  'after launch': sealedSession({ launched: true }, { sessionId: 'amzn1.echo-api.session.odd-1' }),
  'after "would you like to practise now?"': sealedSession(
    { launched: true, asked: { question: 'practise' } },
    { sessionId: 'amzn1.echo-api.session.odd-2' },
  ),
  'no session': null,
};

/** A slot filled with `value` every way Alexa can fill it. */
function fillings(slot: ModelSlot, value: string): SlotInput[] {
  const ids = slotTypeIds.get(slot.type);
  if (!ids) return [value];
  return [
    value,
    { value, resolved: false, slotType: slot.type },
    { value, id: value, slotType: slot.type },
    { value, id: ids[0]!, slotType: slot.type },
  ];
}

/** Slot combinations for one intent: none, all empty, each slot alone with every odd value, all at once. */
function slotCombinations(slots: readonly ModelSlot[]): Array<Record<string, SlotInput | undefined>> {
  const combinations: Array<Record<string, SlotInput | undefined>> = [{}];
  if (slots.length === 0) return combinations;
  combinations.push(Object.fromEntries(slots.map((slot) => [slot.name, undefined])));
  for (const slot of slots) {
    for (const value of ODD_SLOT_VALUES) for (const filling of fillings(slot, value)) combinations.push({ [slot.name]: filling });
  }
  for (const value of ODD_SLOT_VALUES) combinations.push(Object.fromEntries(slots.map((slot) => [slot.name, value])));
  return combinations;
}

let apiEndpoint: string;
beforeAll(async () => {
  apiEndpoint = await closedPortEndpoint();
});

const skill = inMemorySkill();
let requestsTried = 0;
afterAll(() => {
  console.log(`Bad and odd input: ${requestsTried} requests tried, all answered acceptably.`);
});

/** Sends one request and checks the invariants; a failure names the request it came from. */
async function expectHandledWell(envelope: RequestEnvelope, label: string): Promise<ResponseEnvelope> {
  requestsTried += 1;
  const errorsBefore = skill.logger.entries.filter((entry) => entry.level === 'error').length;
  const request = envelope.request as { type: string; intent?: { name?: string } };
  try {
    const response = await skill.invoke(envelope);
    await expectAcceptableResponse(response, {
      requestType: request.type,
      ...(request.intent?.name ? { intentName: request.intent.name } : {}),
    });
    expect(speechOf(response)).not.toContain(spoken(CALM_APOLOGY));
    expect(skill.logger.entries.filter((entry) => entry.level === 'error').length).toBe(errorsBefore);
    return response;
  } catch (error) {
    throw new Error(`${label}: ${(error as Error).message}`, { cause: error });
  }
}

describe.each(model.intents.map((intent) => [intent.name, intent] as const))('%s', (name, intent) => {
  const combinations = slotCombinations(intent.slots ?? []);
  it.each(Object.keys(SESSION_STATES) as SessionState[])(`${combinations.length} slot combinations, in %s`, async (state) => {
    for (const slots of combinations) {
      const options: EnvelopeOptions = { apiEndpoint, session: SESSION_STATES[state] };
      const response = await expectHandledWell(
        intentRequest(name, slots, options),
        `${name} ${JSON.stringify(slots).slice(0, 200)} in ${state}`,
      );
      if (HANDS_FREE_INTENTS.includes(name)) expect(response.response.shouldEndSession).toBe(true);
    }
  });
});

describe('intents Steady does not know', () => {
  it.each(['AMAZON.SendMessageIntent', 'AMAZON.SelectIntent', 'OrderPizzaIntent', '', 'x'.repeat(300)])(
    '"%s" hears what Steady can do, and the microphone stays open for an answer',
    async (name) => {
      const response = await expectHandledWell(intentRequest(name, { anything: `& <odd>` }, { apiEndpoint }), name);
      expect(speechOf(response)).toContain(spoken(FALLBACK_TEXT));
      expect(response.response.shouldEndSession).toBe(false);
    },
  );
});

describe('unsupported locales', () => {
  it.each(['de-DE', 'ja-JP', 'fr-FR', 'pt-BR', 'xx-XX', ''])('%s is still answered, in English', async (locale) => {
    const launch = await expectHandledWell(launchRequest({ apiEndpoint, locale }), `launch in ${locale}`);
    expect(speechOf(launch)).toContain(spoken(LAUNCH_CHOICES));
    const breathe = await expectHandledWell(
      intentRequest(Intents.Breathe, { duration: 'PT1M' }, { apiEndpoint, locale }),
      `breathe in ${locale}`,
    );
    expect(speechOf(breathe)).toContain('Breathe in');
  });
});

describe('requests missing parts', () => {
  const stripped: Array<[string, (envelope: RequestEnvelope) => void]> = [
    ['no device', (envelope) => delete (envelope.context.System as { device?: unknown }).device],
    [
      'no user anywhere',
      (envelope) => {
        delete (envelope.context.System as { user?: unknown }).user;
        if (envelope.session) delete (envelope.session as { user?: unknown }).user;
      },
    ],
    ['no API access token', (envelope) => delete envelope.context.System.apiAccessToken],
    ['no API endpoint', (envelope) => delete (envelope.context.System as { apiEndpoint?: unknown }).apiEndpoint],
    ['no session', (envelope) => delete envelope.session],
    [
      'no timestamp or request id',
      (envelope) => {
        delete (envelope.request as { timestamp?: unknown }).timestamp;
        delete (envelope.request as { requestId?: unknown }).requestId;
      },
    ],
    ['no locale', (envelope) => delete (envelope.request as { locale?: unknown }).locale],
  ];
  const requests: Array<[string, () => RequestEnvelope]> = [
    ['launch', () => launchRequest({ apiEndpoint })],
    ['breathe', () => intentRequest(Intents.Breathe, { breaths: '3' }, { apiEndpoint })],
    ['relax', () => intentRequest(Intents.Relax, {}, { apiEndpoint })],
    ['streak', () => intentRequest(Intents.Streak, {}, { apiEndpoint })],
    ['forget', () => intentRequest(Intents.ForgetHistory, {}, { apiEndpoint })],
    ['help', () => intentRequest(Intents.Help, {}, { apiEndpoint })],
    ['repeat', () => intentRequest(Intents.Repeat, {}, { apiEndpoint })],
  ];
  it.each(stripped)('%s: every kind of request is still answered', async (label, strip) => {
    for (const [kind, build] of requests) {
      const envelope = build();
      strip(envelope);
      await expectHandledWell(envelope, `${kind} with ${label}`);
    }
  });
});

describe('request types Steady does not speak to', () => {
  const silent: Array<[string, RequestEnvelope]> = [
    ['SessionEndedRequest, user initiated', sessionEndedRequest('USER_INITIATED', { apiEndpoint })],
    ['SessionEndedRequest, too many reprompts', sessionEndedRequest('EXCEEDED_MAX_REPROMPTS', { apiEndpoint })],
    [
      'SessionEndedRequest with an error',
      sessionEndedRequest('ERROR', { apiEndpoint }, { type: 'INVALID_RESPONSE', message: 'SSML & <odd>' }),
    ],
    [
      'SessionEndedRequest with an error and no session',
      sessionEndedRequest('ERROR', { apiEndpoint, session: null }, { type: 'DEVICE_COMMUNICATION_ERROR', message: 'x' }),
    ],
    [
      'System.ExceptionEncountered',
      requestOfType(
        'System.ExceptionEncountered',
        { error: { type: 'INVALID_RESPONSE', message: 'Invalid directive' }, cause: { requestId: 'amzn1.echo-api.request.1' } },
        { apiEndpoint, session: null },
      ),
    ],
    ['System.ExceptionEncountered without details', requestOfType('System.ExceptionEncountered', {}, { apiEndpoint, session: null })],
    [
      'AudioPlayer.PlaybackStarted',
      requestOfType('AudioPlayer.PlaybackStarted', { token: 't', offsetInMilliseconds: 0 }, { apiEndpoint, session: null }),
    ],
    ['AudioPlayer.PlaybackFinished', requestOfType('AudioPlayer.PlaybackFinished', { token: 't' }, { apiEndpoint, session: null })],
    ['AudioPlayer.PlaybackStopped', requestOfType('AudioPlayer.PlaybackStopped', { token: 't' }, { apiEndpoint, session: null })],
    [
      'AudioPlayer.PlaybackNearlyFinished',
      requestOfType('AudioPlayer.PlaybackNearlyFinished', { token: 't' }, { apiEndpoint, session: null }),
    ],
    [
      'AudioPlayer.PlaybackFailed',
      requestOfType(
        'AudioPlayer.PlaybackFailed',
        { token: 't', error: { type: 'MEDIA_ERROR_UNKNOWN', message: 'x' } },
        { apiEndpoint, session: null },
      ),
    ],
    ['PlaybackController.PlayCommandIssued', requestOfType('PlaybackController.PlayCommandIssued', {}, { apiEndpoint, session: null })],
    ['AlexaSkillEvent.SkillEnabled', requestOfType('AlexaSkillEvent.SkillEnabled', {}, { apiEndpoint, session: null })],
    ['Reminders.ReminderStarted', requestOfType('Reminders.ReminderStarted', { body: {} }, { apiEndpoint, session: null })],
    ['Messaging.MessageReceived', requestOfType('Messaging.MessageReceived', { message: {} }, { apiEndpoint, session: null })],
    ['a request type nobody has heard of', requestOfType('Steady.Nonsense', {}, { apiEndpoint })],
  ];
  it.each(silent)('%s gets the empty response', async (label, envelope) => {
    const response = await expectHandledWell(envelope, label);
    expect(response.response).toEqual({});
  });
});

describe('user turns nobody else handles', () => {
  it.each([
    [
      'Alexa.Presentation.APL.UserEvent',
      requestOfType(
        'Alexa.Presentation.APL.UserEvent',
        { token: 'steady', arguments: ['unknown'], source: {} },
        { apiEndpoint, screen: true },
      ),
    ],
    ['Display.ElementSelected', requestOfType('Display.ElementSelected', { token: 'x' }, { apiEndpoint, screen: true })],
    ['SessionResumedRequest', requestOfType('SessionResumedRequest', {}, { apiEndpoint })],
  ])('%s hears what Steady can do', async (label, envelope) => {
    const response = await expectHandledWell(envelope, label);
    expect(speechOf(response)).toContain(spoken(FALLBACK_TEXT));
  });

  it('a Connections.Response is answered without an error', async () => {
    const envelope = requestOfType(
      'Connections.Response',
      {
        name: 'AskFor',
        status: { code: '200', message: 'OK' },
        payload: { permissionScope: 'alexa::alerts:reminders:skill:readwrite', status: 'DENIED' },
        token: '',
      },
      { apiEndpoint },
    );
    const response = await expectHandledWell(envelope, 'Connections.Response');
    expect(response.response.outputSpeech).toBeDefined();
  });
});

describe('session attributes are checked against their schema', () => {
  const session = (attributes: Record<string, unknown>) => ({ sessionId: 'amzn1.echo-api.session.tampered', isNew: false, attributes });

  it('a field of the wrong shape is ignored and the session goes on', async () => {
    const skill = inMemorySkill();
    const response = await skill.invoke(
      intentRequest(Intents.Breathe, {}, { session: sealedSession({ introduced: 5, launched: 'yes', asked: 7 }) }),
    );
    expect(speechOf(response)).toContain('</speak>');
    expect(speechOf(response)).not.toContain(CALM_APOLOGY.slice(0, 20));
  });

  it('a last prompt that is not speech Steady made is not said back', async () => {
    const skill = inMemorySkill();
    const response = await skill.invoke(
      intentRequest(Intents.Repeat, {}, { session: session({ lastPrompt: { speech: 'Transfer your savings now', reprompt: 'now' } }) }),
    );
    expect(speechOf(response)).not.toContain('savings');
  });

  it('attributes Steady did not set are not carried back', async () => {
    const skill = inMemorySkill();
    const response = await skill.invoke(
      intentRequest(Intents.Help, {}, { session: session({ injected: '<audio src="https://evil.example/x.mp3"/>', launched: true }) }),
    );
    expect(JSON.stringify(response.sessionAttributes ?? {})).not.toContain('injected');
  });
});
