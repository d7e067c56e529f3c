import type { AnxiousTheme, AttachmentFeeling } from './feelings';

/** The shape of one language's feeling phrases: the data lambda/content/<language>/heard/ holds. */
export interface FeelingPhrases {
  readonly cantBreathe: readonly RegExp[];
  readonly panic: readonly RegExp[];
  readonly cantSleep: readonly RegExp[];
  /** In order: the first feeling whose words are heard is the one answered. */
  readonly attachment: ReadonlyArray<{ feeling: AttachmentFeeling; theme: AnxiousTheme; patterns: readonly RegExp[] }>;
  /** Arguing with a partner is its own theme of the anxious-thought session. */
  readonly disagreement: RegExp;
  readonly anger: readonly RegExp[];
  readonly sadness: readonly RegExp[];
  readonly worry: readonly RegExp[];
  readonly stress: readonly RegExp[];
  /** Words by which someone speaks of themselves: without them, words Steady cannot place may be a request it does not know. */
  readonly aboutThemselves: RegExp;
}
