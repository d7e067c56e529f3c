/**
 * The kinds of practice Steady counts. A session is counted by what the person did, never by what
 * brought them to it: breathing through a panic is breathing, answering an anxious thought is
 * reflection. Only these names are ever kept or logged.
 */
export const PRACTICE_KINDS = ['breathing', 'relaxation', 'grounding', 'reflection', 'bedtime'] as const;

export type PracticeKind = (typeof PRACTICE_KINDS)[number];

/** Sessions per kind of practice. */
export type PracticeCounts = Readonly<Partial<Record<PracticeKind, number>>>;

/**
 * The kind of each session the guidance builds, by its Timeline's practice id, and of the ids
 * earlier layouts kept as counters (`techniques.panic`, `t_reframe`), so old items fold into kinds.
 */
const KIND_OF_SESSION: Readonly<Record<string, PracticeKind>> = {
  calm: 'breathing',
  box: 'breathing',
  '478': 'breathing',
  resonance: 'breathing',
  sigh: 'breathing',
  belly: 'breathing',
  panic: 'breathing',
  pmr: 'relaxation',
  grounding: 'grounding',
  reframe: 'reflection',
  'i-statement': 'reflection',
  bedtime: 'bedtime',
};

export function isPracticeKind(name: string): name is PracticeKind {
  return (PRACTICE_KINDS as readonly string[]).includes(name);
}

/** The kind a session counts as; undefined for an id Steady does not know (counted, not named). */
export function practiceKindOf(sessionPractice: string): PracticeKind | undefined {
  if (isPracticeKind(sessionPractice)) return sessionPractice;
  return Object.hasOwn(KIND_OF_SESSION, sessionPractice) ? KIND_OF_SESSION[sessionPractice] : undefined;
}
