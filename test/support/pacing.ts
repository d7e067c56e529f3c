import type { Mark, Timeline } from '../../lambda/timeline';
import { timeSegments } from '../../lambda/speech/timing';

export interface MarkAt {
  readonly mark: Mark;
  readonly text: string;
  readonly startMs: number;
}

/** Every marked phase, spoken or silent, with the moment it starts, measured from the Timeline. */
export function marksOf(timeline: Timeline): MarkAt[] {
  return timeSegments(timeline.segments).flatMap(({ segment, startMs }) =>
    segment.kind !== 'sound' && segment.mark ? [{ mark: segment.mark, text: segment.kind === 'say' ? segment.text : '', startMs }] : [],
  );
}

/** How far each marked cue starts from where the previous one said its phase would end. */
export function pacingErrorsMs(timeline: Timeline): number[] {
  const marks = marksOf(timeline);
  return marks.slice(1).map((current, i) => current.startMs - (marks[i]!.startMs + marks[i]!.mark.phaseMs));
}
