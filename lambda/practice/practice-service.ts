/**
 * The practice service: what the handlers call to read a user's practice, record a session and
 * speak about it. Nothing here throws; when the table or the Settings API fails, the session
 * goes on and the failure is logged (under a pseudonym, never the user id).
 *
 * A practice request runs in a straight line, one step after another in its handler:
 *
 *   readPractice    the user's record, with the device's time zone looked up at the same time
 *   (plan)          the handler plans the session on the preferences read
 *   recordPractice  counts it once, and settles what the session's last words say
 *   (speak)         the handler builds the Timeline and its speech, and responds
 *
 * What one request knows (its clock, its deadline, the device's zone) sits in ask-sdk-core's
 * request attributes, never at module level.
 */
import { AttributesManagerFactory, type HandlerInput } from 'ask-sdk-core';
import { randomUUID } from 'node:crypto';
import { requestInstant } from '../alexa/request-instant';
import { pseudonyms } from '../logger';
import type { RequestBudget } from '../request-budget';
import { requestBudget, shareRequestBudget } from '../request-budget-attribute';
import type { SkillDependencies } from '../skill-dependencies';
import { AskedBeforeForgetError, type CallOptions, type RecordOutcome } from '../store/practice-store';
import { guessedTimeZone } from './guessed-time-zone';
import { isValidTimeZone, wallClock } from './local-time';
import {
  answerTo,
  askedBeforeForget,
  forgottenRecord,
  requestTag,
  withPractice,
  type PracticeRecord,
  type RecordedAnswer,
} from './practice-record';
import { practiceKindOf } from './practice-kind';
import { summarisePractice, type PracticeSummary } from './practice-summary';
import type { Preferences } from './preferences';
import { milestoneReached, withPracticeDay } from './streaks';
import { launchGreetingSpeech, NO_HISTORY_SPEECH, STORE_UNAVAILABLE_APOLOGY, summarySpeech } from './summary-wording';

/**
 * Writes tried when other devices keep writing the same record first, each after a short random
 * pause that grows with the attempts (full jitter), all within the request's table deadline.
 */
const MAX_WRITE_ATTEMPTS = 24;
const RETRY_PAUSE_MS = 10;

const pause = (attempt: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * RETRY_PAUSE_MS * Math.min(attempt, 10)));

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

/** What one request knows; one per request, in its request attributes. */
interface RequestFacts {
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
const callOptions = (facts: RequestFacts): CallOptions => facts.budget.callOptions();

const deadlinePassed = (facts: RequestFacts): boolean => facts.budget.spent;

/**
 * A call of the request's, ended by the request's deadline whatever the callee does (the stores
 * also stop their own calls then; a lookup or a store that did not would still stop here). The
 * timer goes when the call settles.
 */
function beforeDeadline<T>(facts: RequestFacts, call: () => Promise<T>): Promise<T> {
  const left = facts.budget.timeLeftMs();
  if (left <= 0) return Promise.reject(pastDeadline());
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(pastDeadline()), left);
    timer.unref();
  });
  return Promise.race([Promise.resolve().then(call), expired]).finally(() => clearTimeout(timer));
}

function factsOf(deps: SkillDependencies, input: HandlerInput): RequestFacts {
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

/** The device's zone, looked up at most once per request; undefined on any failure. */
function deviceTimeZone(deps: SkillDependencies, input: HandlerInput, facts: RequestFacts): Promise<string | undefined> {
  facts.deviceTimeZone ??= beforeDeadline(facts, () => deps.timeZones.timeZoneFor(input.requestEnvelope, callOptions(facts))).then(
    (zone) => (zone !== undefined && isValidTimeZone(zone) ? zone : undefined),
    (error: unknown) => {
      deps.logger.warn('time zone lookup failed', { error });
      return undefined;
    },
  );
  return facts.deviceTimeZone;
}

/** The user's record and the device's zone, together; the record undefined when unreadable. */
async function readWithZone(
  deps: SkillDependencies,
  input: HandlerInput,
  facts: RequestFacts,
  userId: string,
): Promise<{ record?: PracticeRecord; timeZone: string; zoneGuessed: boolean; error?: unknown }> {
  const [device, read] = await Promise.all([
    deviceTimeZone(deps, input, facts),
    beforeDeadline(facts, () => deps.store.readHistory(userId, callOptions(facts))).then(
      (record) => ({ record }),
      (error: unknown) => ({ error }),
    ),
  ]);
  const known = device ?? ('record' in read ? read.record.history.timeZone : undefined);
  const memo = 'record' in read ? read.record.forgotten : undefined;
  if (memo?.unfinished) await finishForget(deps, facts, userId, memo.request);
  return { ...read, timeZone: known ?? localeZone(input), zoneGuessed: known === undefined };
}

/** Step one of a practice: everything the plan and the recording need. */
export interface PracticeReading {
  /** The saved preferences to plan on (on a retry, the ones the first attempt planned on). */
  readonly preferences: Preferences;
  readonly localDay: string;
  readonly localHour: number;
  readonly timeZone: string;
  /** The zone is the locale's guess (guessed-time-zone.ts): counted in, never kept. */
  readonly zoneGuessed?: boolean;
  /** The user's record; undefined when there is no user or the table could not be read. */
  readonly record?: PracticeRecord;
  /** This very request's answer, when an earlier attempt recorded it. */
  readonly earlier?: RecordedAnswer;
  /** Why the record could not be read. */
  readonly readFailure?: unknown;
}

export function readPractice(deps: SkillDependencies, input: HandlerInput): Promise<PracticeReading> {
  const facts = factsOf(deps, input);
  facts.reading ??= readRecord(deps, input, facts);
  return facts.reading;
}

async function readRecord(deps: SkillDependencies, input: HandlerInput, facts: RequestFacts): Promise<PracticeReading> {
  if (!facts.userId) {
    const timeZone = (await deviceTimeZone(deps, input, facts)) ?? localeZone(input);
    const clock = wallClock(facts.instant, timeZone);
    return { preferences: {}, localDay: clock.day, localHour: clock.hour, timeZone };
  }
  const { record, timeZone, zoneGuessed, error } = await readWithZone(deps, input, facts, facts.userId);
  const clock = wallClock(facts.instant, timeZone);
  const earlier = record && answerTo(record, facts.requestId);
  return {
    preferences: earlier?.preferences ?? record?.history.preferences ?? {},
    localDay: earlier?.localDay ?? clock.day,
    localHour: earlier?.localHour ?? clock.hour,
    timeZone,
    ...(zoneGuessed ? { zoneGuessed } : {}),
    ...(record ? { record } : {}),
    ...(earlier ? { earlier } : {}),
    ...(error !== undefined ? { readFailure: error } : {}),
  };
}

/**
 * A forget that stopped halfway (the record replaced by its memo, other items left) is finished
 * by the next request that reads the record; a failure here is logged and left to the next one.
 */
async function finishForget(deps: SkillDependencies, facts: RequestFacts, userId: string, request: string): Promise<void> {
  try {
    await beforeDeadline(facts, () => deps.store.finishForget(userId, request, callOptions(facts)));
    deps.logger.info('practice history deletion finished', { user: facts.pseudonym });
  } catch (error) {
    deps.logger.warn('practice history deletion still unfinished', { user: facts.pseudonym, error });
  }
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
    if (attempt === MAX_WRITE_ATTEMPTS || deadlinePassed(facts)) {
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

/** The locale's likeliest zone, for a request whose user's zone nothing says. */
function localeZone(input: HandlerInput): string {
  return guessedTimeZone(input.requestEnvelope.request.locale);
}

/** The request's instant by the practice clock (see request-instant.ts). */
export function requestTime(deps: SkillDependencies, input: HandlerInput): Date {
  return factsOf(deps, input).instant;
}

/**
 * Deletes everything stored for the user; true when it is gone. The memo of the forget replaces
 * the practice record over the revision read, as a practice is written, so a practice that lands
 * meanwhile is read again and forgotten too. A retry of the same "yes" writes no memo again (the
 * record remembers which request forgot it, so a practice recorded after the first attempt
 * stays) but finishes deleting the other items, in case the first attempt stopped halfway.
 */
export async function forgetHistory(deps: SkillDependencies, input: HandlerInput): Promise<boolean> {
  const facts = factsOf(deps, input);
  const userId = facts.userId;
  if (!userId) return false;
  try {
    let record = await beforeDeadline(facts, () => deps.store.readHistory(userId, callOptions(facts)));
    for (let attempt = 1; ; attempt++) {
      const memo = record.forgotten;
      if (memo?.request === requestTag(facts.requestId)) {
        if (memo.unfinished) await beforeDeadline(facts, () => deps.store.finishForget(userId, memo.request, callOptions(facts)));
        deps.logger.debug('practice history already deleted', { user: facts.pseudonym });
        break;
      }
      const forgotten = { ...forgottenRecord(facts.requestId, facts.instant.getTime()), revision: record.revision };
      const outcome = await beforeDeadline(facts, () => deps.store.forgetUser(userId, forgotten, callOptions(facts)));
      if (outcome.written) break;
      if (attempt === MAX_WRITE_ATTEMPTS || deadlinePassed(facts)) throw new Error('the record kept changing');
      record = outcome.current ?? (await beforeDeadline(facts, () => deps.store.readHistory(userId, callOptions(facts))));
    }
    deps.timeZones.forget?.(input.requestEnvelope);
    deps.logger.info('practice history deleted', { user: facts.pseudonym });
    return true;
  } catch (error) {
    deps.logger.error('practice history not deleted', { user: facts.pseudonym, error });
    return false;
  }
}

function logUnsaved(deps: SkillDependencies, facts: RequestFacts, error: unknown): void {
  if (error instanceof AskedBeforeForgetError)
    deps.logger.info('preferences not saved: asked before the history was deleted', { user: facts.pseudonym });
  else deps.logger.error('preferences not saved', { user: facts.pseudonym, error });
}

/**
 * Replaces the user's preferences (`{}` resets them); false when they could not be saved, or
 * were asked for before the user's last "forget my history" (a late retry writes nothing back).
 */
export async function savePreferences(deps: SkillDependencies, input: HandlerInput, preferences: Preferences): Promise<boolean> {
  const facts = factsOf(deps, input);
  const userId = facts.userId;
  if (!userId) return false;
  try {
    await beforeDeadline(facts, () => deps.store.savePreferences(userId, preferences, facts.instant.getTime(), callOptions(facts)));
    return true;
  } catch (error) {
    logUnsaved(deps, facts, error);
    return false;
  }
}

/**
 * Changes the preferences given and keeps the others, in one write; answers all of them as now
 * saved, or undefined when they could not be saved.
 */
export async function updatePreferences(
  deps: SkillDependencies,
  input: HandlerInput,
  change: Preferences,
): Promise<Preferences | undefined> {
  const facts = factsOf(deps, input);
  const userId = facts.userId;
  if (!userId) return undefined;
  try {
    return await beforeDeadline(facts, () => deps.store.updatePreferences(userId, change, facts.instant.getTime(), callOptions(facts)));
  } catch (error) {
    logUnsaved(deps, facts, error);
    return undefined;
  }
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
