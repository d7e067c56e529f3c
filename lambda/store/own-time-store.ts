/**
 * Time on your own: its own item beside the practice record (`sk = 'own-time'`). It holds
 * practice activity only: the length of the stretch set and not yet reported, the last length
 * practised, the length to suggest next, and the minutes practised in each recent ISO week. How a
 * stretch felt is never stored: it only moves `nextMinutes`.
 */
import {
  ConditionalCheckFailedException,
  GetItemCommand,
  UpdateItemCommand,
  type AttributeValue,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { withCallDeadline } from './call-deadline';
import { createDynamoDbClient } from './dynamodb-client';
import { StoreUnavailableError } from './practice-store';
import { TABLE_SCHEMA } from './table-schema';

export const OWN_TIME_SORT_KEY = 'own-time';

/** The weeks kept: enough for "last week" and "this week", bounded so the item stays small. */
export const OWN_TIME_WEEKS_KEPT = 8;

export interface OwnTimeWeek {
  /** ISO 8601 week, `YYYY-Www`, in the user's time zone. */
  readonly week: string;
  /** Minutes practised on your own that week, in all. */
  readonly minutes: number;
  /** The longest single stretch that week. */
  readonly longest: number;
}

export interface OwnTimeRecord {
  /** A stretch set (with or without a timer) whose end has not been reported yet. */
  readonly pendingMinutes?: number;
  /** The last stretch reported done. */
  readonly lastMinutes?: number;
  /** The length to suggest next. */
  readonly nextMinutes?: number;
  /** Oldest first, at most OWN_TIME_WEEKS_KEPT. */
  readonly weeks: readonly OwnTimeWeek[];
}

export const EMPTY_OWN_TIME: OwnTimeRecord = { weeks: [] };

/** Failures are thrown as `StoreUnavailableError`, like the practice store's. */
export interface OwnTimeStore {
  read(userId: string): Promise<OwnTimeRecord>;
  save(userId: string, record: OwnTimeRecord): Promise<void>;
  /** Sets (or, with undefined, clears) the pending stretch, keeping the rest: one write, no read. */
  setPending(userId: string, minutes: number | undefined): Promise<void>;
}

export interface DynamoOwnTimeStoreOptions {
  readonly tableName: string;
  readonly client?: DynamoDBClient;
}

function wholeMinutes(value: AttributeValue | undefined): number | undefined {
  const n = value?.N === undefined ? NaN : Number(value.N);
  return Number.isFinite(n) && n > 0 ? Math.round(n) : undefined;
}

/** Reads an item defensively: anything malformed is left out rather than spoken. */
export function ownTimeFromItem(item: Record<string, AttributeValue> | undefined): OwnTimeRecord {
  if (!item) return EMPTY_OWN_TIME;
  const weeks = (item.weeks?.L ?? []).flatMap((entry) => {
    const week = entry.M?.week?.S;
    const minutes = wholeMinutes(entry.M?.minutes);
    const longest = wholeMinutes(entry.M?.longest);
    return week && /^\d{4}-W\d{2}$/.test(week) && minutes !== undefined && longest !== undefined ? [{ week, minutes, longest }] : [];
  });
  const pendingMinutes = wholeMinutes(item.pendingMinutes);
  const lastMinutes = wholeMinutes(item.lastMinutes);
  const nextMinutes = wholeMinutes(item.nextMinutes);
  return {
    ...(pendingMinutes !== undefined ? { pendingMinutes } : {}),
    ...(lastMinutes !== undefined ? { lastMinutes } : {}),
    ...(nextMinutes !== undefined ? { nextMinutes } : {}),
    weeks: weeks.slice(-OWN_TIME_WEEKS_KEPT),
  };
}

export function ownTimeItem(userId: string, record: OwnTimeRecord): Record<string, AttributeValue> {
  const number = (n: number | undefined) => (n === undefined ? {} : { N: String(Math.round(n)) });
  const item: Record<string, AttributeValue> = {
    [TABLE_SCHEMA.partitionKey.name]: { S: userId },
    [TABLE_SCHEMA.sortKey.name]: { S: OWN_TIME_SORT_KEY },
    weeks: {
      L: record.weeks.slice(-OWN_TIME_WEEKS_KEPT).map((w) => ({
        M: { week: { S: w.week }, minutes: { N: String(w.minutes) }, longest: { N: String(w.longest) } },
      })),
    },
  };
  if (record.pendingMinutes !== undefined) item.pendingMinutes = number(record.pendingMinutes) as AttributeValue;
  if (record.lastMinutes !== undefined) item.lastMinutes = number(record.lastMinutes) as AttributeValue;
  if (record.nextMinutes !== undefined) item.nextMinutes = number(record.nextMinutes) as AttributeValue;
  return item;
}

/** The own-time item on DynamoDB, with the practice table's client, timeouts and one deadline a call. */
export class DynamoOwnTimeStore implements OwnTimeStore {
  private readonly tableName: string;
  private readonly client: DynamoDBClient;

  constructor(options: DynamoOwnTimeStoreOptions) {
    this.tableName = options.tableName;
    this.client = options.client ?? createDynamoDbClient();
  }

  private key(userId: string): Record<string, AttributeValue> {
    return {
      [TABLE_SCHEMA.partitionKey.name]: { S: userId },
      [TABLE_SCHEMA.sortKey.name]: { S: OWN_TIME_SORT_KEY },
    };
  }

  private async withDeadline<T>(failure: string, call: (options: { abortSignal: AbortSignal }) => Promise<T>): Promise<T> {
    try {
      return await withCallDeadline(undefined, (abortSignal) => call({ abortSignal }));
    } catch (error) {
      throw new StoreUnavailableError(failure, { cause: error });
    }
  }

  async read(userId: string): Promise<OwnTimeRecord> {
    const command = new GetItemCommand({ TableName: this.tableName, Key: this.key(userId), ConsistentRead: true });
    const { Item } = await this.withDeadline('Could not read time on your own', (o) => this.client.send(command, o));
    return ownTimeFromItem(Item);
  }

  /** Replaces the record, as one UpdateItem. */
  async save(userId: string, record: OwnTimeRecord): Promise<void> {
    const attributes = ownTimeItem(userId, record);
    delete attributes[TABLE_SCHEMA.partitionKey.name];
    delete attributes[TABLE_SCHEMA.sortKey.name];
    const names = Object.keys(attributes);
    const cleared = (['pendingMinutes', 'lastMinutes', 'nextMinutes'] as const).filter((name) => !names.includes(name));
    const command = new UpdateItemCommand({
      TableName: this.tableName,
      Key: this.key(userId),
      UpdateExpression: [
        `SET ${names.map((name) => `#${name} = :${name}`).join(', ')}`,
        ...(cleared.length > 0 ? [`REMOVE ${cleared.map((name) => `#${name}`).join(', ')}`] : []),
      ].join(' '),
      ExpressionAttributeNames: Object.fromEntries([...names, ...cleared].map((name) => [`#${name}`, name])),
      ExpressionAttributeValues: Object.fromEntries(names.map((name) => [`:${name}`, attributes[name]!])),
    });
    await this.withDeadline('Could not save time on your own', (o) => this.client.send(command, o));
  }

  async setPending(userId: string, minutes: number | undefined): Promise<void> {
    const command =
      minutes === undefined
        ? new UpdateItemCommand({
            TableName: this.tableName,
            Key: this.key(userId),
            UpdateExpression: 'REMOVE pendingMinutes',
            // Clearing must not create an empty item for a user who has none.
            ConditionExpression: `attribute_exists(${TABLE_SCHEMA.partitionKey.name})`,
          })
        : new UpdateItemCommand({
            TableName: this.tableName,
            Key: this.key(userId),
            UpdateExpression: 'SET pendingMinutes = :minutes, weeks = if_not_exists(weeks, :none)',
            ExpressionAttributeValues: { ':minutes': { N: String(Math.round(minutes)) }, ':none': { L: [] } },
          });
    try {
      await this.withDeadline('Could not save time on your own', (o) => this.client.send(command, o));
    } catch (error) {
      if (minutes === undefined && error instanceof StoreUnavailableError && error.cause instanceof ConditionalCheckFailedException) return;
      throw error;
    }
  }
}
