/**
 * The breathing techniques Steady guides, as data. Durations are in milliseconds. What each says
 * (its introduction, its own cues) is in the words, under `breathing.techniques`.
 */

export type PhaseKind = 'inhale' | 'topUp' | 'hold' | 'exhale' | 'holdEmpty';

export interface BreathPhase {
  readonly kind: PhaseKind;
  readonly ms: number;
}

export type TechniqueId = 'calm' | 'box' | '478' | 'resonance' | 'sigh' | 'belly';

export interface BreathingTechnique {
  readonly id: TechniqueId;
  readonly phases: readonly BreathPhase[];
  /** The length of a session when the user names none. */
  readonly defaultBreaths: number;
  /** A ceiling set by the practice itself, for example 4-7-8's eight cycles. */
  readonly maxBreaths?: number;
  /** Ends with noticing the body, as the source guide pairs with its baseline. */
  readonly bodyCheck: boolean;
}

const phase = (kind: PhaseKind, seconds: number): BreathPhase => ({ kind, ms: Math.round(seconds * 1000) });

export const TECHNIQUES: Readonly<Record<TechniqueId, BreathingTechnique>> = {
  calm: {
    id: 'calm',
    phases: [phase('inhale', 4), phase('hold', 4), phase('exhale', 6)],
    defaultBreaths: 6,
    bodyCheck: true,
  },
  box: {
    id: 'box',
    phases: [phase('inhale', 4), phase('hold', 4), phase('exhale', 4), phase('holdEmpty', 4)],
    defaultBreaths: 6,
    bodyCheck: false,
  },
  '478': {
    id: '478',
    phases: [phase('inhale', 4), phase('hold', 7), phase('exhale', 8)],
    defaultBreaths: 4,
    maxBreaths: 8,
    bodyCheck: false,
  },
  resonance: {
    id: 'resonance',
    phases: [phase('inhale', 5.5), phase('exhale', 5.5)],
    defaultBreaths: 8,
    bodyCheck: false,
  },
  sigh: {
    id: 'sigh',
    phases: [phase('inhale', 3), phase('topUp', 1.2), phase('exhale', 6)],
    defaultBreaths: 8,
    bodyCheck: false,
  },
  belly: {
    id: 'belly',
    phases: [phase('inhale', 4), phase('exhale', 6)],
    defaultBreaths: 8,
    bodyCheck: true,
  },
};

export const DEFAULT_TECHNIQUE: TechniqueId = 'calm';

export function isTechniqueId(value: unknown): value is TechniqueId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(TECHNIQUES, value);
}

export function cycleMs(technique: BreathingTechnique): number {
  return technique.phases.reduce((sum, p) => sum + p.ms, 0);
}
