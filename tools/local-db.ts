/**
 * An embedded DynamoDB-compatible server (dynalite) persisted in a folder, so practice history
 * survives between local runs. It changes no global state: callers point the skill at `endpoint`.
 */
import type { AddressInfo } from 'node:net';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient, ResourceNotFoundException } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { createTableInput } from '../lambda/store/table-definition';
import { DEFAULT_TABLE_NAME } from '../lambda/store/table-schema';

export interface LocalDbOptions {
  /** Where the data lives; created when missing. */
  readonly dir?: string;
  /** Wipe `dir` first. */
  readonly fresh?: boolean;
  readonly tableName?: string;
}

export interface LocalDb {
  readonly endpoint: string;
  /** The folder the data lives in, absolute. */
  readonly dir: string;
  readonly tableName: string;
  stop(): Promise<void>;
}

/** dynalite accepts any credentials and region; the SDK still insists on having some. */
export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;
export const LOCAL_REGION = 'us-east-1';

export async function startLocalDb(options: LocalDbOptions = {}): Promise<LocalDb> {
  const dir = resolve(options.dir ?? '.local/db');
  const tableName = options.tableName ?? DEFAULT_TABLE_NAME;
  if (options.fresh) await rm(dir, { recursive: true, force: true });

  const server = dynalite({ path: dir, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((listening, failed) => {
    server.once('error', failed);
    server.listen(0, '127.0.0.1', () => listening());
  });
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;

  const stop = (): Promise<void> =>
    new Promise((closed, failed) => {
      server.close((error?: Error) => (error ? failed(error) : closed()));
      server.closeAllConnections();
    });

  try {
    await ensureTable(endpoint, tableName);
  } catch (error) {
    await stop().catch(() => undefined);
    throw new Error(`could not prepare table ${tableName} in ${dir}`, { cause: error });
  }
  return { endpoint, dir, tableName, stop };
}

async function ensureTable(endpoint: string, tableName: string): Promise<void> {
  const client = new DynamoDBClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  try {
    try {
      await client.send(new DescribeTableCommand({ TableName: tableName }));
      return;
    } catch (error) {
      if (!(error instanceof ResourceNotFoundException)) throw error;
    }
    await client.send(new CreateTableCommand(createTableInput(tableName)));
    for (let attempt = 0; attempt < 50; attempt++) {
      const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
      if (Table?.TableStatus === 'ACTIVE') return;
      await new Promise((wait) => setTimeout(wait, 20));
    }
    throw new Error(`table ${tableName} did not become ACTIVE`);
  } finally {
    client.destroy();
  }
}
