/**
 * Starts DynamoDB Local as jest's global setup does, prints `{"jvm":…,"guardian":…}` and waits to
 * be ended: the no-leftovers test ends it in every way a jest run can end.
 * Run with `node --import tsx test/support/start-dynamodb-local.ts`, so it is one process.
 */
import { startDynamoDbLocal } from '../../tools/dynamodb-local/dynamodb-local';

void startDynamoDbLocal().then((db) => {
  console.log(JSON.stringify({ jvm: db.pid, guardian: db.guardianPid }));
  setInterval(() => {}, 1000);
});
