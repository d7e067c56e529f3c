import { AsyncLocalStorage } from 'node:async_hooks';
import type { Skill } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { SettingsTimeZoneLookup } from '../../lambda/alexa/time-zone';
import { createSkill } from '../../lambda/skill';
import type { SkillDependencies, TimeZoneLookup } from '../../lambda/skill-dependencies';
import testInstant from './test-instant.json';
import { RemindersClient } from '../../lambda/alexa/reminders';
import { TimersClient } from '../../lambda/alexa/timers';

/**
 * The instant tests live in unless they name another: Wednesday 2 December 2026, 21:30 UTC.
 * Every test file's Date starts here too (test-date.ts), so a request a test builds
 * without a timestamp is stamped on this evening, whatever the machine's calendar says.
 */
export const TEST_INSTANT = new Date(testInstant.iso);

/** Moves this test file's Date, as if the machine's calendar said `at`: to prove nothing reads it. */
export function setMachineTime(at: Date): void {
  const set = (globalThis as { __steadySetMachineTime?: (at: Date) => void }).__steadySetMachineTime;
  if (!set) throw new Error('test-date.ts is not loaded: jest.config.js sets it up for every project');
  set(at);
}

/**
 * When the request being handled was sent. One store for every test skill: each AsyncLocalStorage
 * made stays tracked by the process for good and slows every promise after it, and a held-out
 * test builds a skill per row.
 */
const sentAt = new AsyncLocalStorage<Date>();

/**
 * A function clock that reads the time the request being handled was sent: as if every request
 * arrived the moment Alexa stamped it, so a conversation set on a chosen night is answered on
 * that night. Requests handled at once each keep their own time. Outside a request, and for a
 * request with no readable stamp, it reads the test's Date.
 */
function clockFollowingRequests(): {
  clock: () => Date;
  handle: <T>(event: RequestEnvelope, work: () => Promise<T>) => Promise<T>;
} {
  return {
    clock: () => sentAt.getStore() ?? new Date(),
    handle: (event, work) => {
      const stamped = Date.parse(event.request?.timestamp ?? '');
      return sentAt.run(Number.isFinite(stamped) ? new Date(stamped) : new Date(), work);
    },
  };
}

/** The key every test skill seals with, so a test can seal what it hands the skill itself (sealed-for-test.ts). */
export const TEST_SIGNING_KEY = 'steady-test-signing-key-not-a-secret';

/** What a test gives a skill: everything but the clock, which always comes from here. */
export type TestSkillParts = Omit<SkillDependencies, 'clock' | 'timeZones' | 'signingKey' | 'reminders' | 'timers'> & {
  /** The key that seals session attributes and playback tokens; TEST_SIGNING_KEY unless a test names another. */
  readonly signingKey?: string;
  /**
   * A function clock the test moves itself, apart from the requests' stamps: only for tests of
   * the sane-clock rule (a retry seconds later, a stamp far from the function's time).
   */
  readonly clock?: () => Date;
  /** Without one, the Settings API lookup, its cache aging on the same clock. */
  readonly timeZones?: TimeZoneLookup;
  /** Without them, the real Reminders and Timers clients (the stand-ins answer at the request's endpoint). */
  readonly reminders?: RemindersClient;
  readonly timers?: TimersClient;
  /** Another copy of createSkill, e.g. one loaded in an isolated module registry. */
  readonly create?: (deps: SkillDependencies) => Skill;
};

export interface TestSkill {
  /** The skill's invoke, as the Lambda entry calls it, with its clock set to the request's stamp. */
  invoke(event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope>;
  /** The skill's clock: when the request being handled was sent. */
  readonly clock: () => Date;
}

/**
 * The one way a test builds the skill. Its clock (and its time zone lookup's) follow the requests'
 * timestamps, so no answer depends on the machine's date, time zone or weekday; the sane-clock
 * rule that guards production against far-off stamps has its own tests.
 */
export function createTestSkill(parts: TestSkillParts): TestSkill {
  const { create = createSkill, timeZones, clock: ownClock, signingKey = TEST_SIGNING_KEY, reminders, timers, ...rest } = parts;
  const requests = clockFollowingRequests();
  const clock = ownClock ?? requests.clock;
  const skill = create({
    ...rest,
    signingKey,
    clock,
    timeZones: timeZones ?? new SettingsTimeZoneLookup({ now: () => clock().getTime() }),
    reminders: reminders ?? new RemindersClient(),
    timers: timers ?? new TimersClient(),
  });
  return {
    invoke: (event, context) => requests.handle(event, () => skill.invoke(event, context)),
    clock,
  };
}
