/**
 * The practice table's key schema, defined once: the CDK stack, the repository, the tests and the
 * local runner all read it from here.
 */
export const TABLE_SCHEMA = {
  partitionKey: { name: 'pk', type: 'S' },
  /** Sort key: the item kind, e.g. `practice` for the practice record (see store/practice-item.ts). */
  sortKey: { name: 'sk', type: 'S' },
} as const;

export const PRACTICE_SORT_KEY = 'practice';

/** The table's time-to-live attribute: epoch seconds after which DynamoDB may delete the item. */
export const TTL_ATTRIBUTE = 'expiresAt';

/** The table name when TABLE_NAME is not set (local runs and tests). */
export const DEFAULT_TABLE_NAME = 'steady-practice';
