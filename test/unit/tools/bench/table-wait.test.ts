import { SettingsTimeZoneLookup } from '../../../../lambda/alexa/time-zone';
import { DynamoPracticeStore } from '../../../../lambda/store/dynamo-practice-store';
import { createDynamoDbClient } from '../../../../lambda/store/dynamodb-client';
import { watchTableWaits } from '../../../../tools/bench/table-wait';
import { intentRequest, startSettingsApiStub, dynamoDbAnswer, startMisbehavingServer } from '../../../../tools/simulator';

/** The benchmark's split of a request into the table's time and the skill's own rests on this. */
describe('watchTableWaits', () => {
  const waited = watchTableWaits();

  it('counts the time a table call waits for its answer, and nothing for other calls', async () => {
    const table = await startMisbehavingServer(dynamoDbAnswer(200, '{}', 80));
    const settings = await startSettingsApiStub({ timeZone: 'Europe/Dublin' });
    const client = createDynamoDbClient({ endpoint: table.endpoint });
    try {
      waited();
      await new SettingsTimeZoneLookup().timeZoneFor(intentRequest('BreatheIntent', {}, { apiEndpoint: settings.endpoint }));
      expect(waited()).toBe(0);
      const started = process.hrtime.bigint();
      await new DynamoPracticeStore({ tableName: 'practice', client }).readHistory('amzn1.ask.account.WAIT');
      const elapsedUs = Number(process.hrtime.bigint() - started) / 1e3;
      const us = waited();
      expect(us).toBeGreaterThanOrEqual(80_000);
      expect(us).toBeLessThanOrEqual(elapsedUs);
      expect(waited()).toBe(0);
    } finally {
      client.destroy();
      await settings.stop();
      await table.stop();
    }
  });
});
