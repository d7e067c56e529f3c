import type { OwnTimeRecord, OwnTimeStore } from '../../lambda/store/own-time-store';
import { StoreUnavailableError } from '../../lambda/store/practice-store';
import { InMemoryPracticeStore } from './in-memory-practice-store';

/**
 * Time on your own in memory, for unit tests: kept in the in-memory practice record, as the table
 * keeps it in the practice item, under its revision and the same forget guard.
 */
export class InMemoryOwnTimeStore implements OwnTimeStore {
  /** Switched on, every call fails like a lost table. */
  unavailable = false;

  constructor(private readonly practice = new InMemoryPracticeStore()) {}

  private check(): void {
    if (this.unavailable) throw new StoreUnavailableError('table unavailable', { cause: new Error('ECONNREFUSED') });
  }

  async read(userId: string): Promise<OwnTimeRecord> {
    this.check();
    return this.practice.ownTimeOf(userId);
  }

  async save(userId: string, next: OwnTimeRecord, read: OwnTimeRecord, askedAt: number): Promise<boolean> {
    this.check();
    return this.practice.changeOwnTime(userId, askedAt, () => next, { read: read.revision });
  }

  async setPending(userId: string, minutes: number | undefined, askedAt: number): Promise<boolean> {
    this.check();
    return this.practice.changeOwnTime(userId, askedAt, ({ pendingMinutes: _, ...rest }) =>
      minutes === undefined ? rest : { ...rest, pendingMinutes: minutes },
    );
  }
}
