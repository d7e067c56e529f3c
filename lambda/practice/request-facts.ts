/**
 * What one request knows: its user, its id, its clock, its deadline, the device's zone once looked
 * up, and the record once read. One set per request, kept in ask-sdk-core's request attributes,
 * never at module level; every practice module reaches it through `factsOf`.
 */
import type { HandlerInput } from 'ask-sdk-core';
import { randomUUID } from 'node:crypto';
import { requestInstant } from '../alexa/request-instant';
import { pseudonyms } from '../logger';
import type { RequestBudget } from '../request-budget';
import { requestBudget } from '../request-budget-attribute';
import type { SkillDependencies } from '../skill-dependencies';
import type { CallOptions } from '../store/practice-store';
import type { PracticeReading } from './practice-reading';

/** What one request knows; one per request, in its request attributes. */
export interface RequestFacts {
  readonly userId: string | undefined;
  readonly requestId: string;
  /** The practice clock: Alexa's timestamp when it is sane, else the function's time. */
  readonly instant: Date;
  /** The request's one budget for its outside calls (request-budget.ts). */
  readonly budget: RequestBudget;
  readonly pseudonym: string | undefined;
  deviceTimeZone?: Promise<string | undefined>;
  /** The record as this request read it, before it records anything: one read, whoever asks. */
  reading?: Promise<PracticeReading>;
}

const FACTS = 'steady.practiceFacts';

const pastDeadline = () => new DOMException('The request spent its budget', 'TimeoutError');

/** What an outside call is told: the time the request's budget has left. */
export const callOptions = (facts: RequestFacts): CallOptions => facts.budget.callOptions();

export const deadlinePassed = (facts: RequestFacts): boolean => facts.budget.spent;

/**
 * A call of the request's, ended by the request's deadline whatever the callee does (the stores
 * also stop their own calls then; a lookup or a store that did not would still stop here). The
 * timer goes when the call settles.
 */
export function beforeDeadline<T>(facts: RequestFacts, call: () => Promise<T>): Promise<T> {
  const left = facts.budget.timeLeftMs();
  if (left <= 0) return Promise.reject(pastDeadline());
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(pastDeadline()), left);
    timer.unref();
  });
  return Promise.race([Promise.resolve().then(call), expired]).finally(() => clearTimeout(timer));
}

export function factsOf(deps: SkillDependencies, input: HandlerInput): RequestFacts {
  const attributes = input.attributesManager.getRequestAttributes();
  const known = attributes[FACTS] as RequestFacts | undefined;
  if (known) return known;
  const envelope = input.requestEnvelope;
  const userId = envelope.context?.System?.user?.userId ?? envelope.session?.user?.userId;
  // index.ts passes the deployment's salted tags; tests and tools may leave it unsalted.
  const tag = deps.pseudonym ?? pseudonyms('');
  const facts: RequestFacts = {
    userId: userId || undefined,
    requestId: envelope.request?.requestId || randomUUID(),
    instant: requestInstant(envelope, deps.clock?.() ?? new Date()),
    budget: requestBudget(input),
    pseudonym: tag(userId),
  };
  attributes[FACTS] = facts;
  return facts;
}

/** The request's instant by the practice clock (see request-instant.ts). */
export function requestTime(deps: SkillDependencies, input: HandlerInput): Date {
  return factsOf(deps, input).instant;
}

/** How the logs may name this request's user: the deployment's salted tag, never the id. */
export function userTag(deps: SkillDependencies, input: HandlerInput): string | undefined {
  return factsOf(deps, input).pseudonym;
}

/**
 * Another table call of the request's (the toolkit's own item, say), told the time the request's
 * budget has left and ended by it like the practice path's own calls.
 */
export function withinRequestDeadline<T>(
  deps: SkillDependencies,
  input: HandlerInput,
  call: (options: CallOptions) => Promise<T>,
): Promise<T> {
  const facts = factsOf(deps, input);
  return beforeDeadline(facts, () => call(callOptions(facts)));
}
