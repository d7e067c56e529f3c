/**
 * What Steady says during progressive muscle relaxation, in English. Plain sentences; the renderer
 * escapes them. Which version is said on which day, and every pause, is decided in
 * lambda/guidance/pmr.
 */
import { muscleGroups } from './relaxation-muscle-groups';

/** The two ways an instruction says what is coming; on alternate days each is said as the other. */
const GET_READY = 'Get ready to ';
const IN_A_MOMENT = "In a moment, you'll ";

export const relaxation = {
  /** Breathe first: one slow breath opens the session, before anything is explained. */
  firstBreath: { inhale: 'Breathe in, slowly', exhale: 'And out' },

  /**
   * Settling first, as Bernstein and Borkovec begin: a supported posture, and the eyes closed only
   * if the user likes. One version a day, like the other framing words below.
   */
  settlings: [
    'First, settle into a comfortable position, sitting or lying down, with your body supported. Close your eyes if you like, or let your gaze rest on one spot.',
    'First, find a position where your whole body is supported, in a chair or lying down. You can close your eyes, or keep them resting on one spot.',
    'To begin, get comfortable, sitting or lying, and let the chair or the floor take your weight. Close your eyes if that feels right, or soften your gaze.',
  ],

  introductions: [
    "Let's relax your body, one part at a time. When I say now, tense the part I name, firmly but never to the point of pain. When I say relax, let it all go.",
    "We'll move through your body, one part at a time. When I say now, tense the part I name, firmly but never to the point of pain. When I say relax, let it go completely.",
    "We'll work through your body, part by part. When I say now, tense the part I name, firmly but never to the point of pain. When I say relax, let it all go at once.",
  ],

  /** The safety reminder, said before any muscle is tensed. */
  safety: 'If any part of you is painful or injured, never tense it. Just let that part rest while we go on.',

  /** Said on "now": the tension starts here, and the words keep it held. */
  tenseCues: [
    'Now. Hold it, hold it.',
    'Now. Hold the tension.',
    'Now. Hold it there.',
    'Now. Keep it tight.',
    'Now. Hold, and notice the tension.',
  ],

  /** Said when the tension ends, slower and lower than the rest (see `releaseVoice`). */
  releaseCue: 'And… relax.',

  /**
   * Words for the release, a few seconds after "and… relax", in the same slower, lower voice; a
   * different turn of them each day. They invite noticing, never say what the user should feel,
   * and never say "now", the word that asks for tension.
   */
  calmPhrases: [
    'Notice whatever you find.',
    'Notice the difference between tension and letting go.',
    'Let the muscles go on loosening, all by themselves.',
    "Just notice what's there.",
    'Breathe out, and let it be.',
    'Nothing to do. Just notice.',
    'Let that part grow a little looser with each breath.',
    'Let it rest, just as it is.',
    'See how it feels, without changing anything.',
    'Each breath out can let go a little more.',
    'Let the ease spread, in its own time.',
    'Stay with the feeling of letting go.',
  ],

  /** Said before the first group that works a calf or foot: they cramp more easily than the rest. */
  crampCaution: 'Go gently with your calves and feet, as they can cramp. If one starts to, let go at once.',

  /** Each muscle group, by version: what it is called in tests and logs, and its instruction. */
  muscleGroups,

  /**
   * The instruction as said on alternate days: its way of saying what is coming ("Get ready to…",
   * "In a moment, you'll…") swapped for the other.
   */
  instructionOtherDay: (instruction: string): string =>
    instruction.includes(GET_READY) ? instruction.replace(GET_READY, IN_A_MOMENT) : instruction.replace(IN_A_MOMENT, GET_READY),

  bodyChecks: [
    'Let your attention move through your body, from your feet up to your head. Notice where any tension remains, and let it soften as you breathe out.',
    'Let your attention travel slowly from your head down to your feet. Wherever some tension is left, let the breath out soften it.',
    'Take a slow look through your whole body, from your toes to your face. If any part still holds on, let it ease as you breathe out.',
  ],
  afterBodyChecks: [
    'Notice how your body feels, whatever you find.',
    'Just notice how your body feels, as it is.',
    'Rest for a moment in how your body feels.',
  ],

  /**
   * Bernstein and Borkovec's way back: a count from four to one, each number waking a part of the
   * body, the eyes last, opened only if they were closed, as the settling offered.
   */
  countBack: [
    "In a moment, I'll count back from four to one, and you can come back gently.",
    'Four. Move your feet and legs a little.',
    'Three. Stretch your hands and arms.',
    'Two. Roll your head and shoulders gently.',
    'One. If your eyes are closed, open them, and take in the room.',
  ],

  /**
   * The relaxation's own last words after the count back, one a day; the first, the longest (which
   * budgets are planned on), closes the track.
   */
  closes: [
    "There's no hurry. Get up slowly, when you're ready.",
    'Take your time before you get up.',
    'Move slowly as you go back to your day.',
    'Give yourself a moment before you stand.',
    'Let that ease come with you as you get up.',
  ],

  /** Said after the first breath when a longer version was asked for than is guided by voice. */
  shorterVersionNotice: (groups: number, because: 'one-reply' | 'audio-failed'): string => {
    const version = `${groups === 7 ? 'seven' : String(groups)}-part version`;
    return because === 'audio-failed'
      ? `The audio didn't play last time, so I'll guide the ${version} by voice.`
      : `The full relaxation takes longer than I can speak in one go, so we'll do the ${version}.`;
  },
};
