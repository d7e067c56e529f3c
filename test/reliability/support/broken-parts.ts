import type { PracticeStore } from '../../../lambda/store/practice-store';
import type { TimeZoneLookup } from '../../../lambda/skill-dependencies';

/**
 * A store every method of which fails with a plain Error: asynchronously (`reject`) like a
 * dependency that fails, or synchronously (`throw`) like a bug before the first await. A Proxy,
 * so every method the PracticeStore interface has now or later fails the same way.
 */
export function brokenStore(how: 'reject' | 'throw'): PracticeStore & { readonly calls: number } {
  let calls = 0;
  const fail = (method: string) => {
    calls += 1;
    const error = new Error(`${method} failed: disk on fire`);
    if (how === 'throw') throw error;
    return Promise.reject(error);
  };
  return new Proxy({} as PracticeStore & { readonly calls: number }, {
    get: (_target, property) => (property === 'calls' ? calls : () => fail(String(property))),
  });
}

/** A time zone lookup that throws before it ever returns a promise. */
export const throwingTimeZones: TimeZoneLookup = {
  timeZoneFor() {
    throw new TypeError('lookup bug');
  },
};

/** A time zone lookup that answers at once with a fixed zone. */
export function fixedTimeZone(timeZone: string): TimeZoneLookup {
  return { timeZoneFor: async () => timeZone };
}
