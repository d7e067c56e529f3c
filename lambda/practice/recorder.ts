/**
 * The practice service the handlers call: records sessions and speaks about them. Nothing here
 * throws; when the table or the Settings API fails, the session goes on and the failure is logged
 * (under a pseudonym, never the user id).
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import { randomUUID } from 'node:crypto';
import { pseudonym } from '../logger';
import type { SkillDependencies } from '../skill-dependencies';
import type { PracticeHistory } from '../store/practice-store';
import { isValidTimeZone, localDay, wallClock } from './local-time';
import type { AssumedPreferences, PreferenceField, Preferences } from './preferences';
import { summarisePractice, type PracticeSummary } from './practice-summary';
import { ContainerMemory } from '../container-memory';
import { milestoneReached } from './streaks';
import { launchGreetingSpeech, NO_HISTORY_SPEECH, STORE_UNAVAILABLE_APOLOGY, summarySpeech } from './summary-wording';
import { fromTable, requestScope } from './request-scope';
import { requestInstant } from '../alexa/request-instant';

export type RecorderDependencies = Pick<SkillDependencies, 'store' | 'timeZones' | 'logger'> & {
  /** The per-user fallback zones; one shared memory per container unless a test passes its own. */
  readonly recentTimeZones?: ContainerMemory<string>;
  /** The per-user preferences; one shared memory per container unless a test passes its own. */
  readonly recentPreferences?: ContainerMemory<Preferences>;
};

export interface PracticeSession {
  readonly technique: string;
  readonly minutes: number;
}

const containerTimeZones = new ContainerMemory<string>();
/**
 * Only a guess: a session planned on remembered preferences is recorded only if the table still
 * holds them, so a change made through another container costs one more round trip, never a
 * session planned on stale preferences. Nothing to expire.
 */
const containerPreferences = new ContainerMemory<Preferences>();

function preferencesMemory(deps: RecorderDependencies): ContainerMemory<Preferences> {
  return deps.recentPreferences ?? containerPreferences;
}

function timeZoneMemory(deps: RecorderDependencies): ContainerMemory<string> {
  return deps.recentTimeZones ?? containerTimeZones;
}
const FALLBACK_TIME_ZONE = 'UTC';

function userIdOf(envelope: RequestEnvelope): string | undefined {
  return envelope.context?.System?.user?.userId ?? envelope.session?.user?.userId;
}

/** The device's zone, looked up at most once per request. */
function deviceTimeZone(deps: RecorderDependencies, envelope: RequestEnvelope): Promise<string | undefined> {
  const scope = requestScope(envelope);
  scope.deviceTimeZone ??= lookUpDeviceTimeZone(deps, envelope);
  return scope.deviceTimeZone;
}

async function lookUpDeviceTimeZone(deps: RecorderDependencies, envelope: RequestEnvelope): Promise<string | undefined> {
  try {
    return await deps.timeZones.timeZoneFor(envelope);
  } catch (error) {
    deps.logger.warn('time zone lookup failed', { error });
    return undefined;
  }
}

/** Reads the user's history; the request keeps it, so its time zone fallback needs no second read. */
async function readHistory(deps: RecorderDependencies, envelope: RequestEnvelope, userId: string): Promise<PracticeHistory> {
  const history = await fromTable(envelope, () => deps.store.readHistory(userId));
  requestScope(envelope).history = history;
  return history;
}

function usable(timeZone: string | undefined): string | undefined {
  return timeZone !== undefined && isValidTimeZone(timeZone) ? timeZone : undefined;
}

/**
 * The zone to count a practice in: the device's, else the last one known for the user, else UTC.
 * The last known zone normally comes from this container's memory; only when the lookup failed
 * and the container has not seen the user does this read the table, once, unless this request
 * has read the user's history already.
 */
async function practiceTimeZone(deps: RecorderDependencies, envelope: RequestEnvelope, userId: string): Promise<string> {
  const recent = timeZoneMemory(deps);
  const device = usable(await deviceTimeZone(deps, envelope));
  if (device) {
    recent.remember(userId, device);
    return device;
  }
  deps.logger.debug('device time zone unavailable, using the last known one');
  const remembered = recent.get(userId);
  if (remembered) return remembered;
  try {
    const history = requestScope(envelope).history ?? (await readHistory(deps, envelope, userId));
    const stored = usable(history.timeZone);
    if (stored) {
      recent.remember(userId, stored);
      return stored;
    }
  } catch (error) {
    deps.logger.warn('last known time zone unavailable', { user: pseudonym(userId), error });
  }
  return FALLBACK_TIME_ZONE;
}

/** The user's time zone for anything scheduled at their local time: as practices are counted. */
export async function userTimeZone(deps: RecorderDependencies, envelope: RequestEnvelope): Promise<string> {
  const userId = userIdOf(envelope);
  if (userId) return practiceTimeZone(deps, envelope, userId);
  return usable(await deviceTimeZone(deps, envelope)) ?? FALLBACK_TIME_ZONE;
}

export interface RecordedSession {
  /** The user's local calendar day the session counted for (UTC when nothing better is known). */
  readonly localDay: string;
  /** The hour of the day (0-23) at the user, in the same zone as `localDay`. */
  readonly localHour: number;
  readonly milestoneDays?: number;
  /** The saved preferences, as the recording read them or this container remembers them. */
  readonly preferences?: Preferences;
}

/** A session planned on the user's saved preferences, and what to record of it. */
export interface PlannedSession<P> {
  readonly plan: P;
  readonly session: PracticeSession;
  /** The saved preferences the plan read; none for a session that is the same whatever is saved. */
  readonly consulted: readonly PreferenceField[];
}

/** Records a delivered session that no saved preference shapes. */
export async function recordSession(
  deps: RecorderDependencies,
  envelope: RequestEnvelope,
  session: PracticeSession,
  whileRecording?: (expected: RecordedSession) => void,
): Promise<RecordedSession> {
  const planOn = () => ({ plan: undefined, session, consulted: [] });
  return (await recordPlannedSession(deps, envelope, planOn, whileRecording && ((_, expected) => whileRecording(expected)))).recorded;
}

/**
 * Plans a session on the user's saved preferences and records it, in one round trip when this
 * container knows them: the plan is made on what the container remembers (a user it has not seen
 * is taken to have saved none), and the table records it only while the preferences the plan read
 * are still saved so. When they are not, the refusal carries the saved ones; the session is
 * planned again on those and recorded. Returns the plan delivered, the local day and the milestone
 * reached, if any. A retried request is not counted again and celebrates nothing.
 *
 * `whileRecording` is given the plan and the outcome expected (no milestone, the preferences
 * planned on) once the write is on the wire, so the caller can prepare the speech while the
 * table works; it is skipped when the write has returned first.
 */
export async function recordPlannedSession<P>(
  deps: RecorderDependencies,
  envelope: RequestEnvelope,
  planOn: (preferences: Preferences) => PlannedSession<P>,
  whileRecording?: (plan: P, expected: RecordedSession) => void,
): Promise<{ readonly plan: P; readonly recorded: RecordedSession }> {
  const userId = userIdOf(envelope);
  const instant = requestInstant(envelope);
  const memory = preferencesMemory(deps);
  let preferences = userId === undefined ? undefined : memory.get(userId);
  let planned = planOn(preferences ?? {});
  // One wall-clock reading gives both the day and the hour: Intl formatting is the costly part.
  let clock = wallClock(instant, FALLBACK_TIME_ZONE);
  const result = (extra: Partial<RecordedSession> = {}) => ({
    plan: planned.plan,
    recorded: { localDay: clock.day, localHour: clock.hour, ...(preferences ? { preferences } : {}), ...extra },
  });
  if (!userId) {
    deps.logger.warn('practice not recorded: request has no user');
    return result();
  }
  try {
    const timeZone = await practiceTimeZone(deps, envelope, userId);
    clock = wallClock(instant, timeZone);
    const day = clock.day;
    const planOnSaved = (saved: Preferences) => {
      preferences = saved;
      memory.remember(userId, saved);
      planned = planOn(saved);
    };
    // When the lookup failed the table was read for the last zone: its preferences are the ones saved.
    const read = requestScope(envelope).history;
    if (preferences === undefined && read) planOnSaved(read.preferences);
    const record = (assumedPreferences?: AssumedPreferences) =>
      fromTable(envelope, () => deps.store.recordPractice(userId, {
        requestId: envelope.request?.requestId || randomUUID(),
        requestedAt: instant.toISOString(),
        technique: planned.session.technique,
        minutes: planned.session.minutes,
        localDay: day,
        timeZone,
        ...(assumedPreferences ? { assumedPreferences } : {}),
      }));
    const writing = record(planned.consulted.length > 0 ? { fields: planned.consulted, values: preferences ?? {} } : undefined);
    if (whileRecording) meanwhile(writing, () => whileRecording(planned.plan, result().recorded));
    let outcome = await writing;
    if (!outcome.counted && outcome.reason === 'preferences-changed') {
      planOnSaved(outcome.preferences);
      // Planned on what the table just said; a change within this moment is not chased again.
      outcome = await record();
    }
    if (!outcome.counted) {
      // A retry guides what the first attempt guided: the session planned on the saved preferences.
      if (outcome.preferences) planOnSaved(outcome.preferences);
      deps.logger.debug('practice already recorded', { user: pseudonym(userId), reason: outcome.reason });
      return result();
    }
    preferences = outcome.after.preferences;
    memory.remember(userId, preferences);
    const milestoneDays = milestoneReached(outcome.before.days, outcome.after.days, day);
    deps.logger.debug('practice recorded', { user: pseudonym(userId), technique: planned.session.technique, milestoneDays });
    return milestoneDays === undefined ? result() : result({ milestoneDays });
  } catch (error) {
    deps.logger.error('practice not recorded', { user: pseudonym(userId), error });
    return result();
  }
}

/**
 * Runs `work` once the SDK has put the request on the wire (its steps are promise callbacks,
 * which all run before an immediate), unless the call has settled by then. The work only
 * prepares what the request will need; if it throws, the request works it out again itself.
 */
function meanwhile(call: Promise<unknown>, work: () => void): void {
  let settled = false;
  call.then(
    () => (settled = true),
    () => (settled = true),
  );
  setImmediate(() => {
    if (settled) return;
    try {
      work();
    } catch {
      // Prepared again, and reported, on the request's own path.
    }
  });
}

/**
 * The user's practice so far, as of their calendar's today: one table read, with the device zone
 * looked up at the same time. Throws when the table cannot be read.
 */
async function currentSummary(deps: RecorderDependencies, envelope: RequestEnvelope, userId: string): Promise<PracticeSummary> {
  const [device, history] = await Promise.all([deviceTimeZone(deps, envelope), readHistory(deps, envelope, userId)]);
  const recent = timeZoneMemory(deps);
  const known = usable(device) ?? usable(history.timeZone);
  if (known) recent.remember(userId, known);
  const timeZone = known ?? recent.get(userId) ?? FALLBACK_TIME_ZONE;
  preferencesMemory(deps).remember(userId, history.preferences);
  return summarisePractice(history, localDay(requestInstant(envelope), timeZone));
}

/** The spoken practice summary, or a short apology when the history cannot be read. */
export async function speakSummary(deps: RecorderDependencies, envelope: RequestEnvelope): Promise<string> {
  const userId = userIdOf(envelope);
  if (!userId) return NO_HISTORY_SPEECH;
  try {
    return summarySpeech(await currentSummary(deps, envelope, userId));
  } catch (error) {
    deps.logger.error('practice summary unavailable', { user: pseudonym(userId), error });
    return STORE_UNAVAILABLE_APOLOGY;
  }
}

/** A few words about the user's streak for Launch; undefined when there is none or on any failure. */
export async function launchGreeting(deps: RecorderDependencies, envelope: RequestEnvelope): Promise<string | undefined> {
  const userId = userIdOf(envelope);
  if (!userId) return undefined;
  try {
    return launchGreetingSpeech(await currentSummary(deps, envelope, userId));
  } catch (error) {
    deps.logger.warn('launch greeting without streak', { user: pseudonym(userId), error });
    return undefined;
  }
}

/** Deletes everything stored for the user; true when it is gone. */
export async function forgetUser(deps: RecorderDependencies, envelope: RequestEnvelope): Promise<boolean> {
  const userId = userIdOf(envelope);
  if (!userId) return false;
  try {
    await fromTable(envelope, () => deps.store.forgetUser(userId));
    preferencesMemory(deps).forget(userId);
    deps.logger.info('practice history deleted', { user: pseudonym(userId) });
    return true;
  } catch (error) {
    deps.logger.error('practice history not deleted', { user: pseudonym(userId), error });
    return false;
  }
}

/** Replaces the user's preferences (`{}` resets them); false when they could not be saved. */
export async function savePreferences(
  deps: RecorderDependencies,
  envelope: RequestEnvelope,
  preferences: Preferences,
): Promise<boolean> {
  const userId = userIdOf(envelope);
  if (!userId) return false;
  try {
    await fromTable(envelope, () => deps.store.savePreferences(userId, preferences));
    preferencesMemory(deps).remember(userId, preferences);
    return true;
  } catch (error) {
    deps.logger.error('preferences not saved', { user: pseudonym(userId), error });
    return false;
  }
}

/**
 * Changes the preferences given and keeps the others, in one write; answers all of them as now
 * saved, or undefined when they could not be saved.
 */
export async function updatePreferences(
  deps: RecorderDependencies,
  envelope: RequestEnvelope,
  change: Preferences,
): Promise<Preferences | undefined> {
  const userId = userIdOf(envelope);
  if (!userId) return undefined;
  try {
    const preferences = await fromTable(envelope, () => deps.store.updatePreferences(userId, change));
    preferencesMemory(deps).remember(userId, preferences);
    return preferences;
  } catch (error) {
    deps.logger.error('preferences not saved', { user: pseudonym(userId), error });
    return undefined;
  }
}
