import { callDeadlineMs } from '../../lambda/call-options';

describe("a call's deadline", () => {
  it.each([
    ['its own bound when the request says nothing', undefined, 1500, 1500],
    ['its own bound when the request has more left', { timeLeftMs: 4000 }, 1500, 1500],
    ['what the request has left when that is less', { timeLeftMs: 600 }, 1500, 600],
    ['nothing once the request has spent its budget', { timeLeftMs: -20 }, 1500, 0],
  ])('is %s', (_name, options, own, expected) => {
    expect(callDeadlineMs(options, own)).toBe(expected);
  });
});
