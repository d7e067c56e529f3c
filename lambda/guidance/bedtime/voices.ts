import type { Voice } from '../timeline';

/**
 * The bedtime voice, section by section: a little softer and slower each time, so the session
 * winds down with the listener. Nothing here is louder or faster than what came before it.
 */
export const BEDTIME_VOICES = {
  settling: { ratePercent: 90, volume: 'soft', whispered: false },
  breathing: { ratePercent: 88, volume: 'soft', whispered: false },
  relaxing: { ratePercent: 85, volume: 'soft', whispered: false },
  drifting: { ratePercent: 82, volume: 'x-soft', whispered: false },
  sleepy: { ratePercent: 80, volume: 'x-soft', whispered: false },
  /** Alexa's whisper takes no rate or volume; 100% keeps the speech estimate honest. */
  whisper: { ratePercent: 100, volume: 'x-soft', whispered: true },
} as const satisfies Record<string, Voice>;
