/**
 * Where a request keeps its one budget: in ask-sdk-core's request attributes, set by a request
 * interceptor as the request arrives, before any handler makes an outside call.
 */
import type { HandlerInput, RequestInterceptor } from 'ask-sdk-core';
import { RequestBudget } from './request-budget';

const BUDGET = 'steady.requestBudget';

/** Starts the request's budget from the Lambda context's remaining time. */
export const requestBudgetInterceptor: RequestInterceptor = {
  process(input: HandlerInput) {
    input.attributesManager.getRequestAttributes()[BUDGET] = RequestBudget.arriving(input.context);
  },
};

/** The request's budget; one started now if the interceptor did not run (a handler called on its own). */
export function requestBudget(input: HandlerInput): RequestBudget {
  const attributes = input.attributesManager.getRequestAttributes();
  const known = attributes[BUDGET];
  if (known instanceof RequestBudget) return known;
  const budget = RequestBudget.arriving(input.context);
  attributes[BUDGET] = budget;
  return budget;
}

/** Gives a stand-in input (a request replayed under another id, say) the budget of the request it serves. */
export function shareRequestBudget(from: HandlerInput, to: HandlerInput): void {
  to.attributesManager.getRequestAttributes()[BUDGET] = requestBudget(from);
}
