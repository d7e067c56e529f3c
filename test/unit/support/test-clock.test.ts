import testInstant from '../../support/test-instant.json';
import { TEST_INSTANT } from '../../support/test-skill';

describe("the tests' clock", () => {
  it("starts every test file's Date at the test instant, whatever the machine's calendar says, and moves on with real time", async () => {
    const first = Date.now();
    expect(first - TEST_INSTANT.getTime()).toBeGreaterThanOrEqual(0);
    // A whole test file runs well within a few minutes of its start.
    expect(first - TEST_INSTANT.getTime()).toBeLessThan(5 * 60_000);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(Date.now()).toBeGreaterThan(first);
  });

  it('is Wednesday evening, 2 December 2026, in London', () => {
    expect(testInstant.iso).toBe('2026-12-02T21:30:00Z');
    const parts = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(TEST_INSTANT);
    const part = (type: string) => parts.find((p) => p.type === type)?.value;
    expect([part('weekday'), part('day'), part('month'), part('year'), part('hour'), part('minute')]).toEqual([
      'Wednesday',
      '2',
      'December',
      '2026',
      '21',
      '30',
    ]);
  });
});
