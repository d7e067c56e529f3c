import type { RequestEnvelope } from 'ask-sdk-model';
import type { AudioDependencies } from './audio/playback';
import type { Logger } from './logger';
import type { OwnTimeStore } from './store/own-time-store';
import type { PracticeStore } from './store/practice-store';

/** Finds the IANA time zone of the device that sent a request; undefined when it cannot. */
export interface TimeZoneLookup {
  timeZoneFor(envelope: RequestEnvelope): Promise<string | undefined>;
}

/** Everything the skill talks to, passed in so tests and the local runner use real parts. */
export interface SkillDependencies {
  readonly store: PracticeStore;
  /** Time on your own: its own item, beside the practice record. */
  readonly ownTime: OwnTimeStore;
  readonly timeZones: TimeZoneLookup;
  readonly logger: Logger;
  /** When set, requests from any other skill id are refused. */
  readonly skillId?: string;
  /** Where the rendered tracks are served; without it every session is spoken. */
  readonly audio?: AudioDependencies;
}
