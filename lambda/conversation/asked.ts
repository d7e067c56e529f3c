import * as v from 'valibot';
import { MAX_TIMER_MINUTES } from '../alexa/timers';

/** The questions asked without parameters: their key says all there is to say again. */
const WITHOUT_PARAMETERS = [
  'what-would-you-like',
  'help',
  'not-understood',
  'feeling-unclear',
  'how-did-it-go',
  'what-now',
  'forget',
  'practise',
  'another-round',
  'crisis-number',
] as const;

/** A stretch on your own, in whole minutes, as long as a timer may run. */
const STRETCH_MINUTES = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_TIMER_MINUTES));

/**
 * What Steady last asked, by key and parameters, never by its words: "repeat" says it again
 * from here, and a yes or no answers it. Kept in the session attributes, so it is read back as
 * untrusted: only a key from this closed set, with exactly its parameters, each in range, is taken.
 */
export const ASKED = v.variant('question', [
  v.strictObject({ question: v.picklist(WITHOUT_PARAMETERS) }),
  v.strictObject({ question: v.literal('time-apart'), lastMinutes: STRETCH_MINUTES, nextMinutes: STRETCH_MINUTES }),
]);

/** What Steady last asked, as `ASKED` reads it back. */
export type Asked = Readonly<v.InferOutput<typeof ASKED>>;

/** The questions a plain yes or no answers. */
export type PendingQuestion = Extract<Asked['question'], 'forget' | 'practise' | 'another-round' | 'time-apart' | 'crisis-number'>;

const YES_OR_NO: ReadonlySet<string> = new Set<PendingQuestion>(['forget', 'practise', 'another-round', 'time-apart', 'crisis-number']);

/** The question a yes or no would answer now, if the last thing Steady asked was one. */
export function pendingOf(asked: Asked | undefined): PendingQuestion | undefined {
  return asked !== undefined && YES_OR_NO.has(asked.question) ? (asked.question as PendingQuestion) : undefined;
}
