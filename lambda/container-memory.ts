/**
 * What this Lambda container remembers between requests: each device's time zone, held by the
 * time zone lookup that SkillDependencies passes in, so a warm request makes no Settings API
 * call. Bounded: the least recently used key goes first; entries expire, because the world may
 * change elsewhere.
 */
export class ContainerMemory<T> {
  private readonly entries = new Map<string, { value: T; expiresAt: number }>();

  constructor(private readonly options: { maxEntries?: number; ttlMs?: number; now?: () => number } = {}) {}

  get(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  remember(key: string, value: T): void {
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAt: this.now() + (this.options.ttlMs ?? Number.POSITIVE_INFINITY) });
    if (this.entries.size > (this.options.maxEntries ?? 1000)) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  forget(key: string): void {
    this.entries.delete(key);
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}
