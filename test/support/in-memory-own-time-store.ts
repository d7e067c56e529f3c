import { EMPTY_OWN_TIME, type OwnTimeRecord, type OwnTimeStore } from '../../lambda/store/own-time-store';
import { StoreUnavailableError } from '../../lambda/store/practice-store';

/** The own-time item in memory, for unit tests; it can be switched off like a lost table. */
export class InMemoryOwnTimeStore implements OwnTimeStore {
  readonly records = new Map<string, OwnTimeRecord>();
  unavailable = false;

  private check(): void {
    if (this.unavailable) throw new StoreUnavailableError('table unavailable', { cause: new Error('ECONNREFUSED') });
  }

  async read(userId: string): Promise<OwnTimeRecord> {
    this.check();
    return this.records.get(userId) ?? EMPTY_OWN_TIME;
  }

  async save(userId: string, record: OwnTimeRecord): Promise<void> {
    this.check();
    this.records.set(userId, structuredClone(record));
  }

  async setPending(userId: string, minutes: number | undefined): Promise<void> {
    this.check();
    const { pendingMinutes: _, ...rest } = this.records.get(userId) ?? EMPTY_OWN_TIME;
    this.records.set(userId, minutes === undefined ? rest : { ...rest, pendingMinutes: minutes });
  }
}
