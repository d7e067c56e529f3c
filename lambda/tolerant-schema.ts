/**
 * Building blocks for the schemas of what Steady reads back from outside (the session
 * attributes, the stored items): read tolerantly, so that a field of the wrong shape is left out
 * as if it were missing, never an error, and whatever Steady writes next is well formed again.
 * Built on valibot, whose functions the bundler takes one by one: the Lambda carries only those used.
 */
import * as v from 'valibot';

/** A field that reads as absent when it is of the wrong shape, as when it is missing. */
export const orAbsent = <S extends v.GenericSchema>(schema: S) => v.fallback(v.optional(schema), undefined);

/** The object as it is when nothing in it reads as absent, which is nearly always: no copy then. */
const withoutAbsent = <T extends object>(fields: T): T =>
  Object.values(fields).includes(undefined)
    ? (Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as T)
    : fields;

/**
 * An object of the fields `entries` names, each by its schema; anything else in it is left out,
 * and so is a field that reads as absent (no key at all, rather than one holding undefined).
 */
export const fieldsOf = <E extends v.ObjectEntries>(entries: E) => v.pipe(v.object(entries), v.transform(withoutAbsent));

/** A list whose items of the wrong shape are left out; anything but a list is of the wrong shape. */
export const keptItems = <S extends v.GenericSchema>(item: S) =>
  v.pipe(
    v.array(orAbsent(item)),
    v.transform((items) => items.filter((kept): kept is v.InferOutput<S> => kept !== undefined)),
  );

const noItems = () => [];

/** A list as `keptItems` reads it; missing, or anything but a list, reads as an empty one. */
export const listOf = <S extends v.GenericSchema>(item: S) => v.optional(v.fallback(keptItems(item), noItems), noItems);

const isMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Set);

/** A map, as the document client reads DynamoDB's: an object, never a list or a set. */
export const plainMap = v.custom<Record<string, unknown>>(isMap);

/** A map whose every value reads by `value`; give it one that never fails, or one bad value fails the map. */
export const mapOf = <S extends v.GenericSchema>(value: S) => v.pipe(plainMap, v.record(v.string(), value));

/** A number that is not NaN and not infinite. */
export const finiteNumber = v.pipe(v.number(), v.finite());
