import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * A keyed seal over what Steady hands the device and reads back (session attributes, playback
 * tokens), bound to the one it was made for: a copy made for someone else, one edited on the
 * way, or one made up does not check. The key is the deployment's secret (see skill-function.ts).
 */
export interface Sealer {
  /** The seal of `text` for `holder` (a user, a session): 43 URL-safe characters. */
  seal(text: string, holder: string): string;
  /** Whether `seal` is the seal this key makes of `text` for `holder`. */
  checks(text: string, holder: string, seal: unknown): boolean;
}

export function sealerWith(key: string): Sealer {
  if (key.length < 16) throw new Error('a signing key needs at least 16 characters');
  const seal = (text: string, holder: string): string =>
    createHmac('sha256', key).update(holder).update('\u0000').update(text).digest('base64url');
  return {
    seal,
    checks(text, holder, given) {
      if (typeof given !== 'string') return false;
      const expected = Buffer.from(seal(text, holder));
      const actual = Buffer.from(given);
      return actual.length === expected.length && timingSafeEqual(actual, expected);
    },
  };
}
