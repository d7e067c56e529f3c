import { type SettingsApiStub, startSettingsApiStub } from '../../../../tools/simulator';

describe('startSettingsApiStub', () => {
  let stub: SettingsApiStub;
  const path = '/v2/devices/amzn1.ask.device.ABC/settings/System.timeZone';

  beforeEach(async () => {
    stub = await startSettingsApiStub({ timeZone: 'America/Los_Angeles' });
  });
  afterEach(() => stub.stop());

  it('answers the time zone as a JSON string to a bearer token', async () => {
    const response = await fetch(stub.endpoint + path, { headers: { Authorization: 'Bearer token-1' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toBe('America/Los_Angeles');
    stub.setTimeZone('Asia/Kolkata');
    expect(await (await fetch(stub.endpoint + path, { headers: { Authorization: 'Bearer t' } })).json()).toBe('Asia/Kolkata');
    expect(stub.lookups).toBe(2);
  });

  it('refuses requests without a token and unknown paths', async () => {
    expect((await fetch(stub.endpoint + path)).status).toBe(401);
    expect(
      (await fetch(stub.endpoint + '/v2/devices/x/settings/System.distanceUnits', { headers: { Authorization: 'Bearer t' } })).status,
    ).toBe(404);
    expect(stub.lookups).toBe(0);
  });

  it('accepts only the configured token when one is set', async () => {
    const strict = await startSettingsApiStub({ timeZone: 'UTC', token: 'right' });
    try {
      expect((await fetch(strict.endpoint + path, { headers: { Authorization: 'Bearer wrong' } })).status).toBe(401);
      expect((await fetch(strict.endpoint + path, { headers: { Authorization: 'Bearer right' } })).status).toBe(200);
    } finally {
      await strict.stop();
    }
  });
});
