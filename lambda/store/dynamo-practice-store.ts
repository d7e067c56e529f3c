import { ConditionalCheckFailedException, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { PREFERENCE_FIELDS, type Preferences } from '../practice/preferences';
import type { PracticeRecord } from '../practice/practice-record';
import { withCallDeadline, type CallOptions } from './call-deadline';
import { itemKey, nextRevision, practiceItem, preferenceAttribute, preferenceAttributes, recordFromItem, type Item } from './practice-item';
import { changePracticeItem } from './practice-item-change';
import { AskedBeforeForgetError, StoreUnavailableError, type PracticeStore, type RecordOutcome } from './practice-store';
import { createDynamoDbClient } from './dynamodb-client';
import { READ_STORED_NUMBERS, storedNumber } from './stored-number';
import { PRACTICE_SORT_KEY, TABLE_SCHEMA } from './table-schema';

/**
 * An item in DynamoDB's wire form as the document client would read it. The document client
 * leaves the item in a ConditionalCheckFailedException as it came (and util-dynamodb's
 * unmarshall refuses the SDK's error shapes, which carry keys for every member), so this reads
 * the one member each value has.
 */
function nativeOf(value: AttributeValue): unknown {
  if (value.S !== undefined) return value.S;
  if (value.N !== undefined) return storedNumber(value.N);
  if (value.BOOL !== undefined) return value.BOOL;
  if (value.M !== undefined) return nativeItem(value.M);
  if (value.L !== undefined) return value.L.map(nativeOf);
  if (value.SS !== undefined) return new Set(value.SS);
  if (value.NS !== undefined) return new Set(value.NS.map(storedNumber));
  return undefined;
}

function nativeItem(item: Record<string, AttributeValue>): Item {
  return Object.fromEntries(Object.entries(item).map(([name, value]) => [name, nativeOf(value)]));
}

export interface DynamoPracticeStoreOptions {
  readonly tableName: string;
  readonly client?: DynamoDBClient;
}

const PK = TABLE_SCHEMA.partitionKey.name;
const SK = TABLE_SCHEMA.sortKey.name;
/** BatchWriteItem may leave part of a request for a second try. */
const BATCH_ATTEMPTS = 3;

/**
 * The practice table on DynamoDB through the document client of `@aws-sdk/lib-dynamodb`, which
 * marshals the record's maps and lists (hand marshalling them is where type slips hide). Numbers
 * are read as store/stored-number.ts says, so an odd stored value is read and then repaired
 * rather than refused.
 */
export class DynamoPracticeStore implements PracticeStore {
  private readonly tableName: string;
  private readonly documents: DynamoDBDocumentClient;

  constructor(options: DynamoPracticeStoreOptions) {
    this.tableName = options.tableName;
    this.documents = DynamoDBDocumentClient.from(options.client ?? createDynamoDbClient(), {
      marshallOptions: { removeUndefinedValues: true },
      unmarshallOptions: READ_STORED_NUMBERS,
    });
  }

  async readHistory(userId: string, options?: CallOptions): Promise<PracticeRecord> {
    try {
      const { Item } = await withCallDeadline(options, (abortSignal) =>
        this.documents.send(new GetCommand({ TableName: this.tableName, Key: itemKey(userId, PRACTICE_SORT_KEY), ConsistentRead: true }), {
          abortSignal,
        }),
      );
      return recordFromItem(Item);
    } catch (error) {
      throw new StoreUnavailableError('Could not read the practice history', { cause: error });
    }
  }

  async recordPractice(userId: string, next: PracticeRecord, options?: CallOptions): Promise<RecordOutcome> {
    const read = next.revision;
    try {
      await withCallDeadline(options, (abortSignal) =>
        this.documents.send(
          new PutCommand({
            TableName: this.tableName,
            Item: practiceItem(userId, next, nextRevision(read)),
            ConditionExpression: read === undefined ? 'attribute_not_exists(#revision)' : '#revision = :read',
            ExpressionAttributeNames: { '#revision': 'revision' },
            ...(read === undefined ? {} : { ExpressionAttributeValues: { ':read': read } }),
            // A refusal brings the record as it stands, sparing a read (dynalite leaves it out).
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          }),
          { abortSignal },
        ),
      );
      return { written: true };
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) {
        const item = error.Item && nativeItem(error.Item);
        return item ? { written: false, current: recordFromItem(item) } : { written: false };
      }
      throw new StoreUnavailableError('Could not record the practice', { cause: error });
    }
  }

  /**
   * Sets some preferences on the practice item, and with `replace` removes the others, as a
   * guarded change (store/practice-item-change.ts). Answers the preferences as now saved.
   */
  private async setPreferences(
    userId: string,
    preferences: Preferences,
    replace: boolean,
    askedAt: number,
    options?: CallOptions,
  ): Promise<Preferences> {
    const set = preferenceAttributes(preferences);
    const remove = replace ? PREFERENCE_FIELDS.filter((field) => !Object.hasOwn(preferences, field)).map(preferenceAttribute) : [];
    // Removing alone never creates an item: a reset stores nothing for a user Steady does not know.
    const existingOnly = Object.keys(set).length === 0;
    const outcome = await changePracticeItem(this.documents, this.tableName, userId, { set, remove, askedAt, existingOnly }, options);
    if (outcome.written) return recordFromItem(outcome.item).history.preferences;
    if (outcome.why === 'no-item') return {};
    throw new AskedBeforeForgetError('The preferences were asked for before the history was deleted');
  }

  async savePreferences(userId: string, preferences: Preferences, askedAt: number, options?: CallOptions): Promise<void> {
    try {
      await this.setPreferences(userId, preferences, true, askedAt, options);
    } catch (error) {
      if (error instanceof AskedBeforeForgetError) throw error;
      throw new StoreUnavailableError('Could not save the preferences', { cause: error });
    }
  }

  async updatePreferences(userId: string, change: Preferences, askedAt: number, options?: CallOptions): Promise<Preferences> {
    if (Object.keys(preferenceAttributes(change)).length === 0) throw new RangeError('No preference to update');
    try {
      return await this.setPreferences(userId, change, false, askedAt, options);
    } catch (error) {
      if (error instanceof AskedBeforeForgetError) throw error;
      throw new StoreUnavailableError('Could not save the preferences', { cause: error });
    }
  }

  /**
   * First the memo of the forget replaces the practice record (so a practice asked before it and
   * retried after it is refused), then every other item under the user's key is deleted, page by
   * page: whatever other kinds of item Steady keeps.
   */
  async forgetUser(userId: string, forgotten: PracticeRecord, options?: CallOptions): Promise<RecordOutcome> {
    // Over the revision read, like a practice: a practice written meanwhile is not lost under the
    // memo, and a write planned on the record before the forget cannot put the history back.
    const outcome = await this.recordPractice(userId, forgotten, options);
    if (outcome.written && forgotten.forgotten) await this.finishForget(userId, forgotten.forgotten.request, options);
    return outcome;
  }

  /** Deletes every other item under the user's key, then marks the memo of the forget finished. */
  async finishForget(userId: string, request: string, options?: CallOptions): Promise<void> {
    await this.deleteOtherItems(userId, options);
    try {
      await withCallDeadline(options, (abortSignal) =>
        this.documents.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: itemKey(userId, PRACTICE_SORT_KEY),
            UpdateExpression: 'REMOVE #forgotten.#unfinished',
            ConditionExpression: '#forgotten.#request = :request',
            ExpressionAttributeNames: { '#forgotten': 'forgotten', '#unfinished': 'unfinished', '#request': 'request' },
            ExpressionAttributeValues: { ':request': request },
          }),
          { abortSignal },
        ),
      );
    } catch (error) {
      // Another forget since: its own mark stands until it finishes.
      if (error instanceof ConditionalCheckFailedException) return;
      throw new StoreUnavailableError('Could not mark the forget finished', { cause: error });
    }
  }

  private async deleteOtherItems(userId: string, options?: CallOptions): Promise<void> {
    try {
      let start: Record<string, unknown> | undefined;
      do {
        const page = await withCallDeadline(options, (abortSignal) =>
          this.documents.send(
            new QueryCommand({
              TableName: this.tableName,
              KeyConditionExpression: '#pk = :pk',
              ExpressionAttributeNames: { '#pk': PK, '#sk': SK },
              ExpressionAttributeValues: { ':pk': userId },
              ProjectionExpression: '#pk, #sk',
              ConsistentRead: true,
              ...(start ? { ExclusiveStartKey: start } : {}),
            }),
            { abortSignal },
          ),
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
      const { UnprocessedItems } = await withCallDeadline(options, (abortSignal) =>
        this.documents.send(new BatchWriteCommand({ RequestItems: { [this.tableName]: requests } }), { abortSignal }),
      );
      requests = (UnprocessedItems?.[this.tableName] ?? []) as typeof requests;
    }
  }
}
