/** What Steady says about audio, in English: sessions played as tracks, sleep sounds, and the player's controls. */

const minutes = (count: number): string => (count === 1 ? '1 minute' : `${count} minutes`);

export const audio = {
  /**
   * Long breathing: the reply's last words before the track's tones take over, one line folded
   * into each of the reply's last breaths, so the rhythm goes on through them. Each fits the
   * shortest phase that carries words (box breathing's four-second rest) after its cue.
   */
  handover: ['Tones pace you next.', 'Rising tone, in.', 'Falling tone, out.'] as readonly string[],
  /** Long breathing: the voice back for the last breaths of the track. */
  voiceReturns: "I'm back with you for the last few breaths.",
  /** The close of a long breathing track, the same every night. */
  trackClose: "That's the end of your session. Well done. Your breath is always here, whenever you need it.",
  /** Said before the first breath when the length offered is not the one asked. */
  offeredLength: (offered: number) => `I'll guide ${minutes(offered)}.`,
  /** Before the full relaxation's track, which opens with its own first breath. */
  fullRelaxationIntro: (about: number) => `Here's the full muscle relaxation, about ${about} minutes.`,

  sleepSounds: {
    /** Sleep sounds asked for on a device that cannot play them. */
    noPlayer: "This device can't play sleep sounds, so I'll guide your wind-down by voice, and let the quiet follow.",
    /** A device that plays audio, on a deploy that published no tracks. */
    notSetUp: "Sleep sounds aren't set up yet, so I'll guide your wind-down by voice, and let the quiet follow.",
    /** The last stream failed: bedtime is spoken without them, once. */
    failedLastTime: "The sleep sounds didn't play last time, so tonight I'll let the quiet follow.",
    /** The habit kept: every bedtime ends with sleep sounds. */
    always: (length: number) =>
      `Okay. From now on, bedtime will end with ${length} minutes of soft sleep sounds. Say, help me sleep, when you're ready.`,
    /** The habit dropped. */
    never: 'Okay. Bedtime will end in quiet from now on.',
    /** The habit could not be saved. */
    notSaved: "Sorry, I couldn't save that just now. Please try again in a moment.",
  },

  controls: {
    /** Resume or start over with nothing of Steady's paused. */
    nothingToResume: "There's nothing paused right now. You can say, help me breathe, or help me sleep.",
    /** Resume with no offset reported: the session plays from the top. */
    startingAgain: "I couldn't find where we left off, so let's start again from the beginning.",
    /** Pause with nothing playing. */
    nothingToPause: "There's nothing playing to pause.",
    /** Next or previous. */
    noSkipping: "Each Steady session plays from start to finish, so there's nothing to skip to. You can say pause, resume, or start over.",
    /** Loop or shuffle. */
    noLooping: "Steady's sessions play once, from start to finish. You can say start over to hear one again.",
    /** Repeat while a track is playing. */
    repeatTrack: 'To hear this session from the beginning, say start over.',
  },

  /** What the device's player shows while a track plays. */
  player: {
    title: 'Steady',
    breathing: 'Breathing',
    relaxation: 'Muscle relaxation',
    sleepSounds: 'Sleep sounds',
  },
};
