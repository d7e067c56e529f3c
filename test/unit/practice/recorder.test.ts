import type { RequestEnvelope } from 'ask-sdk-model';
import { createJsonLogger } from '../../../lambda/logger';
import {
  forgetUser,
  launchGreeting,
  recordPlannedSession,
  recordSession,
  savePreferences,
  speakSummary,
  type RecorderDependencies,
} from '../../../lambda/practice/recorder';
import { ContainerMemory } from '../../../lambda/container-memory';
import type { Preferences } from '../../../lambda/practice/preferences';
import { NO_HISTORY_SPEECH, STORE_UNAVAILABLE_APOLOGY } from '../../../lambda/practice/summary-wording';
import type { TimeZoneLookup } from '../../../lambda/skill-dependencies';
import { EMPTY_HISTORY } from '../../../lambda/store/practice-store';
import { InMemoryPracticeStore } from './in-memory-practice-store';
import { practiceRequest } from './request-envelope';

const USER = 'amzn1.ask.account.AVERYLONGOPAQUEUSERID';

class FixedTimeZone implements TimeZoneLookup {
  constructor(public timeZone: string | undefined | Error) {}
  async timeZoneFor(): Promise<string | undefined> {
    if (this.timeZone instanceof Error) throw this.timeZone;
    return this.timeZone;
  }
}

function setup(timeZone: string | undefined | Error = 'America/Los_Angeles') {
  const lines: string[] = [];
  const store = new InMemoryPracticeStore();
  const timeZones = new FixedTimeZone(timeZone);
  const deps: RecorderDependencies = {
    store,
    timeZones,
    logger: createJsonLogger({ level: 'debug', write: (line) => lines.push(line) }),
    recentTimeZones: new ContainerMemory<string>(),
    recentPreferences: new ContainerMemory<Preferences>(),
  };
  return { deps, store, timeZones, lines };
}

let requestCounter = 0;
const at = (timestamp: string, overrides: Partial<Parameters<typeof practiceRequest>[0]> = {}): RequestEnvelope =>
  practiceRequest({ userId: USER, timestamp, requestId: `amzn1.echo-api.request.${++requestCounter}`, ...overrides });

const calm = { technique: 'calm', minutes: 3 };

describe('recordSession', () => {
  test('counts the day in the user\'s own calendar, from the request timestamp', async () => {
    const { deps, store } = setup('America/Los_Angeles');
    await recordSession(deps, at('2026-03-10T06:30:00Z'), calm); // 23:30 on 9 March in Los Angeles
    await recordSession(deps, at('2026-03-10T07:30:00Z'), calm); // 00:30 on 10 March
    expect(store.histories.get(USER)?.days).toEqual(['2026-03-09', '2026-03-10']);
    expect(store.histories.get(USER)?.timeZone).toBe('America/Los_Angeles');
  });

  test('returns the milestone once, when the day that reaches it is new', async () => {
    const { deps } = setup('UTC');
    const results = [];
    for (const timestamp of ['2026-03-08T10:00:00Z', '2026-03-09T10:00:00Z', '2026-03-10T10:00:00Z', '2026-03-10T11:00:00Z']) {
      results.push(await recordSession(deps, at(timestamp), calm));
    }
    expect(results.map((r) => r.milestoneDays)).toEqual([undefined, undefined, 3, undefined]);
    expect(results.map((r) => r.localDay)).toEqual(['2026-03-08', '2026-03-09', '2026-03-10', '2026-03-10']);
  });

  test('a retried request counts once and celebrates nothing', async () => {
    const { deps, store } = setup('UTC');
    await recordSession(deps, at('2026-03-08T10:00:00Z'), calm);
    await recordSession(deps, at('2026-03-09T10:00:00Z'), calm);
    const third = at('2026-03-10T10:00:00Z');
    expect(await recordSession(deps, third, calm)).toEqual({ localDay: '2026-03-10', localHour: 10, milestoneDays: 3, preferences: {} });
    expect(await recordSession(deps, third, calm)).toEqual({ localDay: '2026-03-10', localHour: 10, preferences: {} });
    expect(store.histories.get(USER)?.sessions).toBe(3);
  });

  test('when the lookup fails, uses the zone last seen for the user in this container without reading', async () => {
    const { deps, store, timeZones } = setup('Asia/Kolkata');
    await recordSession(deps, at('2026-03-08T12:00:00Z'), calm);
    timeZones.timeZone = undefined;
    await recordSession(deps, at('2026-03-08T18:45:00Z'), calm); // 00:15 on 9 March in Kolkata
    expect(store.reads).toBe(0);
    expect(store.histories.get(USER)?.days).toEqual(['2026-03-08', '2026-03-09']);
  });

  test('when the lookup fails in a fresh container, reads the last zone from the table once', async () => {
    const { deps, store, timeZones } = setup('Asia/Kolkata');
    await recordSession(deps, at('2026-03-08T12:00:00Z'), calm);
    const fresh = { ...deps, recentTimeZones: new ContainerMemory<string>() };
    timeZones.timeZone = new Error('Settings API down');
    await recordSession(fresh, at('2026-03-08T18:45:00Z'), calm);
    expect(store.reads).toBe(1);
    expect(store.histories.get(USER)?.days).toEqual(['2026-03-08', '2026-03-09']);
  });

  test('with no zone known anywhere, counts in UTC', async () => {
    const { deps, store, timeZones } = setup();
    timeZones.timeZone = undefined;
    await recordSession(deps, at('2026-03-08T23:30:00Z'), calm);
    expect(store.histories.get(USER)).toMatchObject({ days: ['2026-03-08'], timeZone: 'UTC' });
  });

  test('an invalid zone from the lookup is not used', async () => {
    const { deps, store } = setup('Mars/Olympus_Mons');
    await recordSession(deps, at('2026-03-08T23:30:00Z'), calm);
    expect(store.histories.get(USER)?.timeZone).toBe('UTC');
  });

  test('falls back to the server clock only when the request has no usable timestamp', async () => {
    const { deps, store } = setup('UTC');
    await recordSession(deps, at('not a time'), calm);
    expect(store.histories.get(USER)?.days).toHaveLength(1);
  });

  test('uses the session user when the context has none', async () => {
    const { deps, store } = setup('UTC');
    const envelope = at('2026-03-08T10:00:00Z');
    delete (envelope.context.System as { user?: unknown }).user;
    await recordSession(deps, envelope, calm);
    expect(store.histories.get(USER)?.sessions).toBe(1);
  });

  test('never throws when the table is unreachable, and logs no user id', async () => {
    const { deps, store, lines } = setup('UTC');
    store.unavailable = true;
    await expect(recordSession(deps, at('2026-03-08T10:00:00Z'), calm)).resolves.toEqual({ localDay: '2026-03-08', localHour: 10 });
    expect(lines.some((line) => line.includes('practice not recorded'))).toBe(true);
    expect(lines.join('\n')).not.toContain(USER);
  });

  test('records nothing for a request without any user', async () => {
    const { deps, store } = setup('UTC');
    const envelope = at('2026-03-08T10:00:00Z');
    delete (envelope.context.System as { user?: unknown }).user;
    delete envelope.session;
    await expect(recordSession(deps, envelope, calm)).resolves.toEqual({ localDay: '2026-03-08', localHour: 10 });
    expect(store.writes).toBe(0);
  });
});

describe('speakSummary and launchGreeting', () => {
  test('speak the streak in the user\'s calendar with one read', async () => {
    const { deps, store } = setup('America/Los_Angeles');
    await recordSession(deps, at('2026-03-10T06:30:00Z'), { technique: 'box', minutes: 4 });
    await recordSession(deps, at('2026-03-10T07:30:00Z'), { technique: 'box', minutes: 4 });
    store.reads = 0;
    const asked = at('2026-03-10T08:00:00Z');
    expect(await speakSummary(deps, asked)).toBe(
      "You're on a 2-day streak, your longest yet. You've practised twice, 8 minutes in all, on 2 of the last 7 days. Your favourite is box breathing.",
    );
    expect(await launchGreeting(deps, asked)).toBe("Welcome back. You're on a 2-day streak.");
    expect(store.reads).toBe(2);
  });

  test('use the stored zone when the lookup fails', async () => {
    const { deps, timeZones } = setup('Asia/Kolkata');
    await recordSession(deps, at('2026-03-08T12:00:00Z'), calm);
    await recordSession(deps, at('2026-03-08T18:45:00Z'), calm);
    timeZones.timeZone = undefined;
    const fresh = { ...deps, recentTimeZones: new ContainerMemory<string>() };
    expect(await launchGreeting(fresh, at('2026-03-08T19:00:00Z'))).toBe("Welcome back. You're on a 2-day streak.");
  });

  test('a new user hears the invitation and no greeting', async () => {
    const { deps } = setup();
    expect(await speakSummary(deps, at('2026-03-08T12:00:00Z'))).toBe(NO_HISTORY_SPEECH);
    expect(await launchGreeting(deps, at('2026-03-08T12:00:00Z'))).toBeUndefined();
  });

  test('an unreachable table gives the apology and no greeting, never an error', async () => {
    const { deps, store, lines } = setup();
    store.unavailable = true;
    expect(await speakSummary(deps, at('2026-03-08T12:00:00Z'))).toBe(STORE_UNAVAILABLE_APOLOGY);
    expect(await launchGreeting(deps, at('2026-03-08T12:00:00Z'))).toBeUndefined();
    expect(lines.join('\n')).not.toContain(USER);
  });
});

describe('forgetUser and preferences', () => {
  test('forget deletes the history', async () => {
    const { deps, store } = setup('UTC');
    await recordSession(deps, at('2026-03-08T12:00:00Z'), calm);
    expect(await forgetUser(deps, at('2026-03-08T12:01:00Z'))).toBe(true);
    expect(store.histories.has(USER)).toBe(false);
  });

  test('saved preferences plan the next session', async () => {
    const { deps } = setup('UTC');
    expect(await savePreferences(deps, at('2026-03-08T12:00:00Z'), { technique: 'box', minutes: 5 })).toBe(true);
    const { plan } = await recordPlannedSession(deps, at('2026-03-08T12:01:00Z'), planOnDefaults);
    expect(plan).toEqual({ technique: 'box', minutes: 5 });
  });

  test('failures answer false or undefined', async () => {
    const { deps, store } = setup('UTC');
    store.unavailable = true;
    const envelope = at('2026-03-08T12:00:00Z');
    expect(await forgetUser(deps, envelope)).toBe(false);
    expect(await savePreferences(deps, envelope, {})).toBe(false);
    expect((await recordPlannedSession(deps, envelope, planOnDefaults)).plan).toEqual({ technique: 'calm', minutes: 3 });
  });
});

/** Plans like "help me breathe": the saved technique and length, else calm for 3 minutes. */
function planOnDefaults(preferences: Preferences) {
  const plan = { technique: preferences.technique ?? 'calm', minutes: preferences.minutes ?? 3 };
  return { plan, session: plan, consulted: ['technique', 'minutes'] as const };
}

describe('recordPlannedSession', () => {
  test('offers the plan and the outcome it expects while the write is on the wire', async () => {
    const { deps, store } = setup('UTC');
    const events: string[] = [];
    const slowStore: typeof store = Object.create(store);
    slowStore.recordPractice = async (...args) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      events.push('written');
      return store.recordPractice(...args);
    };
    const expected: unknown[] = [];
    const { recorded } = await recordPlannedSession({ ...deps, store: slowStore }, at('2026-03-08T21:00:00Z'), planOnDefaults, (plan, outcome) => {
      events.push('prepared');
      expected.push({ plan, outcome });
    });
    expect(events).toEqual(['prepared', 'written']);
    expect(expected).toEqual([{ plan: { technique: 'calm', minutes: 3 }, outcome: { localDay: '2026-03-08', localHour: 21 } }]);
    expect(recorded).toEqual({ localDay: '2026-03-08', localHour: 21, preferences: {} });
  });

  test('offers nothing once the write has returned, and survives a preparation that throws', async () => {
    const { deps, store } = setup('UTC');
    const prepared = jest.fn();
    await recordPlannedSession(deps, at('2026-03-08T12:00:00Z'), planOnDefaults, prepared);
    await new Promise((resolve) => setImmediate(resolve));
    expect(prepared).not.toHaveBeenCalled();

    const slowStore: typeof store = Object.create(store);
    slowStore.recordPractice = async (...args) => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      return store.recordPractice(...args);
    };
    const { recorded } = await recordPlannedSession({ ...deps, store: slowStore }, at('2026-03-09T12:00:00Z'), planOnDefaults, () => {
      throw new Error('preparing failed');
    });
    expect(recorded.localDay).toBe('2026-03-09');
    expect(store.histories.get(USER)?.sessions).toBe(2);
  });

  test('a user this container has not seen, with nothing saved: planned on the defaults, one write, no read', async () => {
    const { deps, store } = setup('UTC');
    const { plan, recorded } = await recordPlannedSession(deps, at('2026-03-08T12:00:00Z'), planOnDefaults);
    expect(plan).toEqual({ technique: 'calm', minutes: 3 });
    expect(recorded).toMatchObject({ localDay: '2026-03-08', preferences: {} });
    expect({ reads: store.reads, writes: store.writes }).toEqual({ reads: 0, writes: 1 });
    expect(store.histories.get(USER)).toMatchObject({ sessions: 1, minutes: 3, techniques: { calm: 1 } });
  });

  test('a user this container has not seen, with saved defaults: the refusal brings them, and the session follows them', async () => {
    const { deps, store } = setup('UTC');
    store.histories.set(USER, { ...EMPTY_HISTORY, preferences: { technique: 'box', minutes: 5 } });
    const { plan } = await recordPlannedSession(deps, at('2026-03-08T12:00:00Z'), planOnDefaults);
    expect(plan).toEqual({ technique: 'box', minutes: 5 });
    expect({ reads: store.reads, writes: store.writes }).toEqual({ reads: 0, writes: 2 });
    expect(store.histories.get(USER)).toMatchObject({ sessions: 1, minutes: 5, techniques: { box: 1 } });

    const next = await recordPlannedSession(deps, at('2026-03-08T13:00:00Z'), planOnDefaults);
    expect(next.plan).toEqual({ technique: 'box', minutes: 5 });
    expect(store.writes).toBe(3);
  });

  test('defaults changed through another container are followed at once, not after the memory expires', async () => {
    const { deps, store } = setup('UTC');
    await recordPlannedSession(deps, at('2026-03-08T12:00:00Z'), planOnDefaults);
    store.histories.set(USER, { ...store.histories.get(USER)!, preferences: { technique: '478' } });
    const { plan } = await recordPlannedSession(deps, at('2026-03-08T12:05:00Z'), planOnDefaults);
    expect(plan).toEqual({ technique: '478', minutes: 3 });
    expect(store.histories.get(USER)?.techniques).toEqual({ calm: 1, '478': 1 });
  });

  test('a plan that read no preference is recorded in one write, whatever is saved', async () => {
    const { deps, store } = setup('UTC');
    store.histories.set(USER, { ...EMPTY_HISTORY, preferences: { technique: 'box', minutes: 5 } });
    const named = () => ({ plan: 'named', session: { technique: 'resonance', minutes: 10 }, consulted: [] });
    const { recorded } = await recordPlannedSession(deps, at('2026-03-08T12:00:00Z'), named);
    expect(store.writes).toBe(1);
    expect(recorded.preferences).toEqual({ technique: 'box', minutes: 5 });
  });

  test('a retry that reaches a container which has not seen the user counts once and guides the saved defaults', async () => {
    const { deps, store } = setup('UTC');
    store.histories.set(USER, { ...EMPTY_HISTORY, preferences: { technique: 'box', minutes: 5 } });
    const envelope = at('2026-03-08T12:00:00Z');
    await recordPlannedSession(deps, envelope, planOnDefaults);
    const again = await recordPlannedSession({ ...deps, recentPreferences: new ContainerMemory<Preferences>() }, envelope, planOnDefaults);
    expect(again.plan).toEqual({ technique: 'box', minutes: 5 });
    expect(again.recorded.preferences).toEqual({ technique: 'box', minutes: 5 });
    expect(store.histories.get(USER)?.sessions).toBe(1);
  });

  test('when the lookup fails in a fresh container, the read for the last zone also brings the saved defaults', async () => {
    const { deps, store } = setup(new Error('Settings API down'));
    store.histories.set(USER, { ...EMPTY_HISTORY, timeZone: 'Asia/Kolkata', preferences: { technique: 'box' } });
    const { plan, recorded } = await recordPlannedSession(deps, at('2026-03-08T18:45:00Z'), planOnDefaults);
    expect(plan).toEqual({ technique: 'box', minutes: 3 });
    expect(recorded.localDay).toBe('2026-03-09');
    expect({ reads: store.reads, writes: store.writes }).toEqual({ reads: 1, writes: 1 });
  });
});
