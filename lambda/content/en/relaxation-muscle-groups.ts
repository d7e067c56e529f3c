/**
 * The muscle groups of progressive muscle relaxation in English, by version (the full 16, and the
 * 7 and 4 that combine them): what each is called in tests and logs, and its instruction. Which
 * groups a version works, and in what order, is lambda/guidance/pmr/muscle-groups.ts.
 *
 * An instruction names the part and how it will be tensed, said before the "now" cue: as
 * something about to happen ("Get ready to…", "In a moment, you'll…"), never as a command, and
 * never with the word "now", so nobody starts to tense before the cue. "Dominant" is the side the
 * user writes with; Steady cannot know which, so it says so.
 */
export const muscleGroups = {
  sixteen: {
    dominantHand: {
      name: 'dominant hand and forearm',
      instruction: 'Start with your dominant hand, the one you write with. Get ready to make a tight fist.',
    },
    dominantBiceps: {
      name: 'dominant biceps',
      instruction: "Next, the upper arm on that side. In a moment, you'll bend the elbow and tighten the arm.",
    },
    otherHand: { name: 'non-dominant hand and forearm', instruction: 'Next, your other hand. Get ready to make a tight fist.' },
    otherBiceps: {
      name: 'non-dominant biceps',
      instruction: "Next, the upper arm on that side. In a moment, you'll bend the elbow and tighten the arm.",
    },
    forehead: { name: 'forehead', instruction: 'Next, your forehead. Get ready to raise your eyebrows as high as they go.' },
    eyesAndNose: {
      name: 'eyes and nose',
      instruction: "Next, your eyes and nose. In a moment, you'll squeeze your eyes shut and wrinkle your nose.",
    },
    cheeksAndJaw: {
      name: 'cheeks and jaw',
      instruction: 'Next, your cheeks and jaw. Get ready to bite down gently and pull back the corners of your mouth.',
    },
    neck: {
      name: 'neck and throat',
      instruction: "Next, your neck. In a moment, you'll pull your chin toward your chest, without letting it touch.",
    },
    chestAndBack: {
      name: 'chest, shoulders and upper back',
      instruction: 'Next, your chest, shoulders and upper back. Get ready to take a deep breath and pull your shoulder blades together.',
    },
    abdomen: { name: 'abdomen', instruction: "Next, your stomach. In a moment, you'll make it firm, as if bracing for a gentle push." },
    dominantThigh: { name: 'dominant thigh', instruction: 'Next, your dominant leg. Get ready to tighten the muscles of your thigh.' },
    dominantCalf: {
      name: 'dominant calf',
      instruction: "Next, the calf on that side. In a moment, you'll pull your toes up toward your face.",
    },
    dominantFoot: { name: 'dominant foot', instruction: 'Next, that foot. Get ready to point it down and gently curl your toes.' },
    otherThigh: {
      name: 'non-dominant thigh',
      instruction: "Next, your other leg. In a moment, you'll tighten the muscles of your thigh.",
    },
    otherCalf: { name: 'non-dominant calf', instruction: 'Next, the calf on that side. Get ready to pull your toes up toward your face.' },
    otherFoot: { name: 'non-dominant foot', instruction: "Next, that foot. In a moment, you'll point it down and gently curl your toes." },
  },
  seven: {
    dominantArm: {
      name: 'dominant arm',
      instruction: 'Start with your dominant arm, the one you write with. Get ready to make a fist and bend the arm, to tighten it all.',
    },
    otherArm: {
      name: 'non-dominant arm',
      instruction: "Next, your other arm. In a moment, you'll make a fist and bend the arm, to tighten it all.",
    },
    face: { name: 'face', instruction: 'Next, your face. Get ready to raise your eyebrows, squeeze your eyes shut, and bite down gently.' },
    neck: {
      name: 'neck',
      instruction: "Next, your neck. In a moment, you'll pull your chin toward your chest, without letting it touch.",
    },
    trunk: {
      name: 'chest, shoulders, back and abdomen',
      instruction:
        'Next, your chest, back and stomach. Get ready to take a deep breath, pull your shoulder blades together, and make your stomach firm.',
    },
    dominantLeg: {
      name: 'dominant leg',
      instruction: "Next, your dominant leg. In a moment, you'll straighten it and pull your toes up toward your face.",
    },
    otherLeg: {
      name: 'non-dominant leg',
      instruction: 'Next, your other leg. Get ready to straighten it and pull your toes up toward your face.',
    },
  },
  four: {
    arms: { name: 'both arms', instruction: 'Start with both arms. Get ready to make fists and bend your arms, to tighten them.' },
    faceAndNeck: {
      name: 'face and neck',
      instruction: "Next, your face and neck. In a moment, you'll scrunch up your face and pull your chin toward your chest.",
    },
    trunk: {
      name: 'chest, shoulders, back and abdomen',
      instruction:
        'Next, your chest, back and stomach. Get ready to take a deep breath, pull your shoulders back, and make your stomach firm.',
    },
    legs: {
      name: 'both legs and feet',
      instruction: "Last, both legs. In a moment, you'll straighten them and pull your toes up toward your face.",
    },
  },
};
