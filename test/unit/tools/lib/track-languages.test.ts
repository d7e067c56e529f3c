/**
 * A Spanish long session plays a Spanish recording: the deploy renders every track that speaks in
 * each language, and a track that says nothing (sleep sounds) once.
 */
import { wordsFor } from '../../../../lambda/content/words';
import { allTrackIds, trackKey, trackSpec } from '../../../../lambda/guidance/tracks/catalog';
import { isSpanishText } from '../../../../lambda/speech/text-language';
import { specsOf } from '../../../../tools/lib/track-set';

const firstLine = (id: string, locale: string): string | undefined => {
  const spec = trackSpec(id, wordsFor(locale));
  return spec?.kind === 'timeline' ? spec.timeline.segments.flatMap((s) => (s.kind === 'say' ? [s.text] : []))[0] : undefined;
};

describe('tracks in every language', () => {
  const rendered = new Set(specsOf(allTrackIds()).map(trackKey));

  it.each(allTrackIds())('%s: the track a request in es-MX or en-US asks for is among those rendered', (id) => {
    for (const locale of ['en-US', 'es-MX', 'es-ES', 'es-US']) expect(rendered.has(trackKey(trackSpec(id, wordsFor(locale))!))).toBe(true);
  });

  it('records the spoken tracks in Spanish for Spanish locales, and sleep sounds once for all', () => {
    for (const id of allTrackIds().filter((id) => !id.startsWith('sleep'))) {
      expect(isSpanishText(firstLine(id, 'es-MX')!)).toBe(true);
      expect(isSpanishText(firstLine(id, 'en-US')!)).toBe(false);
    }
    const sleep = allTrackIds().filter((id) => id.startsWith('sleep'));
    expect(rendered.size).toBe(2 * allTrackIds().length - sleep.length);
  });
});
