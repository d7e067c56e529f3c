import type { AssumedPreferences, Preferences } from '../../../lambda/practice/preferences';
import { withPractice } from '../../../lambda/store/practice-item';
import {
  EMPTY_HISTORY,
  StoreUnavailableError,
  type Practice,
  type PracticeHistory,
  type PracticeStore,
  type RecordOutcome,
} from '../../../lambda/store/practice-store';

/** The table's condition on a session planned on saved preferences: each field it read unchanged. */
function assumptionHolds(assumed: AssumedPreferences, saved: Preferences): boolean {
  return assumed.fields.every((field) => saved[field] === assumed.values[field]);
}

/** A PracticeStore in memory, for the service's own logic; it can be switched off like a lost table. */
export class InMemoryPracticeStore implements PracticeStore {
  readonly histories = new Map<string, PracticeHistory>();
  private readonly requests = new Set<string>();
  unavailable = false;
  reads = 0;
  writes = 0;

  private check(): void {
    if (this.unavailable) throw new StoreUnavailableError('table unavailable', { cause: new Error('ECONNREFUSED') });
  }

  async recordPractice(userId: string, practice: Practice): Promise<RecordOutcome> {
    this.writes++;
    this.check();
    const key = `${userId}|${practice.requestId}`;
    const before = this.histories.get(userId) ?? EMPTY_HISTORY;
    if (this.requests.has(key)) return { counted: false, reason: 'duplicate-request', preferences: before.preferences };
    if (practice.assumedPreferences && !assumptionHolds(practice.assumedPreferences, before.preferences)) {
      return { counted: false, reason: 'preferences-changed', preferences: before.preferences };
    }
    this.requests.add(key);
    const after = withPractice(before, practice);
    this.histories.set(userId, after);
    return { counted: true, before, after };
  }

  async readHistory(userId: string): Promise<PracticeHistory> {
    this.reads++;
    this.check();
    return this.histories.get(userId) ?? EMPTY_HISTORY;
  }

  async savePreferences(userId: string, preferences: Preferences): Promise<void> {
    this.writes++;
    this.check();
    this.histories.set(userId, { ...(this.histories.get(userId) ?? EMPTY_HISTORY), preferences });
  }

  async updatePreferences(userId: string, change: Preferences): Promise<Preferences> {
    this.writes++;
    this.check();
    const before = this.histories.get(userId) ?? EMPTY_HISTORY;
    const preferences = { ...before.preferences, ...change };
    this.histories.set(userId, { ...before, preferences });
    return preferences;
  }

  async forgetUser(userId: string): Promise<void> {
    this.writes++;
    this.check();
    this.histories.delete(userId);
  }
}
