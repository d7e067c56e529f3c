/**
 * The toolkit when the table hangs: each answer comes in time, kindly, and the table is waited on
 * once per request (one call, retried at most once), as for every other request.
 */
import { sealedSession } from '../support/sealed-session';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { TIMERS_SCOPE } from '../../lambda/alexa/permission-consent';
import { wordsFor } from '../../lambda/content/words';
import { Intents } from '../../lambda/intents';
import { DYNAMODB_TIMEOUTS } from '../../lambda/store/dynamodb-client';
import { speechOf, intentRequest, type EnvelopeOptions, startMisbehavingServer, type MisbehavingServer } from '../../tools/simulator';
import { startTimersApiStub, type TimersApiStub } from '../support/timers-api-stub';
import { freshIdentity, realSkill, type TimedSkill } from './support/real-skill';

const {
  storeUnavailable: STORE_UNAVAILABLE_APOLOGY,
  forget: { notForgotten: NOT_FORGOTTEN },
} = wordsFor('en-US').summary;

let table: MisbehavingServer;
let alexaApi: TimersApiStub;
let skill: TimedSkill;
beforeAll(async () => {
  table = await startMisbehavingServer({ kind: 'hang' });
  alexaApi = await startTimersApiStub({ timeZone: 'Europe/Berlin' });
  skill = realSkill({ dynamoDbEndpoint: table.endpoint });
});
afterAll(async () => {
  skill.close();
  await alexaApi.stop();
  await table.stop();
});

const said = (response: ResponseEnvelope) => speechOf(response).replace(/&apos;/g, "'");

async function ask(build: (o: EnvelopeOptions) => RequestEnvelope): Promise<ResponseEnvelope> {
  const before = table.requests;
  const { response, elapsedMs } = await skill.invoke(build({ ...freshIdentity(), apiEndpoint: alexaApi.endpoint }));
  expect(elapsedMs).toBeLessThan(6000);
  expect(table.requests - before).toBeLessThanOrEqual(DYNAMODB_TIMEOUTS.maxAttempts);
  expect(response.response.outputSpeech).toBeDefined();
  return response;
}

describe('the toolkit when the table never answers', () => {
  it('sets the timer for time on your own and says the stretch could not be noted', async () => {
    const response = await ask((o) => {
      const envelope = intentRequest(Intents.TimeApart, { duration: 'PT20M' }, o);
      envelope.context.System.user.permissions = { scopes: { [TIMERS_SCOPE]: { status: 'GRANTED' } } } as never;
      return envelope;
    });
    expect(said(response)).toContain('Your 20 minutes start now.');
    expect(said(response)).toContain(wordsFor('en-US').timeApart.ownTimeUnavailable);
  });

  it('says kindly that how it went could not be noted', async () => {
    const response = await ask((o) =>
      intentRequest(Intents.TimeApartFeedback, { ease: { value: 'easy', id: 'easy', slotType: 'STRETCH_EASE' } }, o),
    );
    expect(said(response)).toContain(wordsFor('en-US').timeApart.ownTimeUnavailable);
  });

  it('says kindly that progress cannot be read, and invents nothing', async () => {
    const response = await ask((o) => intentRequest(Intents.Progress, {}, o));
    expect(said(response)).toContain(STORE_UNAVAILABLE_APOLOGY);
  });

  it('does not claim to have forgotten anything', async () => {
    const response = await ask((o) => ({
      ...intentRequest(Intents.Yes, {}, { ...o, session: sealedSession({ asked: { question: 'forget' } }, { userId: o.userId }) }),
    }));
    expect(said(response)).toContain(NOT_FORGOTTEN);
  });

  it('still delivers the anxious-thought session', async () => {
    const response = await ask((o) =>
      intentRequest(Intents.AnxiousThought, { theme: { value: 'rejected', id: 'rejection', slotType: 'ANXIOUS_THEME' } }, o),
    );
    expect(said(response)).toContain('A feeling of rejection has come up.');
  });
});
