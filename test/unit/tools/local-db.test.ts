import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeTableCommand, DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { TABLE_SCHEMA } from '../../../lambda/store/table-schema';
import { ToolError } from '../../../tools/lib/cli-errors';
import { LOCAL_CREDENTIALS, LOCAL_REGION, type LocalDb, startLocalDb } from '../../../tools/local-db';

describe('startLocalDb', () => {
  let dir: string;
  const running: LocalDb[] = [];

  const start = async (fresh = false): Promise<{ db: LocalDb; client: DynamoDBClient }> => {
    const db = await startLocalDb({ dir, fresh });
    running.push(db);
    return { db, client: new DynamoDBClient({ endpoint: db.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS }) };
  };
  const key = { [TABLE_SCHEMA.partitionKey.name]: { S: 'user#1' }, [TABLE_SCHEMA.sortKey.name]: { S: 'practice' } };

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'steady-local-db-'));
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((db) => db.stop().catch(() => undefined)));
    await rm(dir, { recursive: true, force: true });
    await rm(`${dir}.lock`, { force: true });
  });

  it('listens on loopback and creates the table with the shared key schema', async () => {
    const { db, client } = await start();
    expect(db.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const { Table } = await client.send(new DescribeTableCommand({ TableName: db.tableName }));
    expect(Table?.TableStatus).toBe('ACTIVE');
    expect(Table?.KeySchema).toEqual([
      { AttributeName: TABLE_SCHEMA.partitionKey.name, KeyType: 'HASH' },
      { AttributeName: TABLE_SCHEMA.sortKey.name, KeyType: 'RANGE' },
    ]);
    client.destroy();
  });

  it('keeps items across a restart, and forgets them when fresh', async () => {
    const first = await start();
    await first.client.send(new PutItemCommand({ TableName: first.db.tableName, Item: { ...key, sessions: { N: '3' } } }));
    first.client.destroy();
    await first.db.stop();

    const second = await start();
    const { Item } = await second.client.send(new GetItemCommand({ TableName: second.db.tableName, Key: key }));
    expect(Item?.sessions).toEqual({ N: '3' });
    second.client.destroy();
    await second.db.stop();

    const third = await start(true);
    const after = await third.client.send(new GetItemCommand({ TableName: third.db.tableName, Key: key }));
    expect(after.Item).toBeUndefined();
    third.client.destroy();
  });

  it('refuses a second start on the same history with one line saying what to do, and frees it on stop', async () => {
    const first = await start();
    first.client.destroy();
    const second = startLocalDb({ dir });
    await expect(second).rejects.toThrow(ToolError);
    await expect(second).rejects.toThrow(
      new RegExp(
        `^Another npm start \\(process ${process.pid}\\) is using the practice history in .*: end it, or start this one with its own history: npm start -- --db .*-2$`,
      ),
    );
    await first.db.stop();
    const third = await start();
    third.client.destroy();
  });

  it('takes over a lock left by a process that has ended', async () => {
    await writeFile(`${dir}.lock`, '999999999');
    const { client } = await start();
    client.destroy();
  });
});
