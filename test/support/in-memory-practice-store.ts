import type { Preferences } from '../../lambda/practice/preferences';
import { EMPTY_RECORD, type PracticeRecord } from '../../lambda/practice/practice-record';
import { StoreUnavailableError, type PracticeStore, type RecordOutcome } from '../../lambda/store/practice-store';

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

  /** As on the table, a preference saved moves the record's revision. */
  private setPreferences(userId: string, preferences: (saved: Preferences) => Preferences): Preferences {
    this.writes++;
    this.check();
    const stored = this.records.get(userId) ?? { ...EMPTY_RECORD, revision: 0 };
    const saved = preferences(stored.history.preferences);
    this.records.set(userId, { ...stored, history: { ...stored.history, preferences: saved }, revision: stored.revision + 1 });
    return saved;
  }

  async savePreferences(userId: string, preferences: Preferences): Promise<void> {
    this.setPreferences(userId, () => ({ ...preferences }));
  }

  async updatePreferences(userId: string, change: Preferences): Promise<Preferences> {
    return this.setPreferences(userId, (saved) => ({ ...saved, ...change }));
  }

  async forgetUser(userId: string, forgotten: PracticeRecord): Promise<RecordOutcome> {
    const outcome = await this.recordPractice(userId, forgotten);
    if (outcome.written) await this.deleteOtherItems();
    return outcome;
  }

  async deleteOtherItems(): Promise<void> {
    this.writes++;
    this.check();
  }
}
