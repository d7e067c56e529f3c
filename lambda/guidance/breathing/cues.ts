import { CUE_VOICE } from '../voices';
import { fitsPhase } from '../paced';
import type { BreathingTechnique, BreathPhase, PhaseKind } from './techniques';

/** General cue wording for each phase, richest first; the last is always one word. */
const GENERAL_CUES: Readonly<Record<PhaseKind, readonly string[]>> = {
  inhale: ['Breathe in through your nose', 'Breathe in', 'In'],
  topUp: ['And a little more', 'More'],
  hold: ['Hold, gently', 'Hold'],
  exhale: ['And breathe out slowly', 'Breathe out', 'Out'],
  holdEmpty: ['Rest, empty', 'Rest'],
};

/** Calm phrases for long holds and exhales, offered now and then instead of a plain word. */
const CALM_PHRASES: Partial<Record<PhaseKind, readonly string[]>> = {
  exhale: ['Let your shoulders drop', 'Soften your jaw', 'Slowly, all the way out', 'Let it all go'],
  hold: ['Hold, and stay soft', 'Hold, easy and still'],
};

/** A long phase can carry a calm phrase and still leave most of it silent. */
const LONG_PHASE_MS = 6000;

/** How richly a session is cued. Lower densities spend fewer characters on the same timing. */
export type CueDensity = 'guided' | 'plain' | 'sparse';

function candidates(technique: BreathingTechnique, kind: PhaseKind): readonly string[] {
  return technique.cues?.[kind] ?? GENERAL_CUES[kind];
}

/** Which option fits depends only on the options, the phase length and the share: worked out once. */
const fittingMemo = new WeakMap<readonly string[], Map<string, string>>();

/** The richest of `options` from `from` on that fits the phase; the last when none does. */
function richestThatFits(options: readonly string[], phase: BreathPhase, silentShare: number, from = 0): string {
  let memo = fittingMemo.get(options);
  if (memo === undefined) {
    memo = new Map();
    fittingMemo.set(options, memo);
  }
  const key = `${phase.ms}|${silentShare}|${from}`;
  let fitting = memo.get(key);
  if (fitting === undefined) {
    fitting = options.slice(from).find((text) => fitsPhase(text, CUE_VOICE, phase.ms, silentShare)) ?? options[options.length - 1]!;
    memo.set(key, fitting);
  }
  return fitting;
}

/**
 * The words that start a phase, or undefined for a silent phase. The first breath is fully
 * described; later breaths get short cues, with a calm phrase now and then on long phases.
 */
export function cueFor(
  technique: BreathingTechnique,
  phase: BreathPhase,
  breath: number,
  density: CueDensity,
): string | undefined {
  const options = candidates(technique, phase.kind);
  const oneWord = options[options.length - 1]!;
  if (density === 'sparse') return phase.kind === 'inhale' || phase.kind === 'topUp' ? oneWord : undefined;
  if (breath === 1) return richestThatFits(options, phase, 0.5);
  if (density === 'plain') return oneWord;
  const phrases = CALM_PHRASES[phase.kind];
  if (phrases && phase.ms >= LONG_PHASE_MS && breath % 3 === 0) {
    const phrase = phrases[(breath / 3 - 1) % phrases.length]!;
    if (fitsPhase(phrase, CUE_VOICE, phase.ms, 0.5)) return phrase;
  }
  // The two shortest wordings: the options run richest first.
  return richestThatFits(options, phase, 0.6, Math.max(0, options.length - 2));
}

/** Said on the exhale of the last fully cued breath when a long session goes on with fewer words. */
export const SPARSE_HANDOVER = "Keep this rhythm; I'll cue each in-breath";
