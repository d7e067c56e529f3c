import type { Words } from '../../content/words';
import type { Timeline } from '../../timeline';
import { timeSegments } from '../../speech/timing';
import { CIRCLE_SCALE, closingLook, openingLook, phaseLook, type PhaseLook } from './phase-looks';

/** One stretch of the visual: a word shown while the circle moves (or rests) for `ms`. */
export interface VisualPhase {
  readonly word: string;
  readonly ms: number;
  readonly fromScale: number;
  readonly toScale: number;
}

interface Stretch {
  readonly look: PhaseLook;
  readonly startMs: number;
  readonly endMs: number;
}

/**
 * The visual that goes with a Timeline, read from the same clock as the speech: each marked
 * phase lasts from its mark to the next one (the last to the end of its phase), the words before
 * the first mark show a still circle, and whatever follows the last phase shows a resting one.
 * The phases add up to exactly the spoken length of the Timeline. The words shown are the screen words given.
 */
export function visualPhases(timeline: Pick<Timeline, 'segments'>, screens: Words['screens']): VisualPhase[] {
  const timed = timeSegments(timeline.segments);
  const totalMs = timed.length > 0 ? timed[timed.length - 1]!.endMs : 0;
  const marks = timed.flatMap(({ segment, startMs }) =>
    segment.kind !== 'sound' && segment.mark ? [{ mark: segment.mark, startMs }] : [],
  );

  const stretches: Stretch[] = [];
  const firstMarkMs = marks[0]?.startMs ?? totalMs;
  stretches.push({ look: openingLook(screens), startMs: 0, endMs: firstMarkMs });
  marks.forEach(({ mark, startMs }, i) => {
    const next = marks[i + 1];
    const endMs = next ? next.startMs : Math.min(startMs + mark.phaseMs, totalMs);
    stretches.push({ look: phaseLook(mark.phase, screens), startMs, endMs });
  });
  const lastEndMs = stretches[stretches.length - 1]!.endMs;
  stretches.push({ look: closingLook(screens), startMs: lastEndMs, endMs: totalMs });

  let scale: number = CIRCLE_SCALE.empty;
  return stretches
    .filter((stretch) => stretch.endMs > stretch.startMs)
    .map(({ look, startMs, endMs }) => {
      const fromScale = scale;
      scale = look.scaleTo ?? scale;
      return { word: look.word, ms: endMs - startMs, fromScale, toScale: scale };
    });
}
