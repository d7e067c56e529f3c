const UNIT_MS = {
  Y: 365 * 86_400_000,
  Mo: 30 * 86_400_000,
  W: 7 * 86_400_000,
  D: 86_400_000,
  H: 3_600_000,
  Mi: 60_000,
  S: 1000,
} as const;

const ISO_DURATION =
  /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/**
 * Milliseconds in an AMAZON.DURATION value ("PT5M", "PT1H30M", "P1Y"), or undefined when Alexa
 * sent something that is not a whole ISO 8601 duration (for example "PT?M" or "").
 */
export function parseIsoDuration(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const match = ISO_DURATION.exec(value.trim().toUpperCase());
  if (!match || value.trim().toUpperCase() === 'P' || value.trim().toUpperCase().endsWith('T')) return undefined;
  const [, y, mo, w, d, h, mi, s] = match;
  const parts: Array<[string | undefined, number]> = [
    [y, UNIT_MS.Y],
    [mo, UNIT_MS.Mo],
    [w, UNIT_MS.W],
    [d, UNIT_MS.D],
    [h, UNIT_MS.H],
    [mi, UNIT_MS.Mi],
    [s, UNIT_MS.S],
  ];
  if (parts.every(([n]) => n === undefined)) return undefined;
  return parts.reduce((sum, [n, unit]) => sum + (n === undefined ? 0 : Number(n) * unit), 0);
}

/** A whole number from an AMAZON.NUMBER value ("10", "-3"), or undefined ("?", "ten", ""). */
export function parseSlotNumber(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*-?\d+(\.\d+)?\s*$/.test(value)) return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}
