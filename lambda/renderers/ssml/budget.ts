import type { Segment } from '../../timeline';
import { renderedSsmlLength } from './ssml';

/** The rendered length of segments, measured on the real renderer. */
export function ssmlLength(segments: readonly Segment[]): number {
  return renderedSsmlLength(segments);
}
