import { MAX_TIMER_MINUTES } from '../alexa/timers';

/**
 * What Steady last asked, by key and parameters, never by its words: "repeat" says it again
 * from here, and a yes or no answers it. Kept in the session attributes, so it is read back as
 * untrusted: only a key from this closed set, with parameters in range, is taken.
 */
export type Asked =
  | { readonly question: 'what-would-you-like' }
  | { readonly question: 'help' }
  | { readonly question: 'not-understood' }
  | { readonly question: 'feeling-unclear' }
  | { readonly question: 'how-did-it-go' }
  | { readonly question: 'what-now' }
  | { readonly question: 'forget' }
  | { readonly question: 'practise' }
  | { readonly question: 'another-round' }
  | { readonly question: 'time-apart'; readonly lastMinutes: number; readonly nextMinutes: number }
  | { readonly question: 'crisis-number' };

/** The questions a plain yes or no answers. */
export type PendingQuestion = Extract<Asked['question'], 'forget' | 'practise' | 'another-round' | 'time-apart' | 'crisis-number'>;

const YES_OR_NO: ReadonlySet<string> = new Set<PendingQuestion>(['forget', 'practise', 'another-round', 'time-apart', 'crisis-number']);
const WITHOUT_PARAMETERS: ReadonlySet<string> = new Set<Asked['question']>([
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
]);

/** The question a yes or no would answer now, if the last thing Steady asked was one. */
export function pendingOf(asked: Asked | undefined): PendingQuestion | undefined {
  return asked !== undefined && YES_OR_NO.has(asked.question) ? (asked.question as PendingQuestion) : undefined;
}

const stretchMinutes = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_TIMER_MINUTES;

/** The question `value` names, or undefined for anything Steady does not ask. */
export function askedFrom(value: unknown): Asked | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { question, ...parameters } = value as Record<string, unknown>;
  if (typeof question !== 'string') return undefined;
  if (WITHOUT_PARAMETERS.has(question)) return Object.keys(parameters).length === 0 ? ({ question } as Asked) : undefined;
  if (question === 'time-apart') {
    const { lastMinutes, nextMinutes, ...rest } = parameters;
    if (Object.keys(rest).length > 0 || !stretchMinutes(lastMinutes) || !stretchMinutes(nextMinutes)) return undefined;
    return { question, lastMinutes, nextMinutes };
  }
  return undefined;
}
