/** What Steady says during progressive muscle relaxation. Plain sentences; the renderer escapes them. */

export const PMR_INTRODUCTION =
  "Let's relax your body, one part at a time. Get comfortable, and close your eyes if you like. When I say now, tense the part I name, firmly but never to the point of pain. When I say release, let it all go.";

/** The safety reminder, said before any muscle is tensed. */
export const PMR_SAFETY =
  'If any part of you is painful or injured, never tense it. Just let that part rest while we go on.';

/** Said on "now": the tension starts here, and the words keep it held. */
export const TENSE_CUES: readonly string[] = ['Now. Hold it, hold it.', 'Now. Hold the tension.', 'Now. Hold it there.'];

/** Said when the tension ends. */
export const RELEASE_CUE = 'And release.';

/** Calm words for the release, a few seconds after "and release"; taken in turn. */
export const CALM_PHRASES: readonly string[] = [
  'Let it go loose and heavy.',
  'Notice the difference between tension and ease.',
  'Let the calm spread.',
  'Feel the warmth as the muscles soften.',
  'Breathe out, and let it sink.',
  'Enjoy the feeling of letting go.',
];

export const BODY_CHECK =
  'Now scan your body, from your feet up to your head. Notice where any tension remains, and let it soften as you breathe out.';
export const AFTER_BODY_CHECK = 'Notice how your body feels now, heavy, warm and calm.';

export const PMR_CLOSE = "Well done. When you're ready, open your eyes, and move slowly.";
