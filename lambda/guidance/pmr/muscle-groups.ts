/**
 * The muscle groups of progressive muscle relaxation after Bernstein and Borkovec, in the order
 * they are worked: the full 16, and the shorter 7- and 4-group versions that combine them. Their
 * names and instructions are the words' (`relaxation.muscleGroups`); which parts, in what order,
 * and which cramp easily, are the practice's, here.
 */
import type { Words } from '../../content/words';

export interface MuscleGroup {
  /** What the group is called in tests and logs. */
  readonly name: string;
  /**
   * Which part, and how it will be tensed, said before the "now" cue: as something about to happen,
   * never as a command, and never with the word "now", so nobody starts to tense before the cue.
   */
  readonly instruction: string;
  /** Works a calf or a foot, which cramp easily: the first such group is preceded by a caution. */
  readonly crampProne?: boolean;
}

type Groups = Words['relaxation']['muscleGroups'];

/** The 16 groups, or the 7 or 4 that combine them. */
export type GroupVersion = keyof Groups;

const PARTS = {
  sixteen: [
    'dominantHand',
    'dominantBiceps',
    'otherHand',
    'otherBiceps',
    'forehead',
    'eyesAndNose',
    'cheeksAndJaw',
    'neck',
    'chestAndBack',
    'abdomen',
    'dominantThigh',
    'dominantCalf',
    'dominantFoot',
    'otherThigh',
    'otherCalf',
    'otherFoot',
  ],
  seven: ['dominantArm', 'otherArm', 'face', 'neck', 'trunk', 'dominantLeg', 'otherLeg'],
  four: ['arms', 'faceAndNeck', 'trunk', 'legs'],
} as const satisfies { readonly [V in GroupVersion]: readonly (keyof Groups[V])[] };

/** Parts that work a calf or a foot. */
const CRAMP_PRONE: ReadonlySet<string> = new Set([
  'dominantCalf',
  'dominantFoot',
  'otherCalf',
  'otherFoot',
  'dominantLeg',
  'otherLeg',
  'legs',
]);

/** A version's groups in the order they are worked, in the words given. */
export function muscleGroups(words: Words, version: GroupVersion): readonly MuscleGroup[] {
  const said = words.relaxation.muscleGroups[version] as Readonly<Record<string, { readonly name: string; readonly instruction: string }>>;
  return PARTS[version].map((part: string) => {
    const { name, instruction } = said[part]!;
    return CRAMP_PRONE.has(part) ? { name, instruction, crampProne: true } : { name, instruction };
  });
}
