/**
 * Recording a practice: counted once per request id, however often Alexa retries it. A retry
 * hears the first attempt's answer; other devices writing the same record first cost a re-read
 * and another try. Nothing here throws; a practice that cannot be recorded is logged (under a
 * pseudonym, never the user id) and the session goes on.
 */
import { AttributesManagerFactory, type HandlerInput } from 'ask-sdk-core';
import { shareRequestBudget } from '../request-budget-attribute';
import type { SkillDependencies } from '../skill-dependencies';
import type { RecordOutcome } from '../store/practice-store';
import { answerTo, askedBeforeForget, withPractice, type RecordedAnswer } from './practice-record';
import { practiceKindOf } from './practice-kind';
import { readPractice, type PracticeReading } from './practice-reading';
import type { Preferences } from './preferences';
import { beforeDeadline, callOptions, deadlinePassed, factsOf } from './request-facts';
import { milestoneReached, withPracticeDay } from './streaks';
import { pause } from './write-retries';

export interface PracticeSession {
  /** The session's own id (its Timeline's practice); only its kind of practice is kept. */
  readonly technique: string;
  readonly minutes: number;
}

/** What the recording settled for the session's speech. */
export interface RecordedSession {
  /** The user's local calendar day the session counted for (in the locale's likeliest zone when nothing better is known). */
  readonly localDay: string;
  /** The hour of the day (0-23) at the user, in the same zone as `localDay`. */
  readonly localHour: number;
  readonly milestoneDays?: number;
  /** The saved preferences the session was planned on. */
  readonly preferences?: Preferences;
}

function answered(answer: RecordedAnswer): RecordedSession {
  return {
    localDay: answer.localDay,
    localHour: answer.localHour,
    ...(answer.milestoneDays !== undefined ? { milestoneDays: answer.milestoneDays } : {}),
    preferences: answer.preferences,
  };
}

/**
 * Counts the session once for this request id and answers what its last words say. A retry
 * (at once, seconds later, across midnight) is not counted again and hears the first answer,
 * milestone included. Other devices writing the same record first cost a re-read and a retry.
 * A practice asked before the user's last "forget my history" is not recorded.
 */
export async function recordPractice(
  deps: SkillDependencies,
  input: HandlerInput,
  reading: PracticeReading,
  session: PracticeSession,
): Promise<RecordedSession> {
  const facts = factsOf(deps, input);
  const unrecorded: RecordedSession = { localDay: reading.localDay, localHour: reading.localHour, preferences: reading.preferences };
  const user = facts.pseudonym;
  if (reading.earlier) {
    deps.logger.debug('practice already recorded', { user });
    return answered(reading.earlier);
  }
  const userId = facts.userId;
  if (!userId) {
    deps.logger.warn('practice not recorded: request has no user');
    return unrecorded;
  }
  if (!reading.record) {
    deps.logger.error('practice not recorded', { user, reason: 'history unreadable', error: reading.readFailure });
    return unrecorded;
  }
  const at = facts.instant.getTime();
  const kind = practiceKindOf(session.technique);
  let record = reading.record;
  for (let attempt = 1; ; attempt++) {
    if (askedBeforeForget(record, at)) {
      deps.logger.info('practice not recorded: asked before the history was deleted', { user });
      return unrecorded;
    }
    const milestoneDays = milestoneReached(
      record.history.streaks,
      withPracticeDay(record.history.streaks, reading.localDay),
      reading.localDay,
    );
    const next = withPractice(record, {
      requestId: facts.requestId,
      at,
      kind,
      minutes: session.minutes,
      localDay: reading.localDay,
      localHour: reading.localHour,
      ...(reading.zoneGuessed ? {} : { timeZone: reading.timeZone }),
      preferences: reading.preferences,
      ...(milestoneDays !== undefined ? { milestoneDays } : {}),
    });
    const spoken: RecordedSession = milestoneDays === undefined ? unrecorded : { ...unrecorded, milestoneDays };
    let outcome: RecordOutcome;
    try {
      outcome = await beforeDeadline(facts, () => deps.store.recordPractice(userId, next, callOptions(facts)));
    } catch (error) {
      // The write may have landed before the connection failed: say what is known.
      deps.logger.error('practice recording unconfirmed', { user, error });
      return spoken;
    }
    if (outcome.written) {
      deps.logger.debug('practice recorded', { user, practice: kind, milestoneDays, attempt });
      return spoken;
    }
    if (deadlinePassed(facts)) {
      deps.logger.error('practice not recorded', { user, reason: 'the record kept changing' });
      return unrecorded;
    }
    try {
      if (outcome.current) record = outcome.current;
      else {
        await pause(attempt);
        record = await beforeDeadline(facts, () => deps.store.readHistory(userId, callOptions(facts)));
      }
    } catch (error) {
      deps.logger.error('practice not recorded', { user, reason: 'history unreadable', error });
      return unrecorded;
    }
    const earlier = answerTo(record, facts.requestId);
    if (earlier) {
      deps.logger.debug('practice already recorded', { user });
      return answered(earlier);
    }
  }
}

/**
 * Counts a session that an earlier request asked for (a track that has now started): `countAs`
 * stands in as the request id, so every event of one play is the same request to the record.
 */
export async function recordPracticeAs(
  deps: SkillDependencies,
  input: HandlerInput,
  countAs: string,
  session: PracticeSession,
): Promise<void> {
  const requestEnvelope = { ...input.requestEnvelope, request: { ...input.requestEnvelope.request, requestId: countAs } };
  const once: HandlerInput = { ...input, requestEnvelope, attributesManager: AttributesManagerFactory.init({ requestEnvelope }) };
  shareRequestBudget(input, once);
  await recordPractice(deps, once, await readPractice(deps, once), session);
}
