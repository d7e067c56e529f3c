/**
 * A change to some attributes of the practice item in one UpdateItem, under the protections every
 * write about a person shares: it moves the item's revision (so a write planned on the item before
 * it is refused and redone), one that sets something keeps the item from expiring (a forget's memo
 * expires; a change that only removes leaves it expiring), and it is refused when the request asking for it was asked before the person's last "forget my history",
 * so that a late retry, a preference or a stretch from before the forget never writes itself back.
 */
import { ConditionalCheckFailedException, DynamoDBServiceException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { withCallDeadline, type CallOptions } from './call-deadline';
import { FORGET_DATED_AHEAD_MS } from '../practice/practice-record';
import { itemKey, nextRevision, type Item } from './practice-item';
import { PRACTICE_SORT_KEY, TABLE_SCHEMA, TTL_ATTRIBUTE } from './table-schema';

export interface PracticeItemChange {
  readonly set: Item;
  readonly remove: readonly string[];
  /** When the request asking for the change was asked (the practice clock), ms. */
  readonly askedAt: number;
  /** Only over this revision as read (`undefined`: only where none was read); otherwise over any. */
  readonly overRevision?: { readonly read: unknown };
  /** Only to an item that exists: a change that sets nothing must not create one. */
  readonly existingOnly?: boolean;
}

export type ChangeOutcome =
  | { readonly written: true; readonly item: Item }
  | { readonly written: false; readonly why: 'asked-before-forget' | 'changed-since-read' | 'no-item' };

const REVISION = 'revision';
const FORGOTTEN = 'forgotten';

export async function changePracticeItem(
  documents: DynamoDBDocumentClient,
  tableName: string,
  userId: string,
  change: PracticeItemChange,
  options?: CallOptions,
): Promise<ChangeOutcome> {
  const names: Record<string, string> = {
    '#revision': REVISION,
    '#expires': TTL_ATTRIBUTE,
    '#forgotten': FORGOTTEN,
    '#at': 'at',
  };
  const values: Record<string, unknown> = {
    ':asked': change.askedAt,
    ':ahead': change.askedAt + FORGET_DATED_AHEAD_MS,
    ':number': 'N',
  };
  const sets: string[] = [];
  Object.entries(change.set).forEach(([name, value], i) => {
    names[`#s${i}`] = name;
    values[`:s${i}`] = value;
    sets.push(`#s${i} = :s${i}`);
  });
  // Only a change that keeps something keeps the item: removing alone leaves a memo expiring.
  const keeps = sets.length > 0;
  const removes = [...(keeps ? ['#expires'] : []), ...change.remove.map((name, i) => ((names[`#r${i}`] = name), `#r${i}`))];
  if (!keeps) delete names['#expires'];
  // A memo whose time is damaged (not a number, or dated further ahead than any forget this
  // request came after could be) guards nothing, rather than refusing every change for good.
  const conditions = [
    '(attribute_not_exists(#forgotten.#at) OR NOT attribute_type(#forgotten.#at, :number) OR #forgotten.#at < :asked OR #forgotten.#at > :ahead)',
  ];
  if (change.existingOnly) {
    names['#pk'] = TABLE_SCHEMA.partitionKey.name;
    conditions.push('attribute_exists(#pk)');
  }
  if (change.overRevision) {
    const { read } = change.overRevision;
    if (read === undefined) conditions.push('attribute_not_exists(#revision)');
    else {
      conditions.push('#revision = :read');
      values[':read'] = read;
    }
  }
  const send = (revision: 'add one' | 'set next') => {
    const revisionSets = revision === 'set next' ? ['#revision = :next'] : [];
    const expression = [
      revision === 'add one' ? 'ADD #revision :one' : '',
      [...revisionSets, ...sets].length > 0 ? `SET ${[...revisionSets, ...sets].join(', ')}` : '',
      removes.length > 0 ? `REMOVE ${removes.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join(' ');
    const expressionValues = {
      ...values,
      ...(revision === 'add one' ? { ':one': 1 } : { ':next': nextRevision(change.overRevision?.read) }),
    };
    return withCallDeadline(options, (abortSignal) =>
      documents.send(
        new UpdateCommand({
          TableName: tableName,
          Key: itemKey(userId, PRACTICE_SORT_KEY),
          UpdateExpression: expression,
          ConditionExpression: conditions.join(' AND '),
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: expressionValues,
          ReturnValues: 'ALL_NEW',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
        { abortSignal },
      ),
    );
  };
  try {
    let written: Item | undefined;
    if (change.overRevision) written = (await send('set next')).Attributes;
    else {
      try {
        written = (await send('add one')).Attributes;
      } catch (error) {
        // A revision damaged by hand (not a number) cannot be added to. Any number differs from
        // it, so setting one still refuses a write planned on the item before this change.
        if (!(error instanceof DynamoDBServiceException && error.name === 'ValidationException')) throw error;
        written = (await send('set next')).Attributes;
      }
    }
    return { written: true, item: written ?? {} };
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
    const old = error.Item;
    if (old === undefined) return { written: false, why: change.existingOnly ? 'no-item' : 'changed-since-read' };
    const at = old[FORGOTTEN]?.M?.at?.N;
    const forgetAt = Number(at);
    if (at !== undefined && forgetAt >= change.askedAt && forgetAt <= change.askedAt + FORGET_DATED_AHEAD_MS)
      return { written: false, why: 'asked-before-forget' };
    return { written: false, why: 'changed-since-read' };
  }
}
