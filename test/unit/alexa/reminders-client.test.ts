import { RemindersClient, RemindersPermissionError, RemindersUnavailableError } from '../../../lambda/alexa/reminders';
import { startRemindersApiStub, type RemindersApiStub } from '../../support/reminders-api-stub';

let api: RemindersApiStub;
beforeEach(async () => {
  api = await startRemindersApiStub({ timeZone: 'America/New_York' });
});
afterEach(async () => {
  await api.stop();
});

const access = () => ({ apiEndpoint: api.endpoint, apiAccessToken: 'token-from-the-request' });
const reminder = { requestTime: '2026-03-08T20:00:00.000', trigger: { type: 'SCHEDULED_ABSOLUTE' as const } };

describe('RemindersClient', () => {
  it('creates, lists and deletes with the request token', async () => {
    const client = new RemindersClient();
    const alertToken = await client.create(access(), reminder);
    expect(api.reminders).toEqual([{ alertToken, body: reminder, token: 'token-from-the-request' }]);
    expect(await client.list(access())).toEqual([alertToken]);
    await client.delete(access(), alertToken);
    expect(api.reminders).toEqual([]);
    expect(api.calls).toEqual(['POST /v1/alerts/reminders', 'GET /v1/alerts/reminders', `DELETE /v1/alerts/reminders/${alertToken}`]);
  });

  it.each([401, 403])('answers %i as missing permission', async (status) => {
    api.fault = { kind: 'status', status };
    await expect(new RemindersClient().create(access(), reminder)).rejects.toBeInstanceOf(RemindersPermissionError);
  });

  it.each([500, 503, 429])('answers %i as the API being unavailable', async (status) => {
    api.fault = { kind: 'status', status };
    await expect(new RemindersClient().list(access())).rejects.toBeInstanceOf(RemindersUnavailableError);
  });

  it('gives up after its own short deadline', async () => {
    api.fault = { kind: 'silence' };
    const started = Date.now();
    const failure = await new RemindersClient({ timeoutMs: 300 }).create(access(), reminder).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RemindersUnavailableError);
    expect((failure as Error).cause).toBeDefined();
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('treats an unreachable endpoint as unavailable', async () => {
    const closed = { apiEndpoint: 'http://127.0.0.1:9', apiAccessToken: 't' };
    await expect(new RemindersClient({ timeoutMs: 500 }).list(closed)).rejects.toBeInstanceOf(RemindersUnavailableError);
  });
});
