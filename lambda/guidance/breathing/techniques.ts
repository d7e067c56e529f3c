/** The breathing techniques Steady guides, as data. Durations are in milliseconds. */

export type PhaseKind = 'inhale' | 'topUp' | 'hold' | 'exhale' | 'holdEmpty';

export interface BreathPhase {
  readonly kind: PhaseKind;
  readonly ms: number;
}

export type TechniqueId = 'calm' | 'box' | '478' | 'resonance' | 'sigh' | 'belly';

export interface BreathingTechnique {
  readonly id: TechniqueId;
  readonly phases: readonly BreathPhase[];
  /**
   * Short sentences said the first time the technique is used in a conversation, one on each
   * breath after the first, counted one, inside the breath's longest phase right after its cue:
   * Steady teaches by doing, then names what is being done without stopping the rhythm. Each
   * must fit that phase after its one-word cue.
   */
  readonly introduction: readonly string[];
  /** The length of a session when the user names none. */
  readonly defaultBreaths: number;
  /** A ceiling set by the practice itself, for example 4-7-8's eight cycles. */
  readonly maxBreaths?: number;
  /** Ends with noticing the body, as the source guide pairs with its baseline. */
  readonly bodyCheck: boolean;
  /** Cue wording particular to this technique, richest first; the general cues follow. */
  readonly cues?: Partial<Record<PhaseKind, readonly string[]>>;
}

const phase = (kind: PhaseKind, seconds: number): BreathPhase => ({ kind, ms: Math.round(seconds * 1000) });

export const TECHNIQUES: Readonly<Record<TechniqueId, BreathingTechnique>> = {
  calm: {
    id: 'calm',
    phases: [phase('inhale', 4), phase('hold', 4), phase('exhale', 6)],
    introduction: ["That's the rhythm: in four, hold four, out six.", "A long breath out tells your body it's safe."],
    defaultBreaths: 6,
    bodyCheck: true,
  },
  box: {
    id: 'box',
    phases: [phase('inhale', 4), phase('hold', 4), phase('exhale', 4), phase('holdEmpty', 4)],
    introduction: ['That is box breathing.', 'Four sides, like a square.'],
    defaultBreaths: 6,
    bodyCheck: false,
  },
  '478': {
    id: '478',
    phases: [phase('inhale', 4), phase('hold', 7), phase('exhale', 8)],
    introduction: [
      "That's four seven eight: in through your nose, out through your mouth.",
      'If the hold feels like too much, just breathe gently.',
    ],
    defaultBreaths: 4,
    maxBreaths: 8,
    bodyCheck: false,
    cues: { exhale: ['Out through your mouth, slowly', 'Breathe out', 'Out'] },
  },
  resonance: {
    id: 'resonance',
    phases: [phase('inhale', 5.5), phase('exhale', 5.5)],
    introduction: ["That's resonance breathing.", 'A smooth, even wave, no holding.'],
    defaultBreaths: 8,
    bodyCheck: false,
  },
  sigh: {
    id: 'sigh',
    phases: [phase('inhale', 3), phase('topUp', 1.2), phase('exhale', 6)],
    introduction: ["That's the cyclic sigh.", 'In, a little sip more, then a long breath out.'],
    defaultBreaths: 8,
    bodyCheck: false,
    cues: { inhale: ['Breathe in through your nose', 'Breathe in', 'In'] },
  },
  belly: {
    id: 'belly',
    phases: [phase('inhale', 4), phase('exhale', 6)],
    introduction: ['If you like, rest a hand on your belly.', 'Feel it rise and fall with your breath.'],
    defaultBreaths: 8,
    bodyCheck: true,
    cues: {
      inhale: ['Breathe in, belly rising', 'Breathe in'],
      exhale: ['Breathe out, belly falling', 'Breathe out'],
    },
  },
};

export const DEFAULT_TECHNIQUE: TechniqueId = 'calm';

export function isTechniqueId(value: unknown): value is TechniqueId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(TECHNIQUES, value);
}

export function cycleMs(technique: BreathingTechnique): number {
  return technique.phases.reduce((sum, p) => sum + p.ms, 0);
}
