import type { PracticeKind } from '../practice/practice-kind';

/** How each kind of practice is named in speech, after "your favourite is". */
export const PRACTICE_KIND_NAMES: Readonly<Record<PracticeKind, string>> = {
  breathing: 'breathing',
  relaxation: 'muscle relaxation',
  grounding: 'grounding',
  reflection: 'reflecting on a thought',
  bedtime: 'the bedtime wind-down',
};
