/** Intent and slot names, as the interaction models declare them. */
export const Intents = {
  Breathe: 'BreatheIntent',
  Relax: 'RelaxIntent',
  Grounding: 'GroundingIntent',
  Bedtime: 'BedtimeIntent',
  Overwhelmed: 'OverwhelmedIntent',
  Breathless: 'BreathlessIntent',
  Crisis: 'CrisisIntent',
  Streak: 'StreakIntent',
  ForgetHistory: 'ForgetHistoryIntent',
  Reminder: 'ReminderIntent',
  CancelReminder: 'CancelReminderIntent',
  PreferTechnique: 'PreferTechniqueIntent',
  PreferLength: 'PreferLengthIntent',
  SoftVoiceAtNight: 'SoftVoiceAtNightIntent',
  NormalVoiceAtNight: 'NormalVoiceAtNightIntent',
  ResetPreferences: 'ResetPreferencesIntent',
  TimeApart: 'TimeApartIntent',
  TimeApartFeedback: 'TimeApartFeedbackIntent',
  CancelTimeApart: 'CancelTimeApartIntent',
  AnxiousThought: 'AnxiousThoughtIntent',
  Progress: 'ProgressIntent',
  SayHowIFeel: 'SayHowIFeelIntent',
  Feelings: 'FeelingsIntent',
  Statement: 'StatementIntent',
  BellsOff: 'BellsOffIntent',
  BellsOn: 'BellsOnIntent',
  Yes: 'AMAZON.YesIntent',
  No: 'AMAZON.NoIntent',
  Help: 'AMAZON.HelpIntent',
  Stop: 'AMAZON.StopIntent',
  Cancel: 'AMAZON.CancelIntent',
  NavigateHome: 'AMAZON.NavigateHomeIntent',
  Fallback: 'AMAZON.FallbackIntent',
  Repeat: 'AMAZON.RepeatIntent',
  SleepSounds: 'SleepSoundsIntent',
  Pause: 'AMAZON.PauseIntent',
  Resume: 'AMAZON.ResumeIntent',
  StartOver: 'AMAZON.StartOverIntent',
  Next: 'AMAZON.NextIntent',
  Previous: 'AMAZON.PreviousIntent',
  LoopOn: 'AMAZON.LoopOnIntent',
  LoopOff: 'AMAZON.LoopOffIntent',
  ShuffleOn: 'AMAZON.ShuffleOnIntent',
  ShuffleOff: 'AMAZON.ShuffleOffIntent',
} as const;

/**
 * What reaches Steady when it did not understand: Alexa's fallback, which carries no words, and the
 * catch-all, whose words the crisis handler (first in line) has already read and found no danger in.
 */
export const NOT_UNDERSTOOD_INTENTS = [Intents.Fallback, Intents.Statement] as const;

export const BreatheSlots = { technique: 'technique', duration: 'duration', breaths: 'breaths', length: 'length' } as const;
export const RelaxSlots = { length: 'length' } as const;
export const ReminderSlots = { time: 'time' } as const;
export const SleepSoundsSlots = { duration: 'duration', habit: 'habit' } as const;
export const PreferenceSlots = { technique: 'technique', duration: 'duration' } as const;
export const TimeApartSlots = { duration: 'duration' } as const;
export const TimeApartFeedbackSlots = { ease: 'ease' } as const;
export const AnxiousThoughtSlots = { theme: 'theme' } as const;
export const FeelingsSlots = { feeling: 'feeling' } as const;
/** The catch-all's one slot: every word said that no other intent took. */
export const StatementSlots = { statement: 'statement' } as const;
