/**
 * The practice table is unreachable, slow, stalled or throttling. Guidance is delivered in good
 * time all the same, a failed write is logged as an error (never with the user id), a streak
 * question hears a short apology, and one request waits on at most one failing table call.
 */
import { sealedSession } from '../support/sealed-session';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { wordsFor } from '../../lambda/content/words';
import { Intents } from '../../lambda/intents';
import { DYNAMODB_TIMEOUTS } from '../../lambda/store/dynamodb-client';
import {
  speechOf,
  intentRequest,
  launchRequest,
  type EnvelopeOptions,
  startSettingsApiStub,
  type SettingsApiStub,
  closedPortEndpoint,
  dynamoDbAnswer,
  dynamoDbError,
  startMisbehavingServer,
  type Misbehaviour,
  type MisbehavingServer,
} from '../../tools/simulator';
import { ANSWERED_UNDER_FAULT_WITHIN_MS } from './support/answer-bound';
import { freshIdentity, realSkill } from './support/real-skill';
import { expectAcceptableResponse } from './support/response-invariants';

const LAUNCH_CHOICES = wordsFor('en-US').conversation.launch.choices;

const {
  storeUnavailable: STORE_UNAVAILABLE_APOLOGY,
  forget: { forgotten: FORGOTTEN, notForgotten: NOT_FORGOTTEN },
} = wordsFor('en-US').summary;

/** As Steady speaks it: the renderer escapes apostrophes. */
const spoken = (text: string): string => text.replace(/'/g, '&apos;');

type Fault = { readonly label: string; readonly start: () => Promise<{ endpoint: string; server?: MisbehavingServer }> };

const misbehaving = (label: string, misbehaviour: Misbehaviour): Fault => ({
  label,
  start: async () => {
    const server = await startMisbehavingServer(misbehaviour);
    return { endpoint: server.endpoint, server };
  },
});

const FAULTS: readonly Fault[] = [
  { label: 'is unreachable (connection refused)', start: async () => ({ endpoint: await closedPortEndpoint() }) },
  misbehaving('accepts and never answers', { kind: 'hang' }),
  misbehaving('answers after 3 s', dynamoDbAnswer(200, '{}', 3000)),
  misbehaving('stalls after the headers', { kind: 'stall-body' }),
  misbehaving('trickles its answer a byte at a time', { kind: 'trickle-body', intervalMs: 200 }),
  misbehaving(
    'throttles (ProvisionedThroughputExceededException)',
    dynamoDbAnswer(
      400,
      dynamoDbError('ProvisionedThroughputExceededException', 'The level of configured provisioned throughput for the table was exceeded.'),
    ),
  ),
  misbehaving(
    'throttles (ThrottlingException)',
    dynamoDbAnswer(400, dynamoDbError('ThrottlingException', 'Rate of requests exceeds the allowed throughput.')),
  ),
  misbehaving('fails (500 InternalServerError)', dynamoDbAnswer(500, dynamoDbError('InternalServerError', 'Internal server error'))),
  misbehaving('answers with something that is not JSON', dynamoDbAnswer(200, '<html>gateway</html>')),
];

const worstMs: Record<string, number> = {};
afterAll(() => {
  console.log(`DynamoDB faults, slowest answer per fault (ms): ${JSON.stringify(worstMs)}`);
});

let settingsApi: SettingsApiStub;
beforeAll(async () => {
  settingsApi = await startSettingsApiStub({ timeZone: 'Europe/Dublin' });
  // A container's first request loads the SDK's lazily imported parts; measure warm requests.
  const warmUp = realSkill({ dynamoDbEndpoint: await closedPortEndpoint() });
  await warmUp.invoke(intentRequest(Intents.Breathe, {}, { ...freshIdentity(), apiEndpoint: settingsApi.endpoint }));
  warmUp.close();
});
afterAll(async () => {
  await settingsApi.stop();
});

interface UnderFault {
  readonly options: EnvelopeOptions;
  ask(envelope: RequestEnvelope): Promise<ResponseEnvelope>;
  expectWriteFailureLogged(): void;
}

/** Runs a scenario against its own faulty table and its own skill, so scenarios can run at once. */
async function underFault(fault: Fault, scenario: (context: UnderFault) => Promise<void>): Promise<void> {
  const { endpoint, server } = await fault.start();
  const skill = realSkill({ dynamoDbEndpoint: endpoint });
  const identity = freshIdentity();
  const context: UnderFault = {
    options: { ...identity, apiEndpoint: settingsApi.endpoint },
    async ask(envelope) {
      const requestsBefore = server?.requests ?? 0;
      const { response, elapsedMs } = await skill.invoke(envelope);
      worstMs[fault.label] = Math.max(worstMs[fault.label] ?? 0, Math.round(elapsedMs));
      expect(elapsedMs).toBeLessThan(ANSWERED_UNDER_FAULT_WITHIN_MS);
      // One failing call, retried once at most: a request never waits on the table twice.
      if (server) expect(server.requests - requestsBefore).toBeLessThanOrEqual(DYNAMODB_TIMEOUTS.maxAttempts);
      const request = envelope.request as { type: string; intent?: { name: string } };
      await expectAcceptableResponse(response, {
        requestType: request.type,
        ...(request.intent ? { intentName: request.intent.name } : {}),
      });
      const logged = skill.logLines.join('\n');
      expect(logged).not.toContain(identity.userId);
      expect(logged).not.toContain(identity.deviceId);
      return response;
    },
    expectWriteFailureLogged() {
      const failures = skill.logger.entries.filter((entry) => entry.level === 'error' && entry.message === 'practice not recorded');
      expect(failures).toHaveLength(1);
      expect(failures[0]).toMatchObject({ user: expect.stringMatching(/^[0-9a-f]{12}$/), error: expect.any(Error) });
    },
  };
  try {
    await scenario(context);
  } finally {
    skill.close();
    await server?.stop();
  }
}

const SCENARIOS: Array<[string, (context: UnderFault) => Promise<void>]> = [
  [
    'guides the default breathing session in full, and logs the lost practice as an error',
    async ({ ask, options, expectWriteFailureLogged }) => {
      const response = await ask(intentRequest(Intents.Breathe, {}, options));
      expect(speechOf(response)).toContain('calm breathing.');
      expect(speechOf(response)).toContain('your body');
      expect(response.response.shouldEndSession).toBe(true);
      expectWriteFailureLogged();
    },
  ],
  [
    'guides a fully named breathing session in full',
    async ({ ask, options, expectWriteFailureLogged }) => {
      const slots = { technique: { value: 'box breathing', id: 'box', slotType: 'BREATHING_TECHNIQUE' }, duration: 'PT2M' };
      const response = await ask(intentRequest(Intents.Breathe, slots, options));
      expect(speechOf(response)).toContain('That is box breathing');
      expectWriteFailureLogged();
    },
  ],
  [
    'guides a muscle relaxation hands-free',
    async ({ ask, options, expectWriteFailureLogged }) => {
      const slots = { length: { value: 'quick', id: 'quick', slotType: 'RELAXATION_LENGTH' } };
      const response = await ask(intentRequest(Intents.Relax, slots, options));
      expect(response.response.shouldEndSession).toBe(true);
      expectWriteFailureLogged();
    },
  ],
  [
    'answers a streak question with a short apology',
    async ({ ask, options }) => {
      const response = await ask(intentRequest(Intents.Streak, {}, options));
      expect(speechOf(response)).toContain(spoken(STORE_UNAVAILABLE_APOLOGY));
    },
  ],
  [
    'still welcomes at launch and offers the choices',
    async ({ ask, options }) => {
      const response = await ask(launchRequest(options));
      expect(speechOf(response)).toContain(spoken(LAUNCH_CHOICES));
      expect(response.response.shouldEndSession).toBe(false);
    },
  ],
  [
    'says kindly that the history could not be deleted',
    async ({ ask, options }) => {
      const session = sealedSession({ asked: { question: 'forget' } }, { userId: options.userId });
      const response = await ask(intentRequest(Intents.Yes, {}, { ...options, session }));
      expect(speechOf(response)).toContain(spoken(NOT_FORGOTTEN));
      expect(speechOf(response)).not.toContain(spoken(FORGOTTEN));
    },
  ],
];

/** Runs a scenario under every fault at once; a failure names each fault it failed under. */
async function underEveryFault(scenario: (context: UnderFault) => Promise<void>): Promise<void> {
  const outcomes = await Promise.allSettled(FAULTS.map((fault) => underFault(fault, scenario)));
  const failures = outcomes.flatMap((outcome, index) =>
    outcome.status === 'rejected' ? [`when the table ${FAULTS[index]!.label}: ${(outcome.reason as Error).message}`] : [],
  );
  expect(failures).toEqual([]);
}

describe(`under each of ${FAULTS.length} table faults (${FAULTS.map((fault) => fault.label).join('; ')})`, () => {
  it.each(SCENARIOS)('%s', (_name, scenario) => underEveryFault(scenario));
});

describe('when the table and the Settings API both hang', () => {
  it.concurrent('the default breathing session is still delivered in time: each wait ends at its own deadline', async () => {
    const table = await startMisbehavingServer({ kind: 'hang' });
    const settings = await startMisbehavingServer({ kind: 'hang' });
    const skill = realSkill({ dynamoDbEndpoint: table.endpoint });
    try {
      const identity = freshIdentity();
      const { response, elapsedMs } = await skill.invoke(
        intentRequest(Intents.Breathe, {}, { ...identity, apiEndpoint: settings.endpoint }),
      );
      worstMs['table and Settings API hang'] = Math.round(elapsedMs);
      await expectAcceptableResponse(response, { requestType: 'IntentRequest', intentName: Intents.Breathe });
      expect(speechOf(response)).toContain('your body');
      expect(elapsedMs).toBeLessThan(ANSWERED_UNDER_FAULT_WITHIN_MS);
      // The practice day needs the zone, so the table is asked once the lookup has given up; the
      // failed table call is not repeated for the zone the table might have kept.
      expect(settings.requests).toBe(1);
      expect(table.requests).toBeLessThanOrEqual(DYNAMODB_TIMEOUTS.maxAttempts);
    } finally {
      skill.close();
      await Promise.all([table.stop(), settings.stop()]);
    }
  });
});

describe('when the table drops every first attempt and the Settings API hangs', () => {
  it.concurrent('a retry gets each call through: the session is delivered and recorded in time', async () => {
    const table = await startMisbehavingServer({
      kind: 'hang-then-answer',
      status: 200,
      body: '{}',
      contentType: 'application/x-amz-json-1.0',
    });
    const settings = await startMisbehavingServer({ kind: 'hang' });
    const skill = realSkill({ dynamoDbEndpoint: table.endpoint });
    try {
      const identity = freshIdentity();
      const { response, elapsedMs } = await skill.invoke(
        intentRequest(Intents.Breathe, {}, { ...identity, apiEndpoint: settings.endpoint }),
      );
      worstMs['every first attempt dropped, Settings API hangs'] = Math.round(elapsedMs);
      await expectAcceptableResponse(response, { requestType: 'IntentRequest', intentName: Intents.Breathe });
      expect(skill.logger.entries.map((entry) => entry.message)).toContain('practice recorded');
      // A read for the last zone known and a write, each answered on its second attempt.
      expect(table.requests).toBe(4);
      expect(elapsedMs).toBeLessThan(ANSWERED_UNDER_FAULT_WITHIN_MS);
    } finally {
      skill.close();
      await Promise.all([table.stop(), settings.stop()]);
    }
  });
});
