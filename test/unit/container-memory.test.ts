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

  it('lets entries expire, so another container\'s changes are seen in time', () => {
    let now = 0;
    const memory = new ContainerMemory<{ technique?: string }>({ ttlMs: 1000, now: () => now });
    memory.remember('user', { technique: 'box' });
    now = 999;
    expect(memory.get('user')).toEqual({ technique: 'box' });
    now = 1000;
    expect(memory.get('user')).toBeUndefined();
  });

  it('forgets a key on request', () => {
    const memory = new ContainerMemory<number>();
    memory.remember('user', 3);
    memory.forget('user');
    expect(memory.get('user')).toBeUndefined();
  });
});
