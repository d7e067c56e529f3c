/**
 * What this Lambda container remembers per user between requests: the last time zone seen (so a
 * failed lookup can fall back without reading the table) and the saved preferences (so a warm
 * breathing request needs no read). Bounded: the least recently used user goes first; entries may
 * expire, because another container may have changed what the table holds.
 */
export class UserMemory<T> {
  private readonly entries = new Map<string, { value: T; expiresAt: number }>();

  constructor(
    private readonly options: { maxUsers?: number; ttlMs?: number; now?: () => number } = {},
  ) {}

  get(userId: string): T | undefined {
    const entry = this.entries.get(userId);
    if (entry === undefined) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(userId);
      return undefined;
    }
    this.entries.delete(userId);
    this.entries.set(userId, entry);
    return entry.value;
  }

  remember(userId: string, value: T): void {
    this.entries.delete(userId);
    this.entries.set(userId, { value, expiresAt: this.now() + (this.options.ttlMs ?? Number.POSITIVE_INFINITY) });
    if (this.entries.size > (this.options.maxUsers ?? 1000)) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  forget(userId: string): void {
    this.entries.delete(userId);
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}
