import type { RequestEnvelope } from 'ask-sdk-model';
import type { CallOptions } from './call-options';
import type { AudioDependencies } from './playback/playback';
import type { Logger } from './logger';
import type { OwnTimeStore } from './store/own-time-store';
import type { PracticeStore } from './store/practice-store';
import type { RemindersClient } from './alexa/reminders';
import type { TimersClient } from './alexa/timers';

/** Finds the IANA time zone of the device that sent a request; undefined when it cannot. */
export interface TimeZoneLookup {
  timeZoneFor(envelope: RequestEnvelope, options?: CallOptions): Promise<string | undefined>;
  /** Drops what the lookup remembers about the request's device ("forget my history"). */
  forget?(envelope: RequestEnvelope): void;
}

/**
 * Everything the skill talks to, passed in so tests and the local runner use real parts. What a
 * container keeps between requests lives only in these (the time zone lookup's per-device
 * memory); nothing in lambda/ is cached at module level.
 */
export interface SkillDependencies {
  readonly store: PracticeStore;
  /** Time on your own: its own item, beside the practice record. */
  readonly ownTime: OwnTimeStore;
  readonly timeZones: TimeZoneLookup;
  /** Alexa's Reminders and Timers APIs; each call carries the request's own endpoint and token. */
  readonly reminders: RemindersClient;
  readonly timers: TimersClient;
  readonly logger: Logger;
  /**
   * The deployment's secret (the stack creates it), which seals what Steady hands the device to
   * bring back: session attributes and playback tokens. Tests and the local runner use their own.
   */
  readonly signingKey: string;
  /** When set, requests from any other skill id are refused. */
  readonly skillId?: string;
  /** Where the rendered tracks are served; without it every session is spoken. */
  readonly audio?: AudioDependencies;
  /** The function's own time; the system clock unless a test or the local runner sets one. */
  readonly clock?: () => Date;
  /** Tags ids for the logs (see `pseudonyms` in logger.ts); a per-container salt when absent. */
  readonly pseudonym?: (id: string | undefined) => string | undefined;
}
