import { ContainerMemory } from '../../lambda/container-memory';

describe('ContainerMemory', () => {
  it('forgets the least recently used key when full', () => {
    const memory = new ContainerMemory<string>({ maxEntries: 2 });
    memory.remember('a', 'Asia/Kolkata');
    memory.remember('b', 'Europe/London');
    expect(memory.get('a')).toBe('Asia/Kolkata');
    memory.remember('c', 'Pacific/Chatham');
    expect(memory.get('b')).toBeUndefined();
    expect(memory.get('a')).toBe('Asia/Kolkata');
    expect(memory.get('c')).toBe('Pacific/Chatham');
  });

  it('lets entries expire, so a device moved to another time zone is looked up again in time', () => {
    let now = 0;
    const memory = new ContainerMemory<string>({ ttlMs: 1000, now: () => now });
    memory.remember('device', 'Europe/London');
    now = 999;
    expect(memory.get('device')).toBe('Europe/London');
    now = 1000;
    expect(memory.get('device')).toBeUndefined();
  });

  it('forgets a key on request', () => {
    const memory = new ContainerMemory<number>();
    memory.remember('user', 3);
    memory.forget('user');
    expect(memory.get('user')).toBeUndefined();
  });
});
