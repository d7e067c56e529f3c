import type { Voice } from '../../timeline';

/**
 * The bedtime voice, part by part: a little softer and slower each time, so the session winds
 * down with the listener. Nothing here is louder or faster than what came before it, and the
 * goodnight is the slowest and softest of all.
 */
export const BEDTIME_VOICES = {
  settling: { ratePercent: 90, volume: 'soft', whispered: false },
  breathing: { ratePercent: 88, volume: 'soft', whispered: false },
  relaxing: { ratePercent: 86, volume: 'soft', whispered: false },
  imagery: { ratePercent: 84, volume: 'x-soft', whispered: false },
  scanning: { ratePercent: 82, volume: 'x-soft', whispered: false },
  drifting: { ratePercent: 80, volume: 'x-soft', whispered: false },
  sleepy: { ratePercent: 76, volume: 'x-soft', whispered: false },
  goodnight: { ratePercent: 70, volume: 'x-soft', whispered: false },
} as const satisfies Record<string, Voice>;

/** Within a part, each line a touch slower than the one before, never below the next part's rate. */
export function slowingVoice(from: Voice, to: Voice, line: number, lines: number): Voice {
  const step = lines <= 1 ? 0 : (from.ratePercent - to.ratePercent) / lines;
  return { ...from, ratePercent: Math.round(from.ratePercent - step * line) };
}
