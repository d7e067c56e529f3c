/** A whole number for a local day (`YYYY-MM-DD`), for choosing words that change daily. */
export function dayIndex(localDay: string): number {
  const time = Date.parse(`${localDay}T00:00:00Z`);
  return Number.isNaN(time) ? 0 : Math.floor(time / 86_400_000);
}

/** The entry of a list for a local day. */
export function pickForDay<T>(items: readonly T[], localDay: string): T {
  return items[dayIndex(localDay) % items.length]!;
}
