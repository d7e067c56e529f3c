import { EMPTY_OWN_TIME, type OwnTimeRecord } from '../../lambda/practice/own-time-record';
import type { Preferences } from '../../lambda/practice/preferences';
import { EMPTY_RECORD, type PracticeRecord } from '../../lambda/practice/practice-record';
import { AskedBeforeForgetError, StoreUnavailableError, type PracticeStore, type RecordOutcome } from '../../lambda/store/practice-store';

/**
 * A PracticeStore in memory with the table's semantics (a record is written only over the
 * revision it was read at), for fast runs of the real skill; it can be switched off like a lost
 * table.
 */
export class InMemoryPracticeStore implements PracticeStore {
  private readonly records = new Map<string, PracticeRecord & { revision: number }>();
  unavailable = false;
  /** Calls made, so a test can see that a request left the table alone. */
  reads = 0;
  writes = 0;

  private check(): void {
    if (this.unavailable) throw new StoreUnavailableError('table unavailable', { cause: new Error('ECONNREFUSED') });
  }

  async readHistory(userId: string): Promise<PracticeRecord> {
    this.reads++;
    this.check();
    return this.records.get(userId) ?? EMPTY_RECORD;
  }

  async recordPractice(userId: string, next: PracticeRecord): Promise<RecordOutcome> {
    this.writes++;
    this.check();
    const stored = this.records.get(userId);
    if (stored?.revision !== next.revision) return { written: false, ...(stored ? { current: stored } : {}) };
    this.records.set(userId, { ...next, revision: (stored?.revision ?? 0) + 1 });
    return { written: true };
  }

  /** As on the table, a preference saved moves the record's revision; asked before a forget, it is refused. */
  private setPreferences(userId: string, askedAt: number, preferences: (saved: Preferences) => Preferences): Preferences {
    this.writes++;
    this.check();
    const stored = this.records.get(userId) ?? { ...EMPTY_RECORD, revision: 0 };
    if (stored.forgotten && stored.forgotten.at >= askedAt) throw new AskedBeforeForgetError('asked before the forget');
    const saved = preferences(stored.history.preferences);
    this.records.set(userId, { ...stored, history: { ...stored.history, preferences: saved }, revision: stored.revision + 1 });
    return saved;
  }

  async savePreferences(userId: string, preferences: Preferences, askedAt: number): Promise<void> {
    this.setPreferences(userId, askedAt, () => ({ ...preferences }));
  }

  async updatePreferences(userId: string, change: Preferences, askedAt: number): Promise<Preferences> {
    return this.setPreferences(userId, askedAt, (saved) => ({ ...saved, ...change }));
  }

  async forgetUser(userId: string, forgotten: PracticeRecord): Promise<RecordOutcome> {
    const outcome = await this.recordPractice(userId, forgotten);
    if (outcome.written && forgotten.forgotten) await this.finishForget(userId, forgotten.forgotten.request);
    return outcome;
  }

  async finishForget(userId: string, request: string): Promise<void> {
    this.writes++;
    this.check();
    const stored = this.records.get(userId);
    if (stored?.forgotten?.request === request) {
      const { unfinished: _, ...memo } = stored.forgotten;
      this.records.set(userId, { ...stored, forgotten: memo });
    }
  }

  /** The time on your own in the user's record, with the revision a save goes over. */
  ownTimeOf(userId: string): OwnTimeRecord {
    this.reads++;
    this.check();
    const stored = this.records.get(userId);
    return stored ? { ...(stored.ownTime ?? EMPTY_OWN_TIME), revision: stored.revision } : EMPTY_OWN_TIME;
  }

  /** Changes the time on your own as the table does: guarded by the forget and, when given, the revision read. */
  changeOwnTime(userId: string, askedAt: number, change: (kept: OwnTimeRecord) => OwnTimeRecord, over?: { read: unknown }): boolean {
    this.writes++;
    this.check();
    const stored = this.records.get(userId) ?? { ...EMPTY_RECORD, revision: 0 };
    if (stored.forgotten && stored.forgotten.at >= askedAt) return false;
    if (over && over.read !== (this.records.has(userId) ? stored.revision : undefined)) return false;
    const { revision: _, ...ownTime } = change(stored.ownTime ?? EMPTY_OWN_TIME);
    this.records.set(userId, { ...stored, ownTime, revision: stored.revision + 1 });
    return true;
  }
}
