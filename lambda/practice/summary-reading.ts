/**
 * The user's practice so far, read for "what's my streak" and the launch greeting, as numbers:
 * the handler words them. Nothing here throws; a record that cannot be read is logged (under a
 * pseudonym) and answered as undefined.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { SkillDependencies } from '../skill-dependencies';
import { wallClock } from './local-time';
import { readPractice, readWithZone } from './practice-reading';
import { summarisePractice, type PracticeSummary } from './practice-summary';
import { factsOf } from './request-facts';

/** A request without a user has practised nothing Steady could count. */
const NOTHING_PRACTISED: PracticeSummary = {
  sessions: 0,
  minutes: 0,
  currentStreak: 0,
  longestStreak: 0,
  daysInLastSeven: 0,
  practisedToday: false,
};

/**
 * The user's practice so far, as of their calendar's today: one table read, with the device zone
 * looked up at the same time. Undefined when the history cannot be read.
 */
export async function readSummary(deps: SkillDependencies, input: HandlerInput): Promise<PracticeSummary | undefined> {
  const facts = factsOf(deps, input);
  const userId = facts.userId;
  if (!userId) return NOTHING_PRACTISED;
  try {
    const { record, timeZone, error } = await readWithZone(deps, input, facts, userId);
    if (!record) throw error;
    return summarisePractice(record.history, wallClock(facts.instant, timeZone).day);
  } catch (error) {
    deps.logger.error('practice summary unavailable', { user: facts.pseudonym, error });
    return undefined;
  }
}

/**
 * The practice so far for Launch, from the request's one reading (which the launch also reads the
 * preferences and the hour from); undefined without a user or on any failure.
 */
export async function launchSummary(deps: SkillDependencies, input: HandlerInput): Promise<PracticeSummary | undefined> {
  const facts = factsOf(deps, input);
  if (!facts.userId) return undefined;
  const reading = await readPractice(deps, input);
  if (!reading.record) {
    deps.logger.warn('launch greeting without streak', { user: facts.pseudonym, error: reading.readFailure });
    return undefined;
  }
  return summarisePractice(reading.record.history, reading.localDay);
}
