import { anxiousThoughtTimeline, REFRAME_PRACTICE, sessionCloseFor } from './anxious-thought/session';
import { ANXIOUS_THEMES } from './anxious-thought/themes';
import { bedtimeTimeline } from './bedtime/session';
import { planBreathing } from './breathing/plan';
import { breathingTimeline } from './breathing/session';
import { TECHNIQUES, type TechniqueId } from './breathing/techniques';
import { closeFor } from './closing';
import { compassionLineFor, type CompassionKind } from './compassion';
import { groundingCloseFor } from './grounding/script';
import { pmrCloseFor } from './pmr/wording';
import { groundingTimeline } from './grounding/session';
import { iStatementTimeline } from './i-statement/session';
import { pmrTimeline } from './pmr/session';
import { PMR_VARIANTS, type RelaxationLength } from './pmr/variants';
import { overwhelmedTimeline } from './safety/session';
import { MAX_SESSION_MS } from './session-length';
import type { SessionStyle } from './session-style';
import type { Timeline } from '../timeline';
import type { Words } from '../content/words';

/** One session Steady guides, as the skill builds it. */
export interface CatalogueSession {
  readonly name: string;
  /** Asked for by name, so its first in-breath must come within a few seconds. */
  readonly byName: boolean;
  /** Which compassion lines close it. */
  readonly compassion: CompassionKind;
  readonly build: (closing: readonly string[], style: SessionStyle) => Timeline;
  /**
   * The closing lines its handler gives it on the style's day and round (no milestone): the
   * session's own close, then the compassion line, both turned by the session's practice.
   */
  readonly closing: (style: SessionStyle) => string[];
}

/** The closing its handler gives: its own close for the day, then the compassion line of its kind. */
function closingOf(
  words: Words,
  compassion: CompassionKind,
  own: (style: SessionStyle) => string[],
  practice: (style: SessionStyle) => string,
): (style: SessionStyle) => string[] {
  return (style) => [...own(style), compassionLineFor(words.compassion, compassion, style.localDay, style.round, practice(style))];
}

const breathing = (words: Words, technique: TechniqueId, minutes?: number): CatalogueSession => ({
  name: minutes === undefined ? technique : `${technique}-${minutes}min`,
  byName: true,
  compassion: 'everyday',
  closing: closingOf(
    words,
    'everyday',
    (style) => [closeFor(words, style.localDay, style.round, technique)],
    () => technique,
  ),
  build: (closing, style) =>
    breathingTimeline(
      words,
      planBreathing(words, {
        technique,
        length: minutes === undefined ? { kind: 'default' } : { kind: 'minutes', ms: minutes * 60_000 },
        introduce: true,
      }),
      closing,
      style,
    ),
});

const relaxation = (words: Words, length: RelaxationLength): CatalogueSession => ({
  name: `pmr-${length}`,
  byName: true,
  compassion: 'everyday',
  closing: closingOf(
    words,
    'everyday',
    (style) => [pmrCloseFor(words, style.localDay)],
    () => 'pmr',
  ),
  build: (closing, style) => pmrTimeline(words, length, closing, style),
});

/**
 * Every session the skill guides, from its own lists of techniques and versions: each breathing
 * technique at its own length and at the longest length anyone may ask for, each relaxation,
 * grounding, bedtime, the two calls for help, an anxious thought for each theme (and none), and
 * the "I" statement guide, in `words`. A technique or theme added to the lists is here too.
 */
export function sessionCatalogue(words: Words): CatalogueSession[] {
  const longest = MAX_SESSION_MS / 60_000;
  return [
    ...(Object.keys(TECHNIQUES) as TechniqueId[]).flatMap((id) => [breathing(words, id), breathing(words, id, longest)]),
    ...(Object.keys(PMR_VARIANTS) as RelaxationLength[]).map((length) => relaxation(words, length)),
    {
      name: 'grounding',
      byName: true,
      compassion: 'everyday',
      closing: closingOf(
        words,
        'everyday',
        (style) => [groundingCloseFor(words, style.localDay)],
        () => 'grounding',
      ),
      build: (closing, style) => groundingTimeline(words, closing, style),
    },
    {
      name: 'bedtime',
      byName: true,
      compassion: 'bedtime',
      closing: closingOf(
        words,
        'bedtime',
        () => [],
        () => 'bedtime',
      ),
      build: (closing, style) => bedtimeTimeline(words, closing, style),
    },
    {
      name: 'overwhelmed',
      byName: true,
      compassion: 'panic',
      closing: closingOf(
        words,
        'panic',
        () => [],
        (style) => overwhelmedTimeline(words, 'overwhelmed', [], style).practice,
      ),
      build: (closing, style) => overwhelmedTimeline(words, 'overwhelmed', closing, style),
    },
    {
      name: 'breathless',
      // The emergency line is said before any breath, on purpose.
      byName: false,
      compassion: 'panic',
      closing: closingOf(
        words,
        'panic',
        () => [],
        (style) => overwhelmedTimeline(words, 'breathless', [], style).practice,
      ),
      build: (closing, style) => overwhelmedTimeline(words, 'breathless', closing, style),
    },
    ...[undefined, ...ANXIOUS_THEMES].map(
      (theme): CatalogueSession => ({
        name: `thought-${theme ?? 'general'}`,
        // It names the feeling and the thought before its one breath.
        byName: false,
        compassion: 'attachment',
        closing: closingOf(
          words,
          'attachment',
          (style) => [sessionCloseFor(words.anxiousThought, style.localDay)],
          () => REFRAME_PRACTICE,
        ),
        build: (closing, style) => anxiousThoughtTimeline(words.anxiousThought, theme, style.localDay, closing, undefined, style),
      }),
    ),
    {
      name: 'i-statement',
      byName: false,
      compassion: 'attachment',
      // Its close is its own, inside the session, with no compassion line.
      closing: () => [],
      build: (_closing, style) => iStatementTimeline(words.iStatement, style),
    },
  ];
}
