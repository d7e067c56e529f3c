import { ANSWER_WITHIN_MS, RequestBudget, ROOM_TO_ANSWER_MS } from '../../lambda/request-budget';

/** A clock the test moves by hand. */
function handClock(): { now: () => number; pass: (ms: number) => void } {
  let at = 1000;
  return { now: () => at, pass: (ms) => (at += ms) };
}

const lambdaContext = (remainingMs: number) => ({ getRemainingTimeInMillis: () => remainingMs });

describe('the request budget', () => {
  it.each([
    ['no Lambda context (tests, the local runner)', undefined, ANSWER_WITHIN_MS - ROOM_TO_ANSWER_MS],
    ['Lambda with its 7 s timeout all ahead', lambdaContext(7000), ANSWER_WITHIN_MS - ROOM_TO_ANSWER_MS],
    ['Lambda with only 3 s left', lambdaContext(3000), 3000 - ROOM_TO_ANSWER_MS],
    ['Lambda with less time left than the room to answer', lambdaContext(400), 0],
    ['a context without getRemainingTimeInMillis', {}, ANSWER_WITHIN_MS - ROOM_TO_ANSWER_MS],
    ['a context whose remaining time is not a number', lambdaContext(Number.NaN), ANSWER_WITHIN_MS - ROOM_TO_ANSWER_MS],
  ])('with %s, leaves %d ms for outside calls at arrival', (_name, context, expected) => {
    const clock = handClock();
    expect(RequestBudget.arriving(context, clock.now).timeLeftMs()).toBe(expected);
  });

  it('is shared by the calls made one after another: each is told what is left when it starts', () => {
    const clock = handClock();
    const budget = RequestBudget.arriving(undefined, clock.now);
    clock.pass(1400);
    expect(budget.callOptions()).toEqual({ timeLeftMs: ANSWER_WITHIN_MS - ROOM_TO_ANSWER_MS - 1400 });
    clock.pass(1500);
    expect(budget.callOptions()).toEqual({ timeLeftMs: ANSWER_WITHIN_MS - ROOM_TO_ANSWER_MS - 2900 });
    expect(budget.spent).toBe(false);
    clock.pass(10_000);
    expect(budget.callOptions()).toEqual({ timeLeftMs: 0 });
    expect(budget.spent).toBe(true);
  });
});
