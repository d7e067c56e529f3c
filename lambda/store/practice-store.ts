import type { AssumedPreferences, Preferences } from '../practice/preferences';

/** One guided session delivered to the user. */
export interface Practice {
  /** The Alexa request id: a retried request must never count twice. */
  readonly requestId: string;
  /** Alexa's timestamp of the request, ISO 8601; a retry carries the same one. */
  readonly requestedAt: string;
  /** The practice, for example `calm`, `box`, `pmr`, `grounding`, `bedtime`. */
  readonly technique: string;
  readonly minutes: number;
  /** The user's local calendar day, `YYYY-MM-DD`, in `timeZone`. */
  readonly localDay: string;
  readonly timeZone: string;
  /** When the session was planned on saved preferences: record it only if they still hold. */
  readonly assumedPreferences?: AssumedPreferences;
}

/** Everything Steady keeps about one user. */
export interface PracticeHistory {
  /** Local days practised, `YYYY-MM-DD`, sorted ascending, no duplicates. */
  readonly days: readonly string[];
  readonly sessions: number;
  readonly minutes: number;
  /** Sessions per technique. */
  readonly techniques: Readonly<Record<string, number>>;
  /** The last time zone known for the user. */
  readonly timeZone?: string;
  readonly preferences: Preferences;
}

export const EMPTY_HISTORY: PracticeHistory = {
  days: [],
  sessions: 0,
  minutes: 0,
  techniques: {},
  preferences: {},
};

export type RecordOutcome =
  | { readonly counted: true; readonly before: PracticeHistory; readonly after: PracticeHistory }
  /** Nothing recorded: this request was counted already. The saved preferences, when the table said. */
  | { readonly counted: false; readonly reason: 'duplicate-request'; readonly preferences?: Preferences }
  /** Nothing recorded: the saved preferences were not those assumed. These are the saved ones. */
  | { readonly counted: false; readonly reason: 'preferences-changed'; readonly preferences: Preferences };

/**
 * The practice table. Each method is one DynamoDB round trip; only a recording refused without
 * the item (dynalite never returns it; DynamoDB does not when there is no item) reads once more,
 * to tell a retry from changed preferences. Failures are thrown as `StoreUnavailableError` so
 * callers can decide to carry on without the table.
 */
export interface PracticeStore {
  recordPractice(userId: string, practice: Practice): Promise<RecordOutcome>;
  readHistory(userId: string): Promise<PracticeHistory>;
  savePreferences(userId: string, preferences: Preferences): Promise<void>;
  /** Sets the preferences given and keeps the others; answers all of them as now saved. */
  updatePreferences(userId: string, change: Preferences): Promise<Preferences>;
  forgetUser(userId: string): Promise<void>;
}

export class StoreUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}
