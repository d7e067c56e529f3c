import { wordsFor } from '../../../lambda/content/words';
import { BELL, NIGHT_BELL } from '../../../lambda/guidance/bell';
import { sessionCatalogue } from '../../../lambda/guidance/catalogue';
import { styleOf } from '../../../lambda/guidance/session-style';
import type { Segment } from '../../../lambda/timeline';

/** Where the bells ring in a session: before the first word, or after the last cue (before the closing words). */
function bellsOf(segments: readonly Segment[]): { opening: boolean; closing: boolean; sources: string[] } {
  const sounds = segments.flatMap((segment, i) => (segment.kind === 'sound' ? [{ i, src: segment.src }] : []));
  const firstWord = segments.findIndex((segment) => segment.kind === 'say');
  return {
    opening: sounds.some((s) => s.i < firstWord),
    closing: sounds.some((s) => s.i > firstWord),
    sources: sounds.map((s) => s.src),
  };
}

/** As the README says: bedtime only opens (a bell would wake a sleeper); a panic only closes (its first breath does not wait). */
const EXPECTED: Record<string, { opening: boolean; closing: boolean }> = {
  bedtime: { opening: true, closing: false },
  overwhelmed: { opening: false, closing: true },
  breathless: { opening: false, closing: true },
};

describe('bells', () => {
  it.each(sessionCatalogue(wordsFor('en-US')).map((session) => [session.name, session] as const))(
    '%s opens and closes with a bell as the README says, and none after "no bells"',
    (name, session) => {
      const rung = bellsOf(session.build(['Closing words.'], styleOf({})).segments);
      const { sources, ...where } = rung;
      expect(where).toEqual(EXPECTED[name] ?? { opening: true, closing: true });
      expect(bellsOf(session.build(['Closing words.'], styleOf({ bells: false })).segments).sources).toEqual([]);
    },
  );

  it.each(sessionCatalogue(wordsFor('en-US')).map((session) => [session.name, session] as const))(
    '%s rings the lighter night bell in the night voice, and bedtime always does',
    (name, session) => {
      const day = bellsOf(session.build([], styleOf({})).segments).sources;
      const night = bellsOf(session.build([], styleOf({ nightVoice: true })).segments).sources;
      expect(new Set(night)).toEqual(new Set([NIGHT_BELL.src]));
      expect(new Set(day)).toEqual(new Set([name === 'bedtime' ? NIGHT_BELL.src : BELL.src]));
    },
  );
});
