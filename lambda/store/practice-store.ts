import type { Preferences } from '../practice/preferences';
import type { PracticeRecord } from '../practice/practice-record';
import type { CallOptions } from './call-deadline';

export type { PracticeHistory, PracticeRecord } from '../practice/practice-record';
export { EMPTY_HISTORY, EMPTY_RECORD } from '../practice/practice-record';

export type { CallOptions } from './call-deadline';

/**
 * The practice table. Each method is one round trip except `forgetUser`, which finds and
 * deletes every item of the user. Failures are thrown as `StoreUnavailableError` so callers can
 * decide to carry on without the table.
 */
export interface PracticeStore {
  /** The user's practice record with their saved preferences (an empty record for a new user). */
  readHistory(userId: string, options?: CallOptions): Promise<PracticeRecord>;
  /**
   * Writes `next` whole, only while the stored record is still at `next.revision` (the revision
   * it was read at). When it is not (something else wrote first), nothing is written and the
   * answer is the record as it now stands, if the table said, to redo on.
   */
  recordPractice(userId: string, next: PracticeRecord, options?: CallOptions): Promise<RecordOutcome>;
  /**
   * Replaces the saved preferences; `{}` removes them. Moves the record's revision. Asked
   * (`askedAt`) before the user's last forget, it writes nothing and throws AskedBeforeForgetError.
   */
  savePreferences(userId: string, preferences: Preferences, askedAt: number, options?: CallOptions): Promise<void>;
  /**
   * Sets the preferences given and keeps the others; answers all of them as now saved. Moves the
   * record's revision. Asked before the user's last forget, it writes nothing and throws AskedBeforeForgetError.
   */
  updatePreferences(userId: string, change: Preferences, askedAt: number, options?: CallOptions): Promise<Preferences>;
  /**
   * Replaces the practice record with `forgotten` (a record with a forget memo, marked unfinished)
   * only over the revision it was read at, as a practice is recorded, then finishes the forget
   * (`finishForget`). Refused, it deletes nothing and answers the record as it now stands.
   */
  forgetUser(userId: string, forgotten: PracticeRecord, options?: CallOptions): Promise<RecordOutcome>;
  /**
   * The second half of a forget: deletes every item under the user's key but the practice record,
   * then clears the memo's `unfinished` mark (if the memo is still that of `request`).
   */
  finishForget(userId: string, request: string, options?: CallOptions): Promise<void>;
}

export type RecordOutcome = { readonly written: true } | { readonly written: false; readonly current?: PracticeRecord };

/** A write asked for before the user's last "forget my history": refused, so nothing comes back. */
export class AskedBeforeForgetError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AskedBeforeForgetError';
  }
}

export class StoreUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}
