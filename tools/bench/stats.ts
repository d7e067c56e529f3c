/** Order statistics for the benchmark's samples. */

function sorted(samples: readonly number[]): number[] {
  if (samples.length === 0) throw new RangeError('no samples');
  return [...samples].sort((a, b) => a - b);
}

/** The q-quantile (0..1) by the nearest-rank method: p99 of 300 samples is the 297th smallest. */
export function quantile(samples: readonly number[], q: number): number {
  const ordered = sorted(samples);
  const rank = Math.min(ordered.length, Math.max(1, Math.ceil(q * ordered.length)));
  return ordered[rank - 1]!;
}

export function median(samples: readonly number[]): number {
  const ordered = sorted(samples);
  const middle = Math.floor(ordered.length / 2);
  return ordered.length % 2 === 1 ? ordered[middle]! : (ordered[middle - 1]! + ordered[middle]!) / 2;
}

export function mean(samples: readonly number[]): number {
  if (samples.length === 0) throw new RangeError('no samples');
  return samples.reduce((sum, value) => sum + value, 0) / samples.length;
}
