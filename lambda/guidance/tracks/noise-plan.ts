/** What a sleep-sound track holds: its noise, length, fades and level, which name its file. */
export type NoiseColour = 'brown' | 'pink' | 'soft-pink';

export interface NoisePlan {
  readonly colour: NoiseColour;
  readonly ms: number;
  /** A gentle start, so the noise does not arrive all at once. */
  readonly fadeInMs: number;
  /** The last stretch, over which the level falls to silence. */
  readonly fadeOutMs: number;
  readonly level: number;
  readonly seed: number;
}
