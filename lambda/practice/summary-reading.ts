/**
 * The user's practice so far, read for "what's my streak" and the launch greeting. Nothing here
 * throws; a record that cannot be read is logged (under a pseudonym) and spoken as an apology.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { SkillDependencies } from '../skill-dependencies';
import { wallClock } from './local-time';
import { readPractice, readWithZone } from './practice-reading';
import { summarisePractice, type PracticeSummary } from './practice-summary';
import { factsOf } from './request-facts';
import { launchGreetingSpeech, NO_HISTORY_SPEECH, STORE_UNAVAILABLE_APOLOGY, summarySpeech } from './summary-wording';

/**
 * The user's practice so far, as of their calendar's today: one table read, with the device zone
 * looked up at the same time. Throws when the table cannot be read.
 */
async function currentSummary(deps: SkillDependencies, input: HandlerInput, userId: string): Promise<PracticeSummary> {
  const facts = factsOf(deps, input);
  const { record, timeZone, error } = await readWithZone(deps, input, facts, userId);
  if (!record) throw error;
  return summarisePractice(record.history, wallClock(facts.instant, timeZone).day);
}

/** The spoken practice summary, or a short apology when the history cannot be read. */
export async function speakSummary(deps: SkillDependencies, input: HandlerInput): Promise<string> {
  const facts = factsOf(deps, input);
  if (!facts.userId) return NO_HISTORY_SPEECH;
  try {
    return summarySpeech(await currentSummary(deps, input, facts.userId));
  } catch (error) {
    deps.logger.error('practice summary unavailable', { user: facts.pseudonym, error });
    return STORE_UNAVAILABLE_APOLOGY;
  }
}

/** A few words about the user's streak for Launch; undefined when there is none or on any failure. */
export async function launchGreeting(deps: SkillDependencies, input: HandlerInput): Promise<string | undefined> {
  const facts = factsOf(deps, input);
  if (!facts.userId) return undefined;
  // The request's one reading, which the launch also reads the preferences and the hour from.
  const reading = await readPractice(deps, input);
  if (!reading.record) {
    deps.logger.warn('launch greeting without streak', { user: facts.pseudonym, error: reading.readFailure });
    return undefined;
  }
  return launchGreetingSpeech(summarisePractice(reading.record.history, reading.localDay));
}
