/** A whole number for a local day (`YYYY-MM-DD`), for choosing words that change daily. */
export function dayIndex(localDay: string): number {
  const time = Date.parse(`${localDay}T00:00:00Z`);
  return Number.isNaN(time) ? 0 : Math.floor(time / 86_400_000);
}

/** The entry of a list for a turn (a day's index, plus the round and any offset): it wraps round. */
export function pickForTurn<T>(items: readonly T[], turn: number): T {
  return items[((turn % items.length) + items.length) % items.length]!;
}

/** The entry of a list for a local day. */
export function pickForDay<T>(items: readonly T[], localDay: string): T {
  return pickForTurn(items, dayIndex(localDay));
}

/**
 * A whole number for a session's name (its practice, its technique): added to the day, it lets
 * sessions said on the same day take different entries of a shared list, while each session still
 * moves on by one entry a day.
 */
export function sessionOffset(session: string): number {
  let offset = 0;
  for (const character of session) offset = (offset * 31 + character.charCodeAt(0)) % 1_000_003;
  return offset;
}
