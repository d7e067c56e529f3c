/**
 * What Steady keeps about a user's practice, and how one practice changes it. Pure: the store
 * persists a `PracticeRecord` as it is given; the practice service decides what goes in it.
 *
 * Retries replay (the idempotency-key pattern of Powertools for AWS Lambda's idempotency
 * utility, kept inside the record): the record holds the answers of the user's recent requests,
 * keyed by a tag of the Alexa request id. The record is written only over the revision it was
 * read at (optimistic concurrency), so of two attempts of one request exactly one writes; the
 * other, and any later retry, reads the answer the first one gave and says it again, milestone
 * included, without counting. Keeping the answers in the record, not in items of their own,
 * makes counting and remembering the answer one conditional write on any DynamoDB-compatible
 * server (dynalite, which the local runner uses, has no transactions), keeps "forget my history"
 * covering them, and keeps the record's size bounded: at most `MAX_ANSWERS`, none older than
 * `ANSWER_KEPT_MS`.
 */
import { hash } from 'node:crypto';
import { TRUSTED_TIMESTAMP_SKEW_MS } from '../alexa/request-instant';
import type { OwnTimeRecord } from './own-time-record';
import type { PracticeCounts, PracticeKind } from './practice-kind';
import type { Preferences } from './preferences';
import { NO_STREAKS, withPracticeDay, type StreakState } from './streaks';

/** Everything Steady keeps about one user's practice, and their saved preferences. */
export interface PracticeHistory {
  readonly sessions: number;
  readonly minutes: number;
  /** Sessions per kind of practice: what was done, never what led to it. */
  readonly practices: PracticeCounts;
  readonly streaks: StreakState;
  /** The last time zone known for the user. */
  readonly timeZone?: string;
  readonly preferences: Preferences;
}

export const EMPTY_HISTORY: PracticeHistory = { sessions: 0, minutes: 0, practices: {}, streaks: NO_STREAKS, preferences: {} };

/** What the first attempt of a practice request answered: what a retry must say again. */
export interface RecordedAnswer {
  /** The request id's tag (see `requestTag`). */
  readonly request: string;
  /** When it was recorded, ms since the epoch (the practice clock). */
  readonly at: number;
  readonly localDay: string;
  /** 0-23, in the zone of `localDay`. */
  readonly localHour: number;
  readonly milestoneDays?: number;
  /** The saved preferences the session was planned on. */
  readonly preferences: Preferences;
}

/** "Forget my history" as it was done: which request asked, and when. */
export interface ForgetMemo {
  readonly request: string;
  readonly at: number;
  /** Set until every other item under the user's key is deleted: the next request finishes it. */
  readonly unfinished?: true;
}

export interface PracticeRecord {
  readonly history: PracticeHistory;
  readonly answers: readonly RecordedAnswer[];
  /** Time on your own, kept in the same item so that one revision guards it and a forget takes it. */
  readonly ownTime?: OwnTimeRecord;
  /** The last "forget my history", while a retry of it, or of a practice asked before it, may still come. */
  readonly forgotten?: ForgetMemo;
  /** The stored revision as read, opaque: the store writes a new record only over this one. */
  readonly revision?: unknown;
}

export const EMPTY_RECORD: PracticeRecord = { history: EMPTY_HISTORY, answers: [] };

/**
 * Answers are kept ten minutes: Alexa retries within seconds (Powertools keeps its records an
 * hour by default; Steady's sessions make its window a matter of minutes). Within the window a
 * retry is never counted twice, however many practices came between. The count only bounds the
 * item's size (about 130 bytes an answer, 26 KB at most) against what no person makes: a
 * practice every three seconds for ten minutes. A cap of 20 let the 21st practice of a burst
 * push the first answer out, and the first practice's retry counted twice.
 */
export const MAX_ANSWERS = 200;
export const ANSWER_KEPT_MS = 10 * 60_000;
/** How long a forget is remembered; the table's TTL removes a record holding nothing else. */
export const FORGET_KEPT_MS = 3 * 24 * 60 * 60_000;
/** The longest session counted, in minutes; anything longer is a planning error, not practice. */
const MAX_SESSION_MINUTES = 24 * 60;

/** A short, stable tag for a request id: enough to tell a user's own requests apart. */
export function requestTag(requestId: string): string {
  return hash('sha256', requestId, 'hex').slice(0, 24);
}

/** Minutes as counted: a finite, non-negative number of at most a day, to the hundredth. */
export function countableMinutes(minutes: number): number {
  if (!Number.isFinite(minutes) || minutes <= 0) return 0;
  return Math.round(Math.min(minutes, MAX_SESSION_MINUTES) * 100) / 100;
}

/** The answer this request was given already, if it was recorded. */
export function answerTo(record: PracticeRecord, requestId: string): RecordedAnswer | undefined {
  const tag = requestTag(requestId);
  return record.answers.find((answer) => answer.request === tag);
}

/**
 * How far ahead of a request the memo of a forget it came before can be dated. A request's
 * instant is Alexa's stamp only within TRUSTED_TIMESTAMP_SKEW_MS of the function's clock, so a
 * forget read by a request is dated at most twice that after it. A memo dated further ahead is
 * damaged: it refuses nothing, and the next practice writes the item without it.
 */
export const FORGET_DATED_AHEAD_MS = 2 * TRUSTED_TIMESTAMP_SKEW_MS;

const datedAhead = (memo: ForgetMemo, at: number): boolean => memo.at - at > FORGET_DATED_AHEAD_MS;

/** True when the request was asked before the user's last "forget my history". */
export function askedBeforeForget(record: PracticeRecord, at: number): boolean {
  return record.forgotten !== undefined && at <= record.forgotten.at && !datedAhead(record.forgotten, at);
}

export interface PracticeToRecord {
  readonly requestId: string;
  /** The practice clock's instant, ms. */
  readonly at: number;
  /** Undefined for a session of no known kind: it counts in sessions and minutes only. */
  readonly kind: PracticeKind | undefined;
  readonly minutes: number;
  readonly localDay: string;
  readonly localHour: number;
  /** The user's zone, when the device or the record said it; a guessed zone is not kept. */
  readonly timeZone?: string;
  readonly preferences: Preferences;
  /** The milestone this practice reaches; the caller works it out from the streaks. */
  readonly milestoneDays?: number;
}

/** The record after one more practice, with the answer it gave among the recent ones. */
export function withPractice(record: PracticeRecord, practice: PracticeToRecord): PracticeRecord {
  const { history } = record;
  const { kind } = practice;
  const answer: RecordedAnswer = {
    request: requestTag(practice.requestId),
    at: practice.at,
    localDay: practice.localDay,
    localHour: practice.localHour,
    ...(practice.milestoneDays !== undefined ? { milestoneDays: practice.milestoneDays } : {}),
    preferences: practice.preferences,
  };
  const recent = record.answers.filter((kept) => practice.at - kept.at < ANSWER_KEPT_MS);
  const memo = record.forgotten;
  const forgotten = memo && practice.at - memo.at < FORGET_KEPT_MS && !datedAhead(memo, practice.at) ? memo : undefined;
  return {
    history: {
      ...history,
      sessions: history.sessions + 1,
      minutes: history.minutes + countableMinutes(practice.minutes),
      practices: kind === undefined ? history.practices : { ...history.practices, [kind]: (history.practices[kind] ?? 0) + 1 },
      streaks: withPracticeDay(history.streaks, practice.localDay),
      ...((practice.timeZone ?? history.timeZone) !== undefined ? { timeZone: practice.timeZone ?? history.timeZone } : {}),
    },
    answers: [...recent, answer].slice(-MAX_ANSWERS),
    ...(record.ownTime ? { ownTime: record.ownTime } : {}),
    ...(forgotten ? { forgotten } : {}),
    ...(record.revision !== undefined ? { revision: record.revision } : {}),
  };
}

/**
 * The record right after "forget my history": nothing but the memo of the forget, marked
 * unfinished until the other items under the user's key are gone too.
 */
export function forgottenRecord(requestId: string, at: number): PracticeRecord {
  return { history: EMPTY_HISTORY, answers: [], forgotten: { request: requestTag(requestId), at, unfinished: true } };
}
