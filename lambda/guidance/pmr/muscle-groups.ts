/**
 * The muscle groups of progressive muscle relaxation after Bernstein and Borkovec, in the order
 * they are worked: the full 16, and the shorter 7- and 4-group versions that combine them.
 * "Dominant" is the side the user writes with; Steady cannot know which, so it says so.
 */

export interface MuscleGroup {
  /** What the group is called in tests and logs. */
  readonly name: string;
  /**
   * Which part, and how it will be tensed, said before the "now" cue: as something about to happen
   * ("Get ready to…", "In a moment, you'll…"), never as a command, and never with the word "now",
   * so nobody starts to tense before the cue. Gentle enough for anyone.
   */
  readonly instruction: string;
  /** Works a calf or a foot, which cramp easily: the first such group is preceded by a caution. */
  readonly crampProne?: boolean;
}

const group = (name: string, instruction: string, crampProne = false): MuscleGroup =>
  crampProne ? { name, instruction, crampProne } : { name, instruction };

export const SIXTEEN_GROUPS: readonly MuscleGroup[] = [
  group('dominant hand and forearm', 'Start with your dominant hand, the one you write with. Get ready to make a tight fist.'),
  group('dominant biceps', "Next, the upper arm on that side. In a moment, you'll bend the elbow and tighten the arm."),
  group('non-dominant hand and forearm', 'Next, your other hand. Get ready to make a tight fist.'),
  group('non-dominant biceps', "Next, the upper arm on that side. In a moment, you'll bend the elbow and tighten the arm."),
  group('forehead', 'Next, your forehead. Get ready to raise your eyebrows as high as they go.'),
  group('eyes and nose', "Next, your eyes and nose. In a moment, you'll squeeze your eyes shut and wrinkle your nose."),
  group('cheeks and jaw', 'Next, your cheeks and jaw. Get ready to bite down gently and pull back the corners of your mouth.'),
  group('neck and throat', "Next, your neck. In a moment, you'll pull your chin toward your chest, without letting it touch."),
  group(
    'chest, shoulders and upper back',
    'Next, your chest, shoulders and upper back. Get ready to take a deep breath and pull your shoulder blades together.',
  ),
  group('abdomen', "Next, your stomach. In a moment, you'll make it firm, as if bracing for a gentle push."),
  group('dominant thigh', 'Next, your dominant leg. Get ready to tighten the muscles of your thigh.'),
  group('dominant calf', "Next, the calf on that side. In a moment, you'll pull your toes up toward your face.", true),
  group('dominant foot', 'Next, that foot. Get ready to point it down and gently curl your toes.', true),
  group('non-dominant thigh', "Next, your other leg. In a moment, you'll tighten the muscles of your thigh."),
  group('non-dominant calf', 'Next, the calf on that side. Get ready to pull your toes up toward your face.', true),
  group('non-dominant foot', "Next, that foot. In a moment, you'll point it down and gently curl your toes.", true),
];

export const SEVEN_GROUPS: readonly MuscleGroup[] = [
  group(
    'dominant arm',
    'Start with your dominant arm, the one you write with. Get ready to make a fist and bend the arm, to tighten it all.',
  ),
  group('non-dominant arm', "Next, your other arm. In a moment, you'll make a fist and bend the arm, to tighten it all."),
  group('face', 'Next, your face. Get ready to raise your eyebrows, squeeze your eyes shut, and bite down gently.'),
  group('neck', "Next, your neck. In a moment, you'll pull your chin toward your chest, without letting it touch."),
  group(
    'chest, shoulders, back and abdomen',
    'Next, your chest, back and stomach. Get ready to take a deep breath, pull your shoulder blades together, and make your stomach firm.',
  ),
  group('dominant leg', "Next, your dominant leg. In a moment, you'll straighten it and pull your toes up toward your face.", true),
  group('non-dominant leg', 'Next, your other leg. Get ready to straighten it and pull your toes up toward your face.', true),
];

export const FOUR_GROUPS: readonly MuscleGroup[] = [
  group('both arms', 'Start with both arms. Get ready to make fists and bend your arms, to tighten them.'),
  group('face and neck', "Next, your face and neck. In a moment, you'll scrunch up your face and pull your chin toward your chest."),
  group(
    'chest, shoulders, back and abdomen',
    'Next, your chest, back and stomach. Get ready to take a deep breath, pull your shoulders back, and make your stomach firm.',
  ),
  group('both legs and feet', "Last, both legs. In a moment, you'll straighten them and pull your toes up toward your face.", true),
];
