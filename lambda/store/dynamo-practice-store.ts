import {
  ConditionalCheckFailedException,
  DeleteItemCommand,
  GetItemCommand,
  UpdateItemCommand,
  type AttributeValue,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { ContainerMemory } from '../container-memory';
import { isCalendarDay } from '../practice/calendar-day';
import type { AssumedPreferences, Preferences } from '../practice/preferences';
import {
  ATTRIBUTE,
  PREFERENCE_ATTRIBUTE,
  PREFERENCE_FIELDS,
  countableMinutes,
  historyFromItem,
  preferenceValue,
  requestTag,
  requestGuardAttribute,
  requestGuardAttributesOf,
  staleRequestGuardAttributes,
  utcDayNumber,
  techniqueAttribute,
  withPractice,
  type Item,
} from './practice-item';
import {
  StoreUnavailableError,
  type Practice,
  type PracticeHistory,
  type PracticeStore,
  type RecordOutcome,
} from './practice-store';
import { createDynamoDbClient, DYNAMODB_TIMEOUTS } from './dynamodb-client';
import { PRACTICE_SORT_KEY, TABLE_SCHEMA } from './table-schema';

/**
 * The condition that the saved preferences are still those a session was planned on: each
 * field read by the plan equal to its assumed value, or absent where it was assumed unset.
 */
function assumptionCondition(
  assumed: AssumedPreferences | undefined,
  names: Record<string, string>,
): { terms: string[]; values: Record<string, AttributeValue> } {
  const condition = { terms: [] as string[], values: {} as Record<string, AttributeValue> };
  for (const field of assumed?.fields ?? []) {
    const attribute = inExpression(PREFERENCE_ATTRIBUTE[field], names);
    const value = preferenceValue(assumed!.values, field);
    if (value === undefined) {
      condition.terms.push(`attribute_not_exists(${attribute})`);
    } else {
      condition.values[`:assumed_${field}`] = value;
      condition.terms.push(`${attribute} = :assumed_${field}`);
    }
  }
  return condition;
}

/**
 * How an attribute is written in an expression. DynamoDB's reserved words have no underscore, so
 * Steady's prefixed names (`r_3`, `t_box`, `p_minutes`) stand as they are, which spares the
 * request and the table the substitution; anything else goes through a `#` placeholder.
 */
function inExpression(attribute: string, names: Record<string, string>): string {
  if (/^[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]+$/.test(attribute)) return attribute;
  const placeholder = `#n${Object.keys(names).length}`;
  names[placeholder] = attribute;
  return placeholder;
}

/** An abort signal in the form the SDK's HTTP handler accepts without an EventTarget. */
interface CallDeadline {
  aborted: boolean;
  onabort: (() => void) | null;
}

export interface DynamoPracticeStoreOptions {
  readonly tableName: string;
  readonly client?: DynamoDBClient;
}

/**
 * The practice table on DynamoDB: one item per user (see practice-item.ts), one round trip per
 * call (PracticeStore names the one exception). Recording is a single conditional UpdateItem, so
 * concurrent devices never lose an update and a retried request id is refused by the condition.
 */
export class DynamoPracticeStore implements PracticeStore {
  private readonly tableName: string;
  private readonly client: DynamoDBClient;
  /**
   * The guard sets each user's item held after this store's last write to it, and that write's
   * UTC day. Other writes of that day add only that day's set, so a write of the same day removes
   * only the stale sets known to be there: usually none. A stale set added some other way (a
   * write stamped with another day) is in the item this write returns, so the next one removes
   * it. The first write of a new day removes every stale set.
   */
  private readonly knownGuards = new ContainerMemory<{ readonly day: number; readonly sets: readonly string[] }>();

  constructor(options: DynamoPracticeStoreOptions) {
    this.tableName = options.tableName;
    this.client = options.client ?? createDynamoDbClient();
  }

  /**
   * One deadline over all of a call's attempts, whatever the server does with the socket. The
   * signal is the plain `{ aborted, onabort }` form the SDK's HTTP handler honours (it assigns
   * `onabort` for each attempt, and an attempt that starts after the deadline fails at once). A
   * DOM AbortController costs about 15 µs a call here, in the controller and in the listeners the
   * handler adds and removes on it; a table fault test holds this to its bound.
   */
  private async withDeadline<T>(call: (options: { abortSignal: CallDeadline }) => Promise<T>): Promise<T> {
    const abortSignal: CallDeadline = { aborted: false, onabort: null };
    const timer = setTimeout(() => {
      abortSignal.aborted = true;
      abortSignal.onabort?.();
    }, DYNAMODB_TIMEOUTS.callDeadlineMs);
    try {
      return await call({ abortSignal });
    } finally {
      clearTimeout(timer);
    }
  }

  private key(userId: string): Record<string, AttributeValue> {
    return {
      [TABLE_SCHEMA.partitionKey.name]: { S: userId },
      [TABLE_SCHEMA.sortKey.name]: { S: PRACTICE_SORT_KEY },
    };
  }

  async recordPractice(userId: string, practice: Practice): Promise<RecordOutcome> {
    if (!isCalendarDay(practice.localDay)) throw new RangeError(`Not a calendar day: ${practice.localDay}`);
    const tag = requestTag(practice.requestId);
    const names: Record<string, string> = {
      '#days': ATTRIBUTE.days,
      '#sessions': ATTRIBUTE.sessions,
      '#minutes': ATTRIBUTE.minutes,
      '#tz': ATTRIBUTE.timeZone,
    };
    const guardSet = requestGuardAttribute(practice.requestedAt);
    const guard = inExpression(guardSet, names);
    const day = utcDayNumber(practice.requestedAt);
    const known = this.knownGuards.get(userId);
    const stale = staleRequestGuardAttributes(practice.requestedAt).filter((name) => known?.day !== day || known.sets.includes(name));
    const assumption = assumptionCondition(practice.assumedPreferences, names);
    const command = new UpdateItemCommand({
      TableName: this.tableName,
      Key: this.key(userId),
      UpdateExpression:
        `ADD #days :day, #sessions :one, #minutes :minutes, ${inExpression(techniqueAttribute(practice.technique), names)} :one, ` +
        `${guard} :requestSet SET #tz = :tz${stale.length > 0 ? ` REMOVE ${stale.map((name) => inExpression(name, names)).join(', ')}` : ''}`,
      ConditionExpression: [`NOT contains(${guard}, :request)`, ...assumption.terms].join(' AND '),
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: {
        ':day': { SS: [practice.localDay] },
        ':one': { N: '1' },
        ':minutes': { N: String(countableMinutes(practice.minutes)) },
        ':requestSet': { SS: [tag] },
        ':request': { S: tag },
        ':tz': { S: practice.timeZone },
        ...assumption.values,
      },
      // The whole old item, not just the updated attributes: `before` and `after` are complete
      // histories (every technique, the preferences). Returned values cost no capacity.
      ReturnValues: 'ALL_OLD',
      // A refusal says why: the request id already in the guard, or the preferences as saved.
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    });
    try {
      const { Attributes } = await this.withDeadline((deadline) => this.client.send(command, deadline));
      const sets = requestGuardAttributesOf(Attributes).filter((name) => name !== guardSet && !stale.includes(name));
      this.knownGuards.remember(userId, { day, sets: [...sets, guardSet] });
      const before = historyFromItem(Attributes);
      return { counted: true, before, after: withPractice(before, practice) };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) {
        throw new StoreUnavailableError('Could not record the practice', { cause: error });
      }
      // Without an assumption only the guard can refuse; with one, the item tells which did.
      const item = error.Item ?? (practice.assumedPreferences ? await this.item(userId, 'Could not record the practice') : undefined);
      const preferences = item && historyFromItem(item).preferences;
      if (!practice.assumedPreferences || item?.[guardSet]?.SS?.includes(tag)) {
        return { counted: false, reason: 'duplicate-request', ...(preferences ? { preferences } : {}) };
      }
      return { counted: false, reason: 'preferences-changed', preferences: preferences ?? {} };
    }
  }

  async readHistory(userId: string): Promise<PracticeHistory> {
    return historyFromItem(await this.item(userId, 'Could not read the practice history'));
  }

  private async item(userId: string, failure: string): Promise<Item | undefined> {
    try {
      const command = new GetItemCommand({ TableName: this.tableName, Key: this.key(userId), ConsistentRead: true });
      const { Item } = await this.withDeadline((deadline) => this.client.send(command, deadline));
      return Item;
    } catch (error) {
      throw new StoreUnavailableError(failure, { cause: error });
    }
  }

  /** Sets the given preferences and removes the ones left undefined: `{}` resets them all. */
  async savePreferences(userId: string, preferences: Preferences): Promise<void> {
    const names: Record<string, string> = {};
    const values: Record<string, AttributeValue> = {};
    const set: string[] = [];
    const remove: string[] = [];
    for (const field of PREFERENCE_FIELDS) {
      names[`#${field}`] = PREFERENCE_ATTRIBUTE[field];
      const value = preferenceValue(preferences, field);
      if (value === undefined) {
        remove.push(`#${field}`);
      } else {
        values[`:${field}`] = value;
        set.push(`#${field} = :${field}`);
      }
    }
    const removeOnly = set.length === 0;
    const command = new UpdateItemCommand({
      TableName: this.tableName,
      Key: this.key(userId),
      UpdateExpression: [set.length > 0 ? `SET ${set.join(', ')}` : '', remove.length > 0 ? `REMOVE ${remove.join(', ')}` : '']
        .filter(Boolean)
        .join(' '),
      ...(removeOnly
        ? // Resetting must not create an item for a user Steady knows nothing about.
          {
            ConditionExpression: 'attribute_exists(#pk)',
            ExpressionAttributeNames: { ...names, '#pk': TABLE_SCHEMA.partitionKey.name },
          }
        : { ExpressionAttributeNames: names, ExpressionAttributeValues: values }),
    });
    try {
      await this.withDeadline((deadline) => this.client.send(command, deadline));
    } catch (error) {
      if (removeOnly && error instanceof ConditionalCheckFailedException) return;
      throw new StoreUnavailableError('Could not save the preferences', { cause: error });
    }
  }

  async updatePreferences(userId: string, change: Preferences): Promise<Preferences> {
    const fields = PREFERENCE_FIELDS.filter((field) => preferenceValue(change, field) !== undefined);
    if (fields.length === 0) throw new RangeError('No preference to update');
    const command = new UpdateItemCommand({
      TableName: this.tableName,
      Key: this.key(userId),
      UpdateExpression: `SET ${fields.map((field) => `#${field} = :${field}`).join(', ')}`,
      ExpressionAttributeNames: Object.fromEntries(fields.map((field) => [`#${field}`, PREFERENCE_ATTRIBUTE[field]])),
      ExpressionAttributeValues: Object.fromEntries(fields.map((field) => [`:${field}`, preferenceValue(change, field)!])),
      ReturnValues: 'ALL_NEW',
    });
    try {
      const { Attributes } = await this.withDeadline((deadline) => this.client.send(command, deadline));
      return historyFromItem(Attributes).preferences;
    } catch (error) {
      throw new StoreUnavailableError('Could not save the preferences', { cause: error });
    }
  }

  async forgetUser(userId: string): Promise<void> {
    try {
      const command = new DeleteItemCommand({ TableName: this.tableName, Key: this.key(userId) });
      await this.withDeadline((deadline) => this.client.send(command, deadline));
      this.knownGuards.forget(userId);
    } catch (error) {
      throw new StoreUnavailableError('Could not delete the practice history', { cause: error });
    }
  }
}
