/**
 * The name people say to open Steady. Certification asks a one-word name like "steady" for proof
 * that the word is the developer's brand (a trademark); without that proof, deploy under the
 * two-word name below: `npm run deploy -- --two-word-name` (remembered for later runs). This is the
 * one place the alternative is set: the deploy writes it into all five interaction models and the
 * example phrases, and the manifest checks hold it to the same rules.
 */
import { INVOCATION_NAME } from '../generate-locales';

export const ONE_WORD_INVOCATION_NAME = INVOCATION_NAME;
export const TWO_WORD_INVOCATION_NAME = 'steady calm';

/** "steady calm" -> "Steady Calm", as the name is written in example phrases. */
export function spokenName(invocationName: string): string {
  return invocationName.replace(/\b\p{Ll}/gu, (letter) => letter.toUpperCase());
}
