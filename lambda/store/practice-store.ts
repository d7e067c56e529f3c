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
  /** Replaces the saved preferences; `{}` removes them. Moves the record's revision. */
  savePreferences(userId: string, preferences: Preferences, options?: CallOptions): Promise<void>;
  /** Sets the preferences given and keeps the others; answers all of them as now saved. Moves the record's revision. */
  updatePreferences(userId: string, change: Preferences, options?: CallOptions): Promise<Preferences>;
  /**
   * Replaces the practice record with `forgotten` (a record with a forget memo) only over the
   * revision it was read at, as a practice is recorded, then deletes every other item under the
   * user's key. Refused, it deletes nothing and answers the record as it now stands.
   */
  forgetUser(userId: string, forgotten: PracticeRecord, options?: CallOptions): Promise<RecordOutcome>;
  /** Deletes every item under the user's key but the practice record: the second half of a forget. */
  deleteOtherItems(userId: string, options?: CallOptions): Promise<void>;
}

export type RecordOutcome = { readonly written: true } | { readonly written: false; readonly current?: PracticeRecord };

export class StoreUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}
