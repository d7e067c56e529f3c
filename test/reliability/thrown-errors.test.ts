/**
 * Errors thrown anywhere: a failing store is absorbed where the practice is recorded and the
 * session goes on; anything else reaches the one error handler, which answers with a calm
 * sentence and one structured log line. `invoke` always resolves: the device's error tone is
 * never heard.
 */
import { sealedSession } from '../support/sealed-session';
import { AttributesManagerFactory, ResponseFactory, type HandlerInput } from 'ask-sdk-core';
import { InMemoryOwnTimeStore } from '../support/in-memory-own-time-store';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { errorHandler } from '../../lambda/handlers/error';
import { wordsFor } from '../../lambda/content/words';
import { Intents } from '../../lambda/intents';
import { createJsonLogger, silentLogger, type Logger } from '../../lambda/logger';
import { createTestSkill, TEST_SIGNING_KEY } from '../support/test-skill';
import type { PracticeStore } from '../../lambda/store/practice-store';
import type { TimeZoneLookup } from '../../lambda/skill-dependencies';
import { speechOf, intentRequest, launchRequest, requestOfType, sessionEndedRequest } from '../../tools/simulator';
import { brokenStore, fixedTimeZone, throwingTimeZones } from './support/broken-parts';
import { freshIdentity } from './support/real-skill';
import { expectAcceptableResponse } from './support/response-invariants';
import { RemindersClient } from '../../lambda/alexa/reminders';
import { TimersClient } from '../../lambda/alexa/timers';

const CALM_APOLOGY = wordsFor('en-US').conversation.apology;
const LAUNCH_CHOICES = wordsFor('en-US').conversation.launch.choices;

const {
  storeUnavailable: STORE_UNAVAILABLE_APOLOGY,
  forget: { notForgotten: NOT_FORGOTTEN },
} = wordsFor('en-US').summary;

const spoken = (text: string): string => text.replace(/'/g, '&apos;');

function unreachableOwnTime(): InMemoryOwnTimeStore {
  const ownTime = new InMemoryOwnTimeStore();
  ownTime.unavailable = true;
  return ownTime;
}

function skillWith(parts: { store?: PracticeStore; timeZones?: TimeZoneLookup; logger?: Logger }) {
  const lines: string[] = [];
  const logger = parts.logger ?? createJsonLogger({ level: 'debug', write: (line) => lines.push(line) });
  const skill = createTestSkill({
    store: parts.store ?? brokenStore('reject'),
    ownTime: unreachableOwnTime(),
    timeZones: parts.timeZones ?? fixedTimeZone('Europe/Paris'),
    logger,
  });
  const invoke = async (envelope: RequestEnvelope): Promise<ResponseEnvelope> => {
    const response = await skill.invoke(envelope);
    const request = envelope.request as { type: string; intent?: { name?: string } };
    await expectAcceptableResponse(response, {
      requestType: request.type,
      ...(request.intent?.name ? { intentName: request.intent.name } : {}),
    });
    return response;
  };
  return { invoke, logs: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe.each(['reject', 'throw'] as const)('a store whose every call fails (%s a plain Error)', (how) => {
  it('still guides breathing in full and logs the lost practice as an error', async () => {
    const store = brokenStore(how);
    const { invoke, logs } = skillWith({ store });
    const response = await invoke(intentRequest(Intents.Breathe, {}, freshIdentity()));
    expect(speechOf(response)).toContain('your body');
    expect(logs()).toContainEqual(expect.objectContaining({ level: 'error', message: 'practice not recorded' }));
    // The first failure stops the request's table calls: the preference read, and no write after it.
    expect(store.calls).toBe(1);
  });

  it('still guides a grounding session hands-free', async () => {
    const { invoke } = skillWith({ store: brokenStore(how) });
    const response = await invoke(intentRequest(Intents.Grounding, {}, freshIdentity()));
    expect(response.response.shouldEndSession).toBe(true);
  });

  it('apologises briefly for the streak, welcomes at launch, and says the history was not deleted', async () => {
    const { invoke } = skillWith({ store: brokenStore(how) });
    expect(speechOf(await invoke(intentRequest(Intents.Streak, {}, freshIdentity())))).toContain(spoken(STORE_UNAVAILABLE_APOLOGY));
    expect(speechOf(await invoke(launchRequest(freshIdentity())))).toContain(spoken(LAUNCH_CHOICES));
    const identity = freshIdentity();
    const session = sealedSession({ asked: { question: 'forget' } }, { userId: identity.userId });
    expect(speechOf(await invoke(intentRequest(Intents.Yes, {}, { ...identity, session })))).toContain(spoken(NOT_FORGOTTEN));
  });
});

describe('a time zone lookup that throws before it returns a promise', () => {
  it('does not stop the session', async () => {
    const { invoke } = skillWith({ timeZones: throwingTimeZones });
    const response = await invoke(intentRequest(Intents.Breathe, {}, freshIdentity()));
    expect(speechOf(response)).toContain('your body');
  });
});

/** Requests no handler can read as intended: each makes a handler throw. */
const HANDLER_BUGS: Array<[string, RequestEnvelope]> = [
  [
    'slot resolutions that are not a list',
    (() => {
      const envelope = intentRequest(Intents.Breathe, { technique: 'box' });
      (envelope.request as { intent: { slots: Record<string, unknown> } }).intent.slots.technique = {
        name: 'technique',
        value: 'box',
        resolutions: { resolutionsPerAuthority: 'not a list' },
      };
      return envelope;
    })(),
  ],
  ['an IntentRequest without an intent', requestOfType('IntentRequest')],
];

describe.each(HANDLER_BUGS)('a handler that throws on %s', (_label, envelope) => {
  it('answers with the calm apology, ends the session, and logs one structured error', async () => {
    const { invoke, logs } = skillWith({ store: brokenStore('reject') });
    const response = await invoke(envelope);
    expect(speechOf(response)).toContain(spoken(CALM_APOLOGY));
    expect(response.response.shouldEndSession).toBe(true);
    expect(response.response.reprompt).toBeUndefined();
    const errors = logs().filter((entry) => entry.level === 'error');
    expect(errors).toEqual([
      expect.objectContaining({
        message: 'request failed',
        requestType: 'IntentRequest',
        service: 'steady',
        timestamp: expect.any(String),
        error: expect.objectContaining({ name: expect.any(String), message: expect.any(String), stack: expect.any(String) }),
      }),
    ]);
  });

  it('still answers when even the logger throws', async () => {
    const throwing = () => {
      throw new Error('log sink gone');
    };
    const { invoke } = skillWith({ logger: { debug: throwing, info: throwing, warn: throwing, error: throwing } });
    const response = await invoke(envelope);
    expect(speechOf(response)).toContain(spoken(CALM_APOLOGY));
  });
});

describe('the error handler on its own', () => {
  function inputFor(envelope: RequestEnvelope): HandlerInput {
    return {
      requestEnvelope: envelope,
      attributesManager: AttributesManagerFactory.init({ requestEnvelope: envelope }),
      responseBuilder: ResponseFactory.init(),
    };
  }

  it('sends nothing a failed handler had half built: no reprompt, no directive', () => {
    const input = inputFor(intentRequest(Intents.Breathe));
    input.responseBuilder
      .reprompt('<speak>Anything else?</speak>')
      .addDirective({ type: 'Alexa.Presentation.APL.RenderDocument', token: 'x', document: {} });
    const response = errorHandler({
      store: brokenStore('reject'),
      ownTime: unreachableOwnTime(),
      timeZones: fixedTimeZone('UTC'),
      reminders: new RemindersClient(),
      timers: new TimersClient(),
      logger: silentLogger,
      signingKey: TEST_SIGNING_KEY,
    }).handle(input, new Error('bug'));
    expect(response).toEqual({
      outputSpeech: { type: 'SSML', ssml: expect.stringContaining(spoken(CALM_APOLOGY)) },
      shouldEndSession: true,
    });
  });

  it.each([
    ['SessionEndedRequest', sessionEndedRequest('ERROR', {}, { type: 'INVALID_RESPONSE', message: 'bad' })],
    ['System.ExceptionEncountered', requestOfType('System.ExceptionEncountered')],
    ['CanFulfillIntentRequest', requestOfType('CanFulfillIntentRequest', { intent: { name: Intents.Breathe } })],
    ['AudioPlayer.PlaybackFailed', requestOfType('AudioPlayer.PlaybackFailed')],
  ])('answers a %s, which allows no speech, with the empty response', (_type, envelope) => {
    const response = errorHandler({
      store: brokenStore('reject'),
      ownTime: unreachableOwnTime(),
      timeZones: fixedTimeZone('UTC'),
      reminders: new RemindersClient(),
      timers: new TimersClient(),
      logger: silentLogger,
      signingKey: TEST_SIGNING_KEY,
    }).handle(inputFor(envelope), new Error('bug'));
    expect(response).toEqual({});
  });
});

describe('the JSON logger', () => {
  it('writes a line even when a field cannot be serialised', () => {
    const lines: string[] = [];
    const logger = createJsonLogger({ write: (line) => lines.push(line) });
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(() => logger.error('odd fields', { cycle, big: BigInt(1) })).not.toThrow();
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'error', message: 'odd fields', fieldsDropped: expect.any(String) });
  });
});
