/**
 * Time on your own, kept in the practice item (store/own-time-attributes.ts) so that it lives
 * under the item's one revision and goes with a forget. Every write is a guarded change of the
 * item (store/practice-item-change.ts): refused when asked before the user's last forget, and a
 * save only over the revision it read, so nothing read before a forget can be written after it.
 *
 * The layout before this one kept it in an item of its own (`sk = 'own-time'`). That item is read
 * (one Query brings both) while the practice item holds no time on your own, is folded into the
 * practice item by the next save and then deleted. Found beside a forget's memo, it is what a
 * forget left behind: it is never read, and is deleted.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { EMPTY_OWN_TIME, type OwnTimeRecord } from '../practice/own-time-record';
import { withCallDeadline, type CallOptions } from './call-deadline';
import { createDynamoDbClient } from './dynamodb-client';
import { OWN_TIME_ATTRIBUTES, ownTimeAttributes, ownTimeFrom } from './own-time-attributes';
import { changePracticeItem } from './practice-item-change';
import { itemKey, type Item } from './practice-item';
import { StoreUnavailableError } from './practice-store';
import { READ_STORED_NUMBERS } from './stored-number';
import { PRACTICE_SORT_KEY, TABLE_SCHEMA } from './table-schema';

export { EMPTY_OWN_TIME, OWN_TIME_WEEKS_KEPT, type OwnTimeRecord, type OwnTimeWeek } from '../practice/own-time-record';

/** The sort key of the own-time item of the layout before this one. */
export const OWN_TIME_SORT_KEY = 'own-time';

/** The legacy item's attributes bore the record's own field names. */
const LEGACY_ATTRIBUTES = {
  pendingMinutes: 'pendingMinutes',
  lastMinutes: 'lastMinutes',
  nextMinutes: 'nextMinutes',
  weeks: 'weeks',
  reportedBy: 'reportedBy',
} as const;

/** Failures are thrown as `StoreUnavailableError`, like the practice store's. */
export interface OwnTimeStore {
  /** The time on your own kept for the user, carrying the revision a save goes over. */
  read(userId: string, options?: CallOptions): Promise<OwnTimeRecord>;
  /**
   * Writes `next` only while the practice item is still at the revision `read` was read at, and
   * the request (asked at `askedAt`) came after the user's last forget. False when refused: read
   * again and redo.
   */
  save(userId: string, next: OwnTimeRecord, read: OwnTimeRecord, askedAt: number, options?: CallOptions): Promise<boolean>;
  /**
   * Sets (or, with undefined, clears) the pending stretch, keeping the rest: one write, no read.
   * False when nothing was written: asked before the user's last forget, or nothing to clear.
   */
  setPending(userId: string, minutes: number | undefined, askedAt: number, options?: CallOptions): Promise<boolean>;
}

export interface DynamoOwnTimeStoreOptions {
  readonly tableName: string;
  readonly client?: DynamoDBClient;
}

/** Fields the practice item holds win; the ones it lacks come from the legacy item. */
function merged(kept: OwnTimeRecord, legacy: OwnTimeRecord): OwnTimeRecord {
  return { ...legacy, ...kept, weeks: kept.weeks.length > 0 ? kept.weeks : legacy.weeks };
}

export class DynamoOwnTimeStore implements OwnTimeStore {
  private readonly tableName: string;
  private readonly documents: DynamoDBDocumentClient;
  /** Records read with a legacy item's fields in them: their save deletes that item. */
  private readonly fromLegacyItem = new WeakSet<OwnTimeRecord>();

  constructor(options: DynamoOwnTimeStoreOptions) {
    this.tableName = options.tableName;
    this.documents = DynamoDBDocumentClient.from(options.client ?? createDynamoDbClient(), {
      unmarshallOptions: READ_STORED_NUMBERS,
    });
  }

  async read(userId: string, options?: CallOptions): Promise<OwnTimeRecord> {
    try {
      const { Items = [] } = await withCallDeadline(options, (abortSignal) =>
        this.documents.send(
          new QueryCommand({
            TableName: this.tableName,
            KeyConditionExpression: '#pk = :pk',
            ExpressionAttributeNames: { '#pk': TABLE_SCHEMA.partitionKey.name },
            ExpressionAttributeValues: { ':pk': userId },
            ConsistentRead: true,
          }),
          { abortSignal },
        ),
      );
      const sortKey = TABLE_SCHEMA.sortKey.name;
      const practice: Item | undefined = Items.find((item) => item[sortKey] === PRACTICE_SORT_KEY);
      const legacy: Item | undefined = Items.find((item) => item[sortKey] === OWN_TIME_SORT_KEY);
      const kept = ownTimeFrom(practice);
      const revision = practice && 'revision' in practice ? { revision: practice.revision } : {};
      if (!legacy) return { ...kept, ...revision };
      if (practice?.forgotten !== undefined) {
        await this.deleteLegacyItem(userId, options);
        return { ...kept, ...revision };
      }
      const record = { ...merged(kept, ownTimeFrom(legacy, LEGACY_ATTRIBUTES)), ...revision };
      this.fromLegacyItem.add(record);
      return record;
    } catch (error) {
      throw new StoreUnavailableError('Could not read time on your own', { cause: error });
    }
  }

  async save(userId: string, next: OwnTimeRecord, read: OwnTimeRecord, askedAt: number, options?: CallOptions): Promise<boolean> {
    const set = ownTimeAttributes(next);
    const remove = Object.values(OWN_TIME_ATTRIBUTES).filter((name) => !Object.hasOwn(set, name));
    try {
      const outcome = await changePracticeItem(
        this.documents,
        this.tableName,
        userId,
        { set, remove, askedAt, overRevision: { read: read.revision } },
        options,
      );
      if (outcome.written && this.fromLegacyItem.has(read)) await this.deleteLegacyItem(userId, options);
      return outcome.written;
    } catch (error) {
      throw new StoreUnavailableError('Could not save time on your own', { cause: error });
    }
  }

  async setPending(userId: string, minutes: number | undefined, askedAt: number, options?: CallOptions): Promise<boolean> {
    const change =
      minutes === undefined
        ? // Clearing must not create an item for a user who has none.
          { set: {}, remove: [OWN_TIME_ATTRIBUTES.pendingMinutes], askedAt, existingOnly: true }
        : { set: ownTimeAttributes({ ...EMPTY_OWN_TIME, pendingMinutes: minutes }), remove: [], askedAt };
    try {
      return (await changePracticeItem(this.documents, this.tableName, userId, change, options)).written;
    } catch (error) {
      throw new StoreUnavailableError('Could not save time on your own', { cause: error });
    }
  }

  private async deleteLegacyItem(userId: string, options: CallOptions | undefined): Promise<void> {
    await withCallDeadline(options, (abortSignal) =>
      this.documents.send(new DeleteCommand({ TableName: this.tableName, Key: itemKey(userId, OWN_TIME_SORT_KEY) }), { abortSignal }),
    );
  }
}
