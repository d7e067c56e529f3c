/**
 * Step one of a practice request: the user's record, read once per request with the device's
 * time zone looked up at the same time. Nothing here throws; a record that cannot be read is
 * reported in the reading and logged by whoever needed it.
 *
 * A practice request runs in a straight line, one step after another in its handler:
 *
 *   readPractice    the user's record, with the device's time zone looked up at the same time
 *   (plan)          the handler plans the session on the preferences read
 *   recordPractice  counts it once, and settles what the session's last words say
 *   (speak)         the handler builds the Timeline and its speech, and responds
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { SkillDependencies } from '../skill-dependencies';
import { wallClock } from './local-time';
import { answerTo, type PracticeRecord, type RecordedAnswer } from './practice-record';
import type { Preferences } from './preferences';
import { beforeDeadline, callOptions, factsOf, type RequestFacts } from './request-facts';
import { deviceTimeZone, localeZone } from './user-time-zone';

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

/** The user's record and the device's zone, together; the record undefined when unreadable. */
export async function readWithZone(
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
