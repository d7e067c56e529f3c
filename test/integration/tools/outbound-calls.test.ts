import { SettingsTimeZoneLookup } from '../../../lambda/alexa/time-zone';
import { DynamoPracticeStore } from '../../../lambda/store/dynamo-practice-store';
import { type OutboundCall, watchOutboundCalls } from '../../../tools/bench/outbound-calls';
import { intentRequest, startSettingsApiStub } from '../../../tools/simulator';
import { createPracticeTable } from '../../support/practice-table';

/** The benchmark's call counts are only as good as this: each call the skill makes, named right. */
describe('watchOutboundCalls', () => {
  const seen: OutboundCall[] = [];
  beforeAll(() => watchOutboundCalls((call) => seen.push(call)));
  beforeEach(() => {
    seen.length = 0;
  });

  it('names the Settings API lookup that Steady makes over node:http', async () => {
    const settings = await startSettingsApiStub({ timeZone: 'Europe/Dublin' });
    try {
      const zone = await new SettingsTimeZoneLookup().timeZoneFor(intentRequest('BreatheIntent', {}, { apiEndpoint: settings.endpoint }));
      expect(zone).toBe('Europe/Dublin');
      expect(seen).toEqual([{ service: 'settings-api' }]);
    } finally {
      await settings.stop();
    }
  });

  it('names each DynamoDB operation the practice store sends', async () => {
    const table = await createPracticeTable('outbound-calls');
    try {
      const store = new DynamoPracticeStore({ tableName: table.tableName, client: table.client });
      seen.length = 0;
      await store.readHistory('amzn1.ask.account.OUTBOUND');
      await store.savePreferences('amzn1.ask.account.OUTBOUND', { technique: 'box' }, Date.parse('2026-12-01T12:00:00Z'));
      expect(seen).toEqual([
        { service: 'dynamodb', operation: 'GetItem' },
        { service: 'dynamodb', operation: 'UpdateItem' },
      ]);
    } finally {
      await table.drop();
    }
  });

  it('counts the global fetch too, as some other call', async () => {
    const settings = await startSettingsApiStub({ timeZone: 'Europe/Dublin' });
    try {
      await (await fetch(`${settings.endpoint}/elsewhere`)).text();
      expect(seen).toEqual([{ service: 'other' }]);
    } finally {
      await settings.stop();
    }
  });
});
