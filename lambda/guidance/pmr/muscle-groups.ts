/**
 * The muscle groups of progressive muscle relaxation after Bernstein and Borkovec, in the order
 * they are worked: the full 16, and the shorter 7- and 4-group versions that combine them.
 * "Dominant" is the side the user writes with; Steady cannot know which, so it says so.
 */

export interface MuscleGroup {
  /** What the group is called in tests and logs. */
  readonly name: string;
  /** How to tense it, said before the "now" cue. Every instruction is gentle enough for anyone. */
  readonly instruction: string;
  /** Works a calf or a foot, which cramp easily: the first such group is preceded by a caution. */
  readonly crampProne?: boolean;
}

const group = (name: string, instruction: string, crampProne = false): MuscleGroup =>
  crampProne ? { name, instruction, crampProne } : { name, instruction };

export const SIXTEEN_GROUPS: readonly MuscleGroup[] = [
  group('dominant hand and forearm', 'Start with your dominant hand, the one you write with. Make a tight fist.'),
  group('dominant biceps', 'Next, bend that arm at the elbow, and tighten your upper arm.'),
  group('non-dominant hand and forearm', 'Next, your other hand. Make a tight fist.'),
  group('non-dominant biceps', 'Bend that arm at the elbow, and tighten your upper arm.'),
  group('forehead', 'Next, your forehead. Raise your eyebrows as high as they go.'),
  group('eyes and nose', 'Squeeze your eyes shut, and wrinkle your nose.'),
  group('cheeks and jaw', 'Bite down gently, and pull back the corners of your mouth.'),
  group('neck and throat', 'Pull your chin down toward your chest, without letting it touch.'),
  group('chest, shoulders and upper back', 'Take a deep breath, and pull your shoulder blades together.'),
  group('abdomen', 'Next, make your stomach firm, as if bracing for a gentle push.'),
  group('dominant thigh', 'Next, your dominant leg. Tighten the muscles of your thigh.'),
  group('dominant calf', 'Pull the toes of that foot up toward your face.', true),
  group('dominant foot', 'Point that foot down, and gently curl your toes.', true),
  group('non-dominant thigh', 'Next, your other leg. Tighten the muscles of your thigh.'),
  group('non-dominant calf', 'Pull the toes of that foot up toward your face.', true),
  group('non-dominant foot', 'Point that foot down, and gently curl your toes.', true),
];

export const SEVEN_GROUPS: readonly MuscleGroup[] = [
  group('dominant arm', 'Start with your dominant arm, the one you write with. Make a fist, and bend your arm to tighten it all.'),
  group('non-dominant arm', 'Next, your other arm. Make a fist, and bend your arm to tighten it all.'),
  group('face', 'Next, your face. Raise your eyebrows, squeeze your eyes shut, and bite down gently.'),
  group('neck', 'Pull your chin down toward your chest, without letting it touch.'),
  group('chest, shoulders, back and abdomen', 'Take a deep breath, pull your shoulder blades together, and make your stomach firm.'),
  group('dominant leg', 'Next, your dominant leg. Straighten it, and pull your toes up toward your face.', true),
  group('non-dominant leg', 'Next, your other leg. Straighten it, and pull your toes up toward your face.', true),
];

export const FOUR_GROUPS: readonly MuscleGroup[] = [
  group('both arms', 'Start with both arms. Make fists, and bend your arms to tighten them.'),
  group('face and neck', 'Next, your face and neck. Scrunch up your face, and pull your chin toward your chest.'),
  group('chest, shoulders, back and abdomen', 'Take a deep breath, pull your shoulders back, and make your stomach firm.'),
  group('both legs and feet', 'Now both legs. Straighten them, and pull your toes up toward your face.', true),
];
