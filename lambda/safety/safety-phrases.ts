/** The shape of one language's safety phrases: the data lambda/content/<language>/heard/ holds. */

export type SafetyGrade = 'danger' | 'crisis' | 'none';

/** Words that grade a statement when every one of them is said, in any order. */
export interface SafetyRule {
  readonly grade: Exclude<SafetyGrade, 'none'>;
  readonly all: readonly RegExp[];
  /** Words that say it is something else ("taking photos of the sunset" on a bridge). */
  readonly unless?: RegExp;
}

/**
 * A first-person opening a slot's carrier may have taken. With `before`, it is put back only when
 * the slot's words begin as its continuation would ("i am standing" before "on the bridge", not
 * before "bridge of my nose hurts"): a broad carrier ("the …", "how …") must not lend a statement
 * a place to stand in.
 */
export type SlotOpening = string | { readonly words: string; readonly before: RegExp };

/** One language's phrases: what is danger, what is crisis, what only looks like them. */
export interface SafetyPhrases {
  readonly danger: readonly RegExp[];
  readonly crisis: readonly RegExp[];
  readonly idioms: readonly RegExp[];
  /** Statements made of parts said together (a means and a sign it is at hand). */
  readonly together: readonly SafetyRule[];
  /** Words that grade crisis when no idiom explains them (recall before precision). */
  readonly warningWords: RegExp;
  /**
   * The first-person openings a slot's words may have followed ("i", "i am", "i have"): a slot
   * holds only what came after its sample's carrier, so "i'm on the bridge" may arrive as "the
   * bridge" and is read again with each opening put back.
   */
  readonly openings: readonly SlotOpening[];
  /**
   * Whether the language leaves the subject out of a plain statement, its verb saying who
   * ("parada en la orilla" for "estoy parada en la orilla"). A statement heard whole is then read
   * after each opening too, as a slot is; in English it is read only as it came, since an opening
   * put back before an everyday fragment ("today's been a lot") would make it a first-person
   * statement it was not.
   */
  readonly dropsSubjects: boolean;
  /**
   * What speech recognition writes for a word of danger it misheard ("suey side" for "suicide",
   * "the hole packet" for "the whole packet"), each with the words meant: read as meant.
   */
  readonly misheard: ReadonlyArray<readonly [RegExp, string]>;
}
