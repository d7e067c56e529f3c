import { pacedCue } from '../paced';
import { pause, type Segment, type Voice } from '../../timeline';

/**
 * A run of slow, exhale-weighted breaths at one rhythm. The first breath says the rhythm; later
 * breaths get short cues or none, so long runs cost few words. Durations are in milliseconds.
 */
export interface BreathStage {
  readonly inhaleMs: number;
  readonly exhaleMs: number;
  readonly breaths: number;
  readonly firstInhaleCue: string;
  readonly firstExhaleCue: string;
  /** Cues of the later breaths; undefined keeps that phase in silence. */
  readonly inhaleCue?: string;
  readonly exhaleCue?: string;
}

function phase(text: string | undefined, voice: Voice, kind: 'inhale' | 'exhale', phaseMs: number, index: number): Segment[] {
  const mark = { phase: kind, phaseMs, index };
  return text === undefined ? [pause(phaseMs, mark)] : pacedCue(text, voice, mark);
}

/** The stage's breaths, marked `inhale` and `exhale`, numbered on from `firstIndex`. */
export function breathStagePhases(stage: BreathStage, voice: Voice, firstIndex = 1): Segment[] {
  return Array.from({ length: stage.breaths }, (_, i) => {
    const first = i === 0;
    const index = firstIndex + i;
    return [
      ...phase(first ? stage.firstInhaleCue : stage.inhaleCue, voice, 'inhale', stage.inhaleMs, index),
      ...phase(first ? stage.firstExhaleCue : stage.exhaleCue, voice, 'exhale', stage.exhaleMs, index),
    ];
  }).flat();
}
