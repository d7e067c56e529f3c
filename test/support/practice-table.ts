import { CreateTableCommand, DeleteTableCommand, DynamoDBClient, waitUntilTableExists } from '@aws-sdk/client-dynamodb';
import { randomUUID } from 'node:crypto';
import { createDynamoDbClient } from '../../lambda/store/dynamodb-client';
import { createTableInput } from '../../lambda/store/table-definition';

export interface PracticeTable {
  readonly tableName: string;
  /** The production client, pointed at DynamoDB Local by AWS_ENDPOINT_URL_DYNAMODB. */
  readonly client: DynamoDBClient;
  drop(): Promise<void>;
}

/** A freshly created practice table with a unique name on the test run's DynamoDB Local. */
export async function createPracticeTable(prefix: string): Promise<PracticeTable> {
  const tableName = `${prefix}-${randomUUID().slice(0, 8)}`;
  const client = createDynamoDbClient();
  // Creating a table is slower than the production timeouts allow on a cold DynamoDB Local.
  const admin = new DynamoDBClient({ region: process.env.AWS_REGION });
  await admin.send(new CreateTableCommand(createTableInput(tableName)));
  await waitUntilTableExists({ client: admin, minDelay: 1, maxDelay: 1, maxWaitTime: 20 }, { TableName: tableName });
  return {
    tableName,
    client,
    drop: async () => {
      await admin.send(new DeleteTableCommand({ TableName: tableName }));
      admin.destroy();
      client.destroy();
    },
  };
}
