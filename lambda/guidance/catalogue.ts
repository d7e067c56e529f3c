import { anxiousThoughtTimeline } from './anxious-thought/session';
import { ANXIOUS_THEMES } from './anxious-thought/themes';
import { bedtimeTimeline } from './bedtime/session';
import { planBreathing } from './breathing/plan';
import { breathingTimeline } from './breathing/session';
import { TECHNIQUES, type TechniqueId } from './breathing/techniques';
import type { CompassionKind } from './compassion';
import { groundingTimeline } from './grounding/session';
import { iStatementTimeline } from './i-statement/session';
import { pmrTimeline } from './pmr/session';
import { PMR_VARIANTS, type RelaxationLength } from './pmr/variants';
import { overwhelmedTimeline } from './safety/session';
import { MAX_SESSION_MS } from './session-length';
import type { SessionStyle } from './session-style';
import type { Timeline } from '../timeline';

/** One session Steady guides, as the skill builds it. */
export interface CatalogueSession {
  readonly name: string;
  /** Asked for by name, so its first in-breath must come within a few seconds. */
  readonly byName: boolean;
  /** Which compassion lines close it. */
  readonly compassion: CompassionKind;
  readonly build: (closing: readonly string[], style: SessionStyle) => Timeline;
}

const breathing = (technique: TechniqueId, minutes?: number): CatalogueSession => ({
  name: minutes === undefined ? technique : `${technique}-${minutes}min`,
  byName: true,
  compassion: 'everyday',
  build: (closing, style) =>
    breathingTimeline(
      planBreathing({
        technique,
        length: minutes === undefined ? { kind: 'default' } : { kind: 'minutes', ms: minutes * 60_000 },
        introduce: true,
      }),
      closing,
      style,
    ),
});

const relaxation = (length: RelaxationLength): CatalogueSession => ({
  name: `pmr-${length}`,
  byName: true,
  compassion: 'everyday',
  build: (closing, style) => pmrTimeline(length, closing, style),
});

/**
 * Every session the skill guides, from its own lists of techniques and versions: each breathing
 * technique at its own length and at the longest length anyone may ask for, each relaxation,
 * grounding, bedtime, the two calls for help, an anxious thought for each theme (and none), and
 * the "I" statement guide. A technique or theme added to the lists is here too.
 */
export function sessionCatalogue(): CatalogueSession[] {
  const longest = MAX_SESSION_MS / 60_000;
  return [
    ...(Object.keys(TECHNIQUES) as TechniqueId[]).flatMap((id) => [breathing(id), breathing(id, longest)]),
    ...(Object.keys(PMR_VARIANTS) as RelaxationLength[]).map(relaxation),
    { name: 'grounding', byName: true, compassion: 'everyday', build: groundingTimeline },
    { name: 'bedtime', byName: true, compassion: 'bedtime', build: bedtimeTimeline },
    {
      name: 'overwhelmed',
      byName: true,
      compassion: 'panic',
      build: (closing, style) => overwhelmedTimeline('overwhelmed', closing, style),
    },
    {
      name: 'breathless',
      // The emergency line is said before any breath, on purpose.
      byName: false,
      compassion: 'panic',
      build: (closing, style) => overwhelmedTimeline('breathless', closing, style),
    },
    ...[undefined, ...ANXIOUS_THEMES].map(
      (theme): CatalogueSession => ({
        name: `thought-${theme ?? 'general'}`,
        // It names the feeling and the thought before its one breath.
        byName: false,
        compassion: 'attachment',
        build: (closing, style) => anxiousThoughtTimeline(theme, style.localDay, closing, undefined, style),
      }),
    ),
    { name: 'i-statement', byName: false, compassion: 'attachment', build: (_closing, style) => iStatementTimeline(style) },
  ];
}
