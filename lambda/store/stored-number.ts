import { NumberValue } from '@aws-sdk/lib-dynamodb';

/**
 * A number as the table gives it (DynamoDB keeps 38 digits), read as a JavaScript number where
 * one holds its size: fractions of ordinary size read as numbers whatever their precision. A
 * number past 2^53 stays a `NumberValue`, exact: read as a count it is of the wrong type and
 * ignored (so it is never written back, which the document client would refuse), and as the
 * item's revision it is compared exactly, so the write over it is not refused for good.
 */
export function storedNumber(text: string): number | NumberValue {
  const value = Number(text);
  return Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER ? value : NumberValue.from(text);
}

/** The document client's reading of numbers, for every item Steady reads. */
export const READ_STORED_NUMBERS = { wrapNumbers: storedNumber } as const;
