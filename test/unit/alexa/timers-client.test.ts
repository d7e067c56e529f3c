import { TimersClient, TimersPermissionError, TimersUnavailableError } from '../../../lambda/alexa/timers';
import { wordsFor } from '../../../lambda/content/words';
import { timeApartTimer } from '../../../lambda/handlers/time-apart';
import { startTimersApiStub, type TimersApiStub } from '../../support/timers-api-stub';

let api: TimersApiStub;
beforeEach(async () => {
  api = await startTimersApiStub({ timeZone: 'Europe/Dublin' });
});
afterEach(async () => {
  await api.stop();
});

const access = () => ({ apiEndpoint: api.endpoint, apiAccessToken: 'token-from-the-request' });
const timer = timeApartTimer(wordsFor('en-GB').timeApart, 20, 'en-GB');

describe('TimersClient', () => {
  it('creates, lists and deletes with the request token', async () => {
    const client = new TimersClient();
    const id = await client.create(access(), timer);
    expect(api.timers).toEqual([{ id, body: timer, token: 'token-from-the-request' }]);
    expect(await client.list(access())).toEqual([{ id, status: 'ON' }]);
    await client.delete(access(), id);
    expect(api.timers).toEqual([]);
    expect(api.calls).toEqual(['POST /v1/alerts/timers', 'GET /v1/alerts/timers', `DELETE /v1/alerts/timers/${id}`]);
  });

  it.each([401, 403])('answers %i as missing permission', async (status) => {
    api.fault = { kind: 'status', status };
    await expect(new TimersClient().create(access(), timer)).rejects.toBeInstanceOf(TimersPermissionError);
  });

  it.each([400, 500, 504, 429])('answers %i as the API being unavailable, keeping the status', async (status) => {
    api.fault = { kind: 'status', status };
    const failure = await new TimersClient().create(access(), timer).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TimersUnavailableError);
    expect((failure as TimersUnavailableError).status).toBe(status);
  });

  it('a second timer with the same label is refused, as Alexa refuses it', async () => {
    const client = new TimersClient();
    await client.create(access(), timer);
    await expect(client.create(access(), timer)).rejects.toBeInstanceOf(TimersUnavailableError);
  });

  it('gives up after its own short deadline', async () => {
    api.fault = { kind: 'silence' };
    const started = Date.now();
    const failure = await new TimersClient({ timeoutMs: 300 }).list(access()).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TimersUnavailableError);
    expect((failure as Error).cause).toBeDefined();
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('treats an unreachable endpoint as unavailable', async () => {
    const closed = { apiEndpoint: 'http://127.0.0.1:9', apiAccessToken: 't' };
    await expect(new TimersClient({ timeoutMs: 500 }).list(closed)).rejects.toBeInstanceOf(TimersUnavailableError);
  });

  it('answers without an id as unavailable', async () => {
    const client = new TimersClient({ fetch: async () => ({ ok: true, status: 200, text: async () => '{}', json: async () => ({}) }) });
    await expect(client.create(access(), timer)).rejects.toBeInstanceOf(TimersUnavailableError);
  });
});
