import type { SessionStyle } from '../guidance/session-style';
import { softVoiceNow } from '../practice/night-voice';
import type { RecordedSession } from '../practice/record-practice';

/** Whether the session just recorded is guided in the soft night voice. */
export function wantsNightVoice(recorded: RecordedSession): boolean {
  return softVoiceNow(recorded.preferences, recorded.localHour);
}

/**
 * How the recorded session is to sound: the night voice when asked for and it is night (the
 * session is planned in it, so it is always the voice delivered), bells unless turned off, and
 * the words of the user's local day and this round of the conversation.
 */
export function styleFor(recorded: RecordedSession, round = 0): SessionStyle {
  return {
    nightVoice: wantsNightVoice(recorded),
    bells: recorded.preferences?.bells !== false,
    localDay: recorded.localDay,
    round,
  };
}
