import { ConditionalCheckFailedException, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  BatchWriteCommand,
  DeleteCommand,
  DynamoDBDocumentClient,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { Preferences } from '../practice/preferences';
import type { PracticeRecord } from '../practice/practice-record';
import { itemKey, nextRevision, practiceItem, preferencesItem, recordFromItems, type Item } from './practice-item';
import { StoreUnavailableError, type CallOptions, type PracticeStore, type RecordOutcome } from './practice-store';
import { createDynamoDbClient, DYNAMODB_TIMEOUTS } from './dynamodb-client';
import { PRACTICE_SORT_KEY, PREFERENCES_SORT_KEY, TABLE_SCHEMA } from './table-schema';

/**
 * An item in DynamoDB's wire form as the document client would read it. The document client
 * leaves the item in a ConditionalCheckFailedException as it came (and util-dynamodb's
 * unmarshall refuses the SDK's error shapes, which carry keys for every member), so this reads
 * the one member each value has.
 */
function nativeOf(value: AttributeValue): unknown {
  if (value.S !== undefined) return value.S;
  if (value.N !== undefined) return Number(value.N);
  if (value.BOOL !== undefined) return value.BOOL;
  if (value.M !== undefined) return nativeItem(value.M);
  if (value.L !== undefined) return value.L.map(nativeOf);
  if (value.SS !== undefined) return new Set(value.SS);
  if (value.NS !== undefined) return new Set(value.NS.map(Number));
  return undefined;
}

function nativeItem(item: Record<string, AttributeValue>): Item {
  return Object.fromEntries(Object.entries(item).map(([name, value]) => [name, nativeOf(value)]));
}

/**
 * A call's deadline, from a timer rather than `AbortSignal.timeout`: Node may garbage-collect a
 * timeout signal that only `AbortSignal.any` refers to before it fires, and the call then has no
 * deadline at all (a table trickling its answer held a request for 5 s, not 2.5). The timer
 * holds its controller until it fires, and never keeps the process alive.
 */
function deadline(): AbortSignal {
  const controller = new AbortController();
  setTimeout(
    () => controller.abort(new DOMException('The table call passed its deadline', 'TimeoutError')),
    DYNAMODB_TIMEOUTS.callDeadlineMs,
  ).unref();
  return controller.signal;
}

export interface DynamoPracticeStoreOptions {
  readonly tableName: string;
  readonly client?: DynamoDBClient;
}

const PK = TABLE_SCHEMA.partitionKey.name;
const SK = TABLE_SCHEMA.sortKey.name;
/** BatchGetItem and BatchWriteItem may leave part of a request for a second try. */
const BATCH_ATTEMPTS = 3;
/** Numbers as JavaScript numbers, whatever their precision (the default refuses 38 digits). */
const UNMARSHALL = { wrapNumbers: (value: string) => Number(value) };

/**
 * The practice table on DynamoDB through the document client of `@aws-sdk/lib-dynamodb`, which
 * marshals the record's maps and lists (hand marshalling them is where type slips hide). Numbers
 * are read as JavaScript numbers, whatever their precision, so an odd stored value is read and
 * then repaired rather than refused.
 */
export class DynamoPracticeStore implements PracticeStore {
  private readonly tableName: string;
  private readonly documents: DynamoDBDocumentClient;

  constructor(options: DynamoPracticeStoreOptions) {
    this.tableName = options.tableName;
    this.documents = DynamoDBDocumentClient.from(options.client ?? createDynamoDbClient(), {
      marshallOptions: { removeUndefinedValues: true },
      unmarshallOptions: UNMARSHALL,
    });
  }

  /** Each call's own deadline over all its attempts, and the request's, whichever comes first. */
  private signal(options: CallOptions | undefined): { abortSignal: AbortSignal } {
    return { abortSignal: options?.abortSignal ? AbortSignal.any([deadline(), options.abortSignal]) : deadline() };
  }

  async readHistory(userId: string, options?: CallOptions): Promise<PracticeRecord> {
    try {
      let keys = [itemKey(userId, PRACTICE_SORT_KEY), itemKey(userId, PREFERENCES_SORT_KEY)];
      const items: Item[] = [];
      for (let attempt = 0; keys.length > 0; attempt++) {
        if (attempt === BATCH_ATTEMPTS) throw new Error('The table left part of the read unprocessed');
        const { Responses, UnprocessedKeys } = await this.documents.send(
          new BatchGetCommand({ RequestItems: { [this.tableName]: { Keys: keys, ConsistentRead: true } } }),
          this.signal(options),
        );
        items.push(...((Responses?.[this.tableName] ?? []) as Item[]));
        keys = (UnprocessedKeys?.[this.tableName]?.Keys ?? []) as typeof keys;
      }
      const kind = (sortKey: string) => items.find((item) => item[SK] === sortKey);
      return recordFromItems(kind(PRACTICE_SORT_KEY), kind(PREFERENCES_SORT_KEY));
    } catch (error) {
      throw new StoreUnavailableError('Could not read the practice history', { cause: error });
    }
  }

  async recordPractice(userId: string, next: PracticeRecord, options?: CallOptions): Promise<RecordOutcome> {
    const read = next.revision;
    try {
      await this.documents.send(
        new PutCommand({
          TableName: this.tableName,
          Item: practiceItem(userId, next, nextRevision(read)),
          ConditionExpression: read === undefined ? 'attribute_not_exists(#revision)' : '#revision = :read',
          ExpressionAttributeNames: { '#revision': 'revision' },
          ...(read === undefined ? {} : { ExpressionAttributeValues: { ':read': read } }),
          // A refusal brings the record as it stands, sparing a read (dynalite leaves it out).
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
        this.signal(options),
      );
      return { written: true };
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) {
        const item = error.Item && nativeItem(error.Item);
        return item ? { written: false, current: recordFromItems(item, undefined) } : { written: false };
      }
      throw new StoreUnavailableError('Could not record the practice', { cause: error });
    }
  }

  async savePreferences(userId: string, preferences: Preferences, options?: CallOptions): Promise<void> {
    const item = preferencesItem(userId, preferences);
    try {
      if (Object.keys(item).length > 2) {
        await this.documents.send(new PutCommand({ TableName: this.tableName, Item: item }), this.signal(options));
      } else {
        const key = itemKey(userId, PREFERENCES_SORT_KEY);
        await this.documents.send(new DeleteCommand({ TableName: this.tableName, Key: key }), this.signal(options));
      }
    } catch (error) {
      throw new StoreUnavailableError('Could not save the preferences', { cause: error });
    }
  }

  async updatePreferences(userId: string, change: Preferences, options?: CallOptions): Promise<Preferences> {
    const fields = Object.entries(preferencesItem(userId, change)).filter(([name]) => name !== PK && name !== SK);
    if (fields.length === 0) throw new RangeError('No preference to update');
    try {
      const { Attributes } = await this.documents.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: itemKey(userId, PREFERENCES_SORT_KEY),
          UpdateExpression: `SET ${fields.map((_, i) => `#f${i} = :v${i}`).join(', ')}`,
          ExpressionAttributeNames: Object.fromEntries(fields.map(([name], i) => [`#f${i}`, name])),
          ExpressionAttributeValues: Object.fromEntries(fields.map(([, value], i) => [`:v${i}`, value])),
          ReturnValues: 'ALL_NEW',
        }),
        this.signal(options),
      );
      return recordFromItems(undefined, (Attributes ?? {}) as Item).history.preferences;
    } catch (error) {
      throw new StoreUnavailableError('Could not save the preferences', { cause: error });
    }
  }

  /**
   * First the memo of the forget replaces the practice record (so a practice asked before it and
   * retried after it is refused), then every other item under the user's key is deleted, page by
   * page: preferences and whatever other kinds of item Steady keeps.
   */
  async forgetUser(userId: string, forgotten: PracticeRecord, options?: CallOptions): Promise<RecordOutcome> {
    // Over the revision read, like a practice: a practice written meanwhile is not lost under the
    // memo, and a write planned on the record before the forget cannot put the history back.
    const outcome = await this.recordPractice(userId, forgotten, options);
    if (outcome.written) await this.deleteOtherItems(userId, options);
    return outcome;
  }

  async deleteOtherItems(userId: string, options?: CallOptions): Promise<void> {
    try {
      let start: Record<string, unknown> | undefined;
      do {
        const page = await this.documents.send(
          new QueryCommand({
            TableName: this.tableName,
            KeyConditionExpression: '#pk = :pk',
            ExpressionAttributeNames: { '#pk': PK, '#sk': SK },
            ExpressionAttributeValues: { ':pk': userId },
            ProjectionExpression: '#pk, #sk',
            ConsistentRead: true,
            ...(start ? { ExclusiveStartKey: start } : {}),
          }),
          this.signal(options),
        );
        const keys = (page.Items ?? []).filter((item) => item[SK] !== PRACTICE_SORT_KEY);
        for (let i = 0; i < keys.length; i += 25) await this.deleteAll(keys.slice(i, i + 25), options);
        start = page.LastEvaluatedKey;
      } while (start);
    } catch (error) {
      throw new StoreUnavailableError('Could not delete the practice history', { cause: error });
    }
  }

  private async deleteAll(keys: Record<string, unknown>[], options: CallOptions | undefined): Promise<void> {
    let requests = keys.map((Key) => ({ DeleteRequest: { Key } }));
    for (let attempt = 0; requests.length > 0; attempt++) {
      if (attempt === BATCH_ATTEMPTS) throw new Error('The table left part of the deletion unprocessed');
      const { UnprocessedItems } = await this.documents.send(
        new BatchWriteCommand({ RequestItems: { [this.tableName]: requests } }),
        this.signal(options),
      );
      requests = (UnprocessedItems?.[this.tableName] ?? []) as typeof requests;
    }
  }
}
