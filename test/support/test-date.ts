/**
 * Every test file's Date starts at the test instant (test-instant.json) and moves on with real
 * time, so nothing a test does reads the machine's calendar. Only Date is shifted, by a fixed
 * offset: timers, performance.now() and everything else stay real. Loaded by jest.config.js for
 * every project, before any test module.
 */
import testInstant from './test-instant.json';

const RealDate = Date;
let offsetMs = Date.parse(testInstant.iso) - RealDate.now();
const now = (): number => RealDate.now() + offsetMs;

const ShiftedDate = new Proxy(RealDate, {
  construct: (target, args: unknown[]) =>
    args.length === 0 ? new target(now()) : new (target as unknown as new (...a: unknown[]) => Date)(...args),
  // Date() called without new answers the current time as a string.
  apply: () => new RealDate(now()).toString(),
  get: (target, property, receiver) => (property === 'now' ? now : Reflect.get(target, property, receiver)),
});
globalThis.Date = ShiftedDate;

/** Moves this test file's clock, as if the machine's calendar said `at` now. */
(globalThis as { __steadySetMachineTime?: (at: Date) => void }).__steadySetMachineTime = (at) => {
  offsetMs = at.getTime() - RealDate.now();
};
