/**
 * The rhythm of a breathing session's first two minutes, as planned and as heard: the gaps
 * between in-breath cues against the technique's cycle, by day, in the night voice and without
 * bells, on each of seven days (the words change day by day). Heard means each spoken line said
 * alone with espeak-ng and timed (tools/lib/hearing.ts), the breaks and sounds as written.
 */
import type { CatalogueSession } from '../../lambda/guidance/catalogue';
import { inBreathCueGapsMs } from '../../lambda/guidance/breathing/rhythm';
import { cycleMs, isTechniqueId, TECHNIQUES } from '../../lambda/guidance/breathing/techniques';
import { localDay, styles } from './audition-sessions';
import { hear, type LineTimer } from './hearing';

/** The words of a breathing session turn through seven versions, one a day. */
export const RHYTHM_DAYS = 7;

export interface HeardRhythm {
  readonly cycleMs: number;
  /** The gap furthest from one cycle, as planned, over every style and day. */
  readonly worstPlannedMs: number;
  /** The gap furthest from one cycle, as heard, over every style and day. */
  readonly worstHeardMs: number;
  /** Where it was heard furthest off: the style and the day. */
  readonly where: string;
  /** The gaps there, as planned and as heard. */
  readonly planned: readonly number[];
  readonly heard: readonly number[];
}

/** How far the furthest of some gaps is from one cycle. */
const offBeat = (gaps: readonly number[], cycle: number): number => Math.max(0, ...gaps.map((gap) => Math.abs(gap - cycle)));

/**
 * A session's rhythm as planned and as heard, at its worst over every style and seven days, with
 * the closing its handler gives; undefined for a session that is not paced breathing.
 */
export async function heardRhythm(session: CatalogueSession, timer: LineTimer): Promise<HeardRhythm | undefined> {
  let rhythm: HeardRhythm | undefined;
  let worstPlannedMs = 0;
  for (const { name, style: styleOn } of styles()) {
    for (let day = 0; day < RHYTHM_DAYS; day += 1) {
      const style = styleOn(localDay(day));
      const timeline = session.build(session.closing(style), style);
      if (!isTechniqueId(timeline.practice)) return undefined;
      const cycle = cycleMs(TECHNIQUES[timeline.practice]);
      const planned = inBreathCueGapsMs(timeline.segments);
      const { inBreathGapsMs: heard } = await hear(timeline, timer);
      worstPlannedMs = Math.max(worstPlannedMs, offBeat(planned, cycle));
      const worstHeardMs = offBeat(heard, cycle);
      if (rhythm === undefined || worstHeardMs > rhythm.worstHeardMs) {
        rhythm = { cycleMs: cycle, worstPlannedMs, worstHeardMs, where: `${name}, ${localDay(day)}`, planned, heard };
      }
    }
  }
  return rhythm && { ...rhythm, worstPlannedMs };
}
