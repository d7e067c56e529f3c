import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SettingsTimeZoneLookup } from '../../../lambda/alexa/time-zone';
import { practiceRequest } from './request-envelope';

type Reply = (request: IncomingMessage, response: ServerResponse) => void;

/** A loopback stand-in for the Alexa Settings API whose answer each test chooses. */
class FakeSettingsApi {
  reply: Reply = (_, response) => response.end('"Europe/London"');
  readonly requests: IncomingMessage[] = [];
  private readonly server: Server = createServer((request, response) => {
    this.requests.push(request);
    this.reply(request, response);
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

const json =
  (status: number, body: string): Reply =>
  (_, response) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(body);
  };

describe('SettingsTimeZoneLookup', () => {
  const api = new FakeSettingsApi();
  let apiEndpoint: string;

  beforeAll(async () => {
    apiEndpoint = await api.start();
  });
  afterAll(() => api.stop());
  beforeEach(() => {
    api.requests.length = 0;
    api.reply = json(200, '"America/Los_Angeles"');
  });

  const request = (deviceId = 'amzn1.ask.device.A') => practiceRequest({ apiEndpoint, apiAccessToken: 'token-123', deviceId });

  test('asks the Settings API for the device time zone with the request token', async () => {
    const lookup = new SettingsTimeZoneLookup();
    await expect(lookup.timeZoneFor(request('amzn1.ask.device.A/B'))).resolves.toBe('America/Los_Angeles');
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0]!.method).toBe('GET');
    expect(api.requests[0]!.url).toBe('/v2/devices/amzn1.ask.device.A%2FB/settings/System.timeZone');
    expect(api.requests[0]!.headers.authorization).toBe('Bearer token-123');
  });

  test('forgets a device when asked: the next request looks its zone up again', async () => {
    const lookup = new SettingsTimeZoneLookup();
    await lookup.timeZoneFor(request('device-forget'));
    lookup.forget(request('device-forget'));
    api.reply = json(200, '"Asia/Tokyo"');
    await expect(lookup.timeZoneFor(request('device-forget'))).resolves.toBe('Asia/Tokyo');
    expect(api.requests).toHaveLength(2);
  });

  test('caches each device for the time to live', async () => {
    let now = 1_000_000;
    const lookup = new SettingsTimeZoneLookup({ cacheTtlMs: 60_000, now: () => now });
    await lookup.timeZoneFor(request('device-1'));
    await lookup.timeZoneFor(request('device-1'));
    await lookup.timeZoneFor(request('device-2'));
    expect(api.requests).toHaveLength(2);

    api.reply = json(200, '"Asia/Kolkata"');
    now += 60_001;
    await expect(lookup.timeZoneFor(request('device-1'))).resolves.toBe('Asia/Kolkata');
    expect(api.requests).toHaveLength(3);
  });

  test('does not cache a failure', async () => {
    const lookup = new SettingsTimeZoneLookup();
    api.reply = json(500, '{}');
    await expect(lookup.timeZoneFor(request())).resolves.toBeUndefined();
    api.reply = json(200, '"Pacific/Chatham"');
    await expect(lookup.timeZoneFor(request())).resolves.toBe('Pacific/Chatham');
  });

  test('gives up on a hanging API after its timeout', async () => {
    api.reply = () => undefined; // never answers
    const lookup = new SettingsTimeZoneLookup({ timeoutMs: 200 });
    const started = Date.now();
    await expect(lookup.timeZoneFor(request())).resolves.toBeUndefined();
    expect(Date.now() - started).toBeLessThan(2000);
  });

  test('gives up on a body that stops halfway', async () => {
    api.reply = (_, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('"America/');
    };
    const lookup = new SettingsTimeZoneLookup({ timeoutMs: 200 });
    await expect(lookup.timeZoneFor(request())).resolves.toBeUndefined();
  });

  test.each<[string, Reply]>([
    ['a server error', json(500, '{"message":"oops"}')],
    ['a refusal', json(403, '{"message":"forbidden"}')],
    ['not JSON', json(200, 'America/Los_Angeles')],
    ['JSON that is not a string', json(200, '{"timeZone":"America/Los_Angeles"}')],
    ['an unknown zone', json(200, '"Mars/Olympus_Mons"')],
    ['an empty zone', json(200, '""')],
  ])('answers undefined for %s', async (_, reply) => {
    api.reply = reply;
    await expect(new SettingsTimeZoneLookup().timeZoneFor(request())).resolves.toBeUndefined();
  });

  test('answers undefined without asking when the request has no token or no device', async () => {
    const lookup = new SettingsTimeZoneLookup();
    const noToken = practiceRequest({ apiEndpoint });
    const noDevice = request();
    delete noDevice.context.System.device;
    await expect(lookup.timeZoneFor(noToken)).resolves.toBeUndefined();
    await expect(lookup.timeZoneFor(noDevice)).resolves.toBeUndefined();
    expect(api.requests).toHaveLength(0);
  });

  test('answers undefined when the API cannot be reached at all', async () => {
    const lookup = new SettingsTimeZoneLookup();
    const closed = practiceRequest({ apiEndpoint: 'http://127.0.0.1:1', apiAccessToken: 'token' });
    await expect(lookup.timeZoneFor(closed)).resolves.toBeUndefined();
  });

  test('never throws, even when fetch itself does', async () => {
    const lookup = new SettingsTimeZoneLookup({
      fetch: () => {
        throw new TypeError('fetch failed');
      },
    });
    await expect(lookup.timeZoneFor(request())).resolves.toBeUndefined();
  });

  test('forgets the least recently asked device beyond its limit', async () => {
    const lookup = new SettingsTimeZoneLookup({ maxDevices: 2 });
    for (const device of ['d1', 'd2', 'd3', 'd1']) await lookup.timeZoneFor(request(device));
    expect(api.requests).toHaveLength(4);
  });
});
