import type { interfaces } from 'ask-sdk-model';
import type { VisualPhase } from './visual-phases';

type Command = interfaces.alexa.presentation.apl.Command;

export const CIRCLE_ID = 'breathingCircle';
export const WORD_ID = 'phaseWord';

/** Longest run of phases (one breath: inhale, top-up, hold, exhale, rest) looked for as a loop. */
const MAX_LOOP_PHASES = 6;

/** The word first, then the circle moves for the whole phase; a resting phase only waits. */
function phaseCommands(phase: VisualPhase): Command[] {
  const word: Command = { type: 'SetValue', componentId: WORD_ID, property: 'text', value: phase.word };
  const motion: Command =
    phase.fromScale === phase.toScale
      ? { type: 'Idle', delay: phase.ms }
      : {
          type: 'AnimateItem',
          componentId: CIRCLE_ID,
          duration: phase.ms,
          easing: 'ease-in-out',
          value: [{ property: 'transform', from: [{ scale: phase.fromScale }], to: [{ scale: phase.toScale }] }],
        };
  return [word, motion];
}

const sameAs = (a: VisualPhase, b: VisualPhase): boolean =>
  a.word === b.word && a.ms === b.ms && a.fromScale === b.fromScale && a.toScale === b.toScale;

/** How many times the `length` phases starting at `start` occur back to back. */
function repeatsAt(phases: readonly VisualPhase[], start: number, length: number): number {
  let repeats = 1;
  while (start + (repeats + 1) * length <= phases.length) {
    const offset = start + repeats * length;
    const same = Array.from({ length }, (_, k) => sameAs(phases[start + k]!, phases[offset + k]!)).every(Boolean);
    if (!same) break;
    repeats += 1;
  }
  return repeats;
}

/**
 * The phases as APL commands, in order. Identical breaths in a row become one Sequential with a
 * repeatCount, so a 20-minute session stays a few kilobytes while every phase keeps its own
 * duration to the millisecond.
 */
export function animationCommands(phases: readonly VisualPhase[]): Command[] {
  const commands: Command[] = [];
  let i = 0;
  while (i < phases.length) {
    let best = { length: 1, repeats: 1 };
    for (let length = 1; length <= MAX_LOOP_PHASES; length += 1) {
      const repeats = repeatsAt(phases, i, length);
      if (repeats >= 2 && length * repeats > best.length * best.repeats) best = { length, repeats };
    }
    const cycle = phases.slice(i, i + best.length).flatMap(phaseCommands);
    if (best.repeats >= 2) {
      commands.push({ type: 'Sequential', repeatCount: best.repeats - 1, commands: cycle });
    } else {
      commands.push(...cycle);
    }
    i += best.length * best.repeats;
  }
  return commands;
}
