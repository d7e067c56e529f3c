/**
 * Faults that chain: each outside call fails just inside, or right at, its own deadline, one
 * after another in the same request. Each call's deadline alone is not enough; the request's one
 * budget must end them all in time for the answer to be spoken within 6 s of the request.
 * Measured on the real skill: the production stores on a misbehaving loopback table, the Alexa
 * APIs on the loopback stand-in. Every request is warm (the container has answered before).
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import { wordsFor } from '../../lambda/content/words';
import { Intents } from '../../lambda/intents';
import { DYNAMODB_TIMEOUTS } from '../../lambda/store/dynamodb-client';
import {
  speechOf,
  intentRequest,
  launchRequest,
  REMINDERS_PERMISSION,
  TEST_API_ACCESS_TOKEN,
  TIMERS_PERMISSION,
  type EnvelopeOptions,
  type AlexaApisStub,
  startAlexaApisStub,
  startMisbehavingServer,
  type Misbehaviour,
  type MisbehavingServer,
} from '../../tools/simulator';
import { ANSWERED_UNDER_FAULT_WITHIN_MS } from './support/answer-bound';
import { freshIdentity, realSkill, type TimedSkill } from './support/real-skill';
import { expectAcceptableResponse } from './support/response-invariants';

const said = (envelope: { response: { outputSpeech?: unknown } }) => speechOf(envelope as never).replace(/&apos;/g, "'");

const slowestMs: Record<string, number> = {};
afterAll(() => {
  console.log(`Fault chains, slowest answer per chain (ms): ${JSON.stringify(slowestMs)}`);
});

/** A loopback table, the Alexa APIs' stand-in with one Steady timer and one reminder set, and a warm skill. */
interface Chain {
  readonly table: MisbehavingServer;
  readonly apis: AlexaApisStub;
  readonly skill: TimedSkill;
  options(granted?: readonly string[]): EnvelopeOptions;
  stop(): Promise<void>;
}

async function setUpChain(table: Misbehaviour): Promise<Chain> {
  const apis = await startAlexaApisStub({ timeZone: 'Europe/Berlin' });
  const server = await startMisbehavingServer(table);
  const skill = realSkill({ dynamoDbEndpoint: server.endpoint });
  const options = (granted: readonly string[] = []): EnvelopeOptions => ({
    ...freshIdentity(),
    apiEndpoint: apis.endpoint,
    grantedPermissions: granted,
  });
  // Something to replace: a timer and a reminder Steady set earlier.
  const headers = { Authorization: `Bearer ${TEST_API_ACCESS_TOKEN}`, 'Content-Type': 'application/json' };
  await fetch(`${apis.endpoint}/v1/alerts/timers`, { method: 'POST', headers, body: JSON.stringify({ duration: 'PT15M' }) });
  await fetch(`${apis.endpoint}/v1/alerts/reminders`, { method: 'POST', headers, body: JSON.stringify({ trigger: {} }) });
  return {
    table: server,
    apis,
    skill,
    options,
    stop: async () => {
      skill.close();
      await Promise.all([server.stop(), apis.stop()]);
    },
  };
}

/** A container's first request loads the SDK's lazily imported parts: answer one of each kind first. */
beforeAll(async () => {
  const chain = await setUpChain({ kind: 'answer', status: 200, body: '{}', contentType: 'application/x-amz-json-1.0' });
  try {
    await chain.skill.invoke(intentRequest(Intents.Breathe, {}, chain.options()));
    await chain.skill.invoke(intentRequest(Intents.TimeApart, { duration: 'PT20M' }, chain.options([TIMERS_PERMISSION])));
    await chain.skill.invoke(intentRequest(Intents.Reminder, { time: '21:00' }, chain.options([REMINDERS_PERMISSION])));
  } finally {
    await chain.stop();
  }
});

async function timed(chain: Chain, label: string, envelope: RequestEnvelope) {
  const { response, elapsedMs } = await chain.skill.invoke(envelope);
  slowestMs[label] = Math.max(slowestMs[label] ?? 0, Math.round(elapsedMs));
  return { response, elapsedMs };
}

describe('time on your own, with the timer list slow (1.4 s), timer delete and create hanging and the table hanging', () => {
  it('answers within 6 s, and notes the pending stretch at most once', async () => {
    const chain = await setUpChain({ kind: 'hang' });
    try {
      chain.apis.faults.timers = [
        { kind: 'slow', ms: 1400, method: 'GET' },
        { kind: 'silence', method: 'DELETE' },
        { kind: 'silence', method: 'POST' },
      ];
      const callsBefore = chain.apis.calls.length;
      const { response, elapsedMs } = await timed(
        chain,
        'time on your own',
        intentRequest(Intents.TimeApart, { duration: 'PT20M' }, chain.options([TIMERS_PERMISSION])),
      );
      await expectAcceptableResponse(response, { requestType: 'IntentRequest', intentName: Intents.TimeApart });
      expect(said(response)).toContain("I couldn't set a timer just now.");
      expect(said(response)).toContain(wordsFor('en-US').timeApart.ownTimeUnavailable);
      expect(elapsedMs).toBeLessThan(ANSWERED_UNDER_FAULT_WITHIN_MS);
      expect(chain.apis.calls.slice(callsBefore)).toEqual([
        'GET /v1/alerts/timers',
        expect.stringMatching(/^DELETE /),
        'POST /v1/alerts/timers',
      ]);
      // One write of the pending stretch, retried once at most: not written again after the timer failed.
      expect(chain.table.requests).toBeLessThanOrEqual(DYNAMODB_TIMEOUTS.maxAttempts);
    } finally {
      await chain.stop();
    }
  });
});

describe('when Lambda has less than 6 s left for the request', () => {
  it('answers before Lambda stops it: the budget follows the context', async () => {
    const chain = await setUpChain({ kind: 'hang' });
    try {
      chain.apis.faults.timers = [
        { kind: 'slow', ms: 1400, method: 'GET' },
        { kind: 'silence', method: 'DELETE' },
        { kind: 'silence', method: 'POST' },
      ];
      const lambdaStopsAt = performance.now() + 3000;
      const context = { getRemainingTimeInMillis: () => Math.max(0, Math.round(lambdaStopsAt - performance.now())) };
      const { response, elapsedMs } = await chain.skill.invoke(
        intentRequest(Intents.TimeApart, { duration: 'PT20M' }, chain.options([TIMERS_PERMISSION])),
        context,
      );
      slowestMs['time on your own, 3 s left'] = Math.round(elapsedMs);
      await expectAcceptableResponse(response, { requestType: 'IntentRequest', intentName: Intents.TimeApart });
      expect(elapsedMs).toBeLessThan(3000);
    } finally {
      await chain.stop();
    }
  });
});

describe('a daily reminder, with the Settings API hanging, the table trickling, the reminder list and create slow (1.4 s) and delete hanging', () => {
  it('answers within 6 s that the reminder is set', async () => {
    const chain = await setUpChain({ kind: 'trickle-body', intervalMs: 200 });
    try {
      chain.apis.faults.settings = { kind: 'silence' };
      chain.apis.faults.reminders = [
        { kind: 'slow', ms: 1400, method: 'GET' },
        { kind: 'slow', ms: 1400, method: 'POST' },
        { kind: 'silence', method: 'DELETE' },
      ];
      const { response, elapsedMs } = await timed(
        chain,
        'daily reminder',
        intentRequest(Intents.Reminder, { time: '21:00' }, chain.options([REMINDERS_PERMISSION])),
      );
      await expectAcceptableResponse(response, { requestType: 'IntentRequest', intentName: Intents.Reminder });
      expect(said(response)).toContain("I'll remind you every day at 9 PM.");
      expect(elapsedMs).toBeLessThan(ANSWERED_UNDER_FAULT_WITHIN_MS);
    } finally {
      await chain.stop();
    }
  });
});

/** The table and all three Alexa APIs at once, each failing in one of its worst ways. */
const COMPOUND_FAULTS: ReadonlyArray<{
  readonly label: string;
  readonly table: Misbehaviour;
  readonly apis: Pick<AlexaApisStub['faults'], 'settings' | 'timers' | 'reminders'>;
}> = [
  {
    label: 'everything hangs',
    table: { kind: 'hang' },
    apis: { settings: { kind: 'silence' }, timers: { kind: 'silence' }, reminders: { kind: 'silence' } },
  },
  {
    label: 'everything answers just inside its own deadline',
    table: { kind: 'answer', status: 200, body: '{}', contentType: 'application/x-amz-json-1.0', delayMs: 900 },
    apis: {
      settings: { kind: 'slow', ms: 700 },
      timers: { kind: 'slow', ms: 1400 },
      reminders: { kind: 'slow', ms: 1400 },
    },
  },
  {
    label: 'lists answer slowly, changes hang and the table trickles',
    table: { kind: 'trickle-body', intervalMs: 200 },
    apis: {
      settings: { kind: 'silence' },
      timers: [
        { kind: 'slow', ms: 1400, method: 'GET' },
        { kind: 'silence', method: 'DELETE' },
        { kind: 'silence', method: 'POST' },
      ],
      reminders: [
        { kind: 'slow', ms: 1400, method: 'GET' },
        { kind: 'slow', ms: 1400, method: 'POST' },
        { kind: 'silence', method: 'DELETE' },
      ],
    },
  },
];

const YES_TO_FORGET = { sessionId: 'amzn1.echo-api.session.chains', isNew: false, attributes: { pending: 'forget' } };

const REQUESTS: ReadonlyArray<readonly [string, (chain: Chain) => RequestEnvelope]> = [
  ['breathing', (c) => intentRequest(Intents.Breathe, {}, c.options())],
  ['launch', (c) => launchRequest(c.options())],
  ['streak', (c) => intentRequest(Intents.Streak, {}, c.options())],
  ['time on your own', (c) => intentRequest(Intents.TimeApart, { duration: 'PT20M' }, c.options([TIMERS_PERMISSION]))],
  ['how it went', (c) => intentRequest(Intents.TimeApartFeedback, { ease: { value: 'easy', id: 'easy' } }, c.options())],
  ['cancel the timer', (c) => intentRequest(Intents.CancelTimeApart, {}, c.options([TIMERS_PERMISSION]))],
  ['daily reminder', (c) => intentRequest(Intents.Reminder, { time: '21:00' }, c.options([REMINDERS_PERMISSION]))],
  ['cancel the reminder', (c) => intentRequest(Intents.CancelReminder, {}, c.options([REMINDERS_PERMISSION]))],
  ['forget', (c) => intentRequest(Intents.Yes, {}, { ...c.options(), session: YES_TO_FORGET })],
];

describe('under compound faults of the table and all three Alexa APIs', () => {
  it(`every kind of request is answered within 6 s (${COMPOUND_FAULTS.map((chain) => chain.label).join('; ')})`, async () => {
    const late = await Promise.all(
      COMPOUND_FAULTS.map(async ({ label, table, apis }) => {
        const chain = await setUpChain(table);
        try {
          Object.assign(chain.apis.faults, apis);
          const answers = await Promise.all(
            REQUESTS.map(async ([name, build]) => {
              const envelope = build(chain);
              const { response, elapsedMs } = await timed(chain, `${label}: ${name}`, envelope);
              const request = envelope.request as { type: string; intent?: { name: string } };
              await expectAcceptableResponse(response, {
                requestType: request.type,
                ...(request.intent ? { intentName: request.intent.name } : {}),
              });
              return { chain: label, name, elapsedMs: Math.round(elapsedMs) };
            }),
          );
          return answers.filter((answer) => answer.elapsedMs >= ANSWERED_UNDER_FAULT_WITHIN_MS);
        } finally {
          await chain.stop();
        }
      }),
    );
    expect(late.flat()).toEqual([]);
  });
});
