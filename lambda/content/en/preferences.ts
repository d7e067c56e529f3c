/** What Steady says when preferences change, in English. Plain sentences; the renderer escapes them. */
import { reminders } from './reminders';

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const minutes = (count: number): string => (count === 1 ? '1 minute' : `${count} minutes`);

/** An hour on the clock, as a reminder's time is said. */
const hour = (value: number): string => reminders.clockTime({ hour: value, minute: 0 });

export const preferences = {
  /** `name`: the technique's name, as the breathing words give it. */
  techniqueSaved: (name: string) => `Done. ${capitalised(name)} is now your default. Just say: help me breathe.`,
  techniqueChoices: [
    'I can make calm, box, four seven eight, resonance, belly breathing or the cyclic sigh your default.',
    'Say, for example: make box breathing my default.',
  ] as readonly string[],
  unknownTechnique: (spoken: string) => `I don't know ${spoken} yet.`,

  lengthSaved: (count: number) => `Done. Your sessions will be ${minutes(count)} long from now on, unless you ask for another length.`,
  lengthClamped: 'I guide sessions of 1 to 20 minutes.',
  lengthChoices: 'How long would you like your sessions? Say, for example: I like five minute sessions.',

  /** The night the soft voice covers, from one hour of the clock to another. */
  softVoiceOn: (fromHour: number, untilHour: number) =>
    `Okay. In the evening and at night, from ${hour(fromHour)} to ${hour(untilHour)}, I'll guide you in a softer, slower voice.`,
  /** Said once in the launch when the night voice has come by itself, late in the evening. */
  lateVoiceNotice: "It's late, so I'll keep my voice soft. If you'd rather not, say: normal voice at night.",
  softVoiceOff: "Okay. I'll use my everyday voice at night too.",

  bellsOff: 'Okay, no bells. Sessions will start and end with my voice alone.',
  bellsOn: 'Okay. A soft bell will open and close your sessions again.',

  reset: "Done. I've reset your preferences: calm breathing, the usual session length, a softer voice late at night, and the bells.",

  notSaved: "I'm sorry, I couldn't save that just now. Please try again in a little while.",

  /** Asked after a change only when the user opened Steady first. */
  whatNow: 'What would you like to do now?',
  whatNowReprompt: 'You can say: help me breathe, or stop.',
};
