/**
 * An embedded DynamoDB-compatible server (dynalite) persisted in a folder, so practice history
 * survives between local runs. It changes no global state: callers point the skill at `endpoint`.
 */
import type { AddressInfo } from 'node:net';
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient, ResourceNotFoundException } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { createTableInput } from '../lambda/store/table-definition';
import { DEFAULT_TABLE_NAME } from '../lambda/store/table-schema';
import { ToolError } from './lib/cli-errors';

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

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One process at a time may hold a database folder (LevelDB locks it, and dynalite would fail
 * with "Database is closed"). The holder's pid sits in `<dir>.lock`; a lock whose process has
 * ended is taken over.
 */
async function lockFolder(dir: string): Promise<() => Promise<void>> {
  const lockFile = `${dir}.lock`;
  await mkdir(dirname(lockFile), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockFile, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number((await readFile(lockFile, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(holder) && holder > 0 && isRunning(holder)) {
        const shown = relative(process.cwd(), dir) || dir;
        throw new ToolError(
          `Another npm start (process ${holder}) is using the practice history in ${shown}: end it, or start this one with its own history: npm start -- --db ${shown}-2`,
        );
      }
      await rm(lockFile, { force: true });
    }
  }
  throw new ToolError(`Could not lock ${dir}: delete ${lockFile} and try again.`);
}

export async function startLocalDb(options: LocalDbOptions = {}): Promise<LocalDb> {
  const dir = resolve(options.dir ?? '.local/db');
  const tableName = options.tableName ?? DEFAULT_TABLE_NAME;
  const unlock = await lockFolder(dir);
  if (options.fresh) await rm(dir, { recursive: true, force: true });

  const server = dynalite({ path: dir, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((listening, failed) => {
    server.once('error', failed);
    server.listen(0, '127.0.0.1', () => listening());
  }).catch(async (error: unknown) => {
    await unlock();
    throw error;
  });
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;

  const stop = (): Promise<void> =>
    new Promise<void>((closed, failed) => {
      server.close((error?: Error) => (error ? failed(error) : closed()));
      server.closeAllConnections();
    }).finally(unlock);

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
