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
  /** One or two sentences, said the first time the technique is used in a session. */
  readonly introduction: string;
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
    introduction:
      "Let's breathe together: in for four, hold for four, and out for six. The longer breath out tells your body it's safe to slow down.",
    defaultBreaths: 6,
    bodyCheck: true,
  },
  box: {
    id: 'box',
    phases: [phase('inhale', 4), phase('hold', 4), phase('exhale', 4), phase('holdEmpty', 4)],
    introduction: "This is box breathing: in for four, hold for four, out for four, and rest for four. Picture tracing the sides of a square.",
    defaultBreaths: 6,
    bodyCheck: false,
  },
  '478': {
    id: '478',
    phases: [phase('inhale', 4), phase('hold', 7), phase('exhale', 8)],
    introduction:
      'This is four seven eight breathing: in through your nose for four, hold for seven, and out through your mouth for eight. If the hold feels like too much, just breathe gently.',
    defaultBreaths: 4,
    maxBreaths: 8,
    bodyCheck: false,
    cues: { exhale: ['Out through your mouth, slowly', 'Breathe out', 'Out'] },
  },
  resonance: {
    id: 'resonance',
    phases: [phase('inhale', 5.5), phase('exhale', 5.5)],
    introduction: "This is resonance breathing: a smooth, even rhythm of about five and a half seconds in and five and a half out. No holding, just a gentle wave.",
    defaultBreaths: 8,
    bodyCheck: false,
  },
  sigh: {
    id: 'sigh',
    phases: [phase('inhale', 3), phase('topUp', 1.2), phase('exhale', 6)],
    introduction:
      'This is the cyclic sigh: breathe in through your nose, take a short extra sip of air at the top, then let it all go in a long, slow breath out.',
    defaultBreaths: 8,
    bodyCheck: false,
    cues: { inhale: ['Breathe in through your nose', 'Breathe in', 'In'] },
  },
  belly: {
    id: 'belly',
    phases: [phase('inhale', 4), phase('exhale', 6)],
    introduction:
      'This is slow belly breathing. Rest a hand on your belly and let it rise as you breathe in, and fall as you breathe out.',
    defaultBreaths: 8,
    bodyCheck: true,
    cues: {
      inhale: ['Breathe into your belly', 'Breathe in', 'In'],
      exhale: ['Let your belly fall', 'Breathe out', 'Out'],
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
