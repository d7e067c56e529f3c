/**
 * The user's time zone: the device's, looked up at most once per request, else the one last kept
 * with their record, else the locale's likeliest guess.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { SkillDependencies } from '../skill-dependencies';
import { guessedTimeZone } from './guessed-time-zone';
import { isValidTimeZone } from './local-time';
import { beforeDeadline, callOptions, factsOf, type RequestFacts } from './request-facts';

/** The device's zone, looked up at most once per request; undefined on any failure. */
export function deviceTimeZone(deps: SkillDependencies, input: HandlerInput, facts: RequestFacts): Promise<string | undefined> {
  facts.deviceTimeZone ??= beforeDeadline(facts, () => deps.timeZones.timeZoneFor(input.requestEnvelope, callOptions(facts))).then(
    (zone) => (zone !== undefined && isValidTimeZone(zone) ? zone : undefined),
    (error: unknown) => {
      deps.logger.warn('time zone lookup failed', { error });
      return undefined;
    },
  );
  return facts.deviceTimeZone;
}

/** The locale's likeliest zone, for a request whose user's zone nothing says. */
export function localeZone(input: HandlerInput): string {
  return guessedTimeZone(input.requestEnvelope.request.locale);
}

/** The user's time zone for anything scheduled at their local time: as practices are counted. */
export async function userTimeZone(deps: SkillDependencies, input: HandlerInput): Promise<string> {
  const facts = factsOf(deps, input);
  const device = await deviceTimeZone(deps, input, facts);
  const userId = facts.userId;
  if (device || !userId) return device ?? localeZone(input);
  deps.logger.debug('device time zone unavailable, using the last known one');
  try {
    const record = await beforeDeadline(facts, () => deps.store.readHistory(userId, callOptions(facts)));
    return record.history.timeZone ?? localeZone(input);
  } catch (error) {
    deps.logger.warn('last known time zone unavailable', { user: facts.pseudonym, error });
    return localeZone(input);
  }
}
