import { wordsFor } from '../../../lambda/content/words';
import { planBreathing } from '../../../lambda/guidance/breathing/plan';
import { breathingTimeline } from '../../../lambda/guidance/breathing/session';
import { TECHNIQUES, type TechniqueId } from '../../../lambda/guidance/breathing/techniques';
import { sessionCatalogue } from '../../../lambda/guidance/catalogue';
import { styleOf } from '../../../lambda/guidance/session-style';
import { longestUnpacedSilence, MAX_UNPACED_SILENCE_MS } from '../../../lambda/guidance/unpaced-silence';
import { pause, say, sound } from '../../../lambda/timeline';
import { longestClosing } from '../../support/longest-closing';

const STYLES = [
  ['day', styleOf({})],
  ['night voice', styleOf({ nightVoice: true })],
  ['no bells', styleOf({ bells: false })],
] as const;
const WEEK = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08'];

describe('the longest silence with nothing to follow', () => {
  it('is one run of breaks however they are chained, ended by any word or sound', () => {
    const segments = [
      say('In'),
      pause(10_000),
      pause(10_000),
      pause(3000),
      sound('soundbank://x', 900),
      pause(12_000),
      say('Out'),
      pause(4000),
    ];
    expect(longestUnpacedSilence(segments)).toEqual({ ms: 23_000, startMs: expect.any(Number), after: 'In' });
    expect(longestUnpacedSilence(segments.slice(4)).ms).toBe(12_000);
  });
});

describe('nobody is left in silence', () => {
  const catalogue = sessionCatalogue(wordsFor('en-US'));
  it.each(catalogue.map((session) => [session.name, session] as const))(
    '%s: never 20 s without a word or a sound, in any voice, on any night',
    (_name, session) => {
      const tooLong: string[] = [];
      for (const [styleName, style] of STYLES) {
        for (const localDay of WEEK) {
          const silence = longestUnpacedSilence(session.build(longestClosing(), { ...style, localDay }).segments);
          if (silence.ms >= MAX_UNPACED_SILENCE_MS) tooLong.push(`${styleName} ${localDay}: ${silence.ms} ms after "${silence.after}"`);
        }
      }
      expect(tooLong).toEqual([]);
    },
  );

  it.each(Object.keys(TECHNIQUES) as TechniqueId[])('%s: every spoken length from one minute to twenty keeps the silences short', (id) => {
    for (const [, style] of STYLES) {
      for (let minutes = 1; minutes <= 20; minutes += 1) {
        for (const introduce of [true, false]) {
          const plan = planBreathing(wordsFor('en-US'), { technique: id, length: { kind: 'minutes', ms: minutes * 60_000 }, introduce });
          const silence = longestUnpacedSilence(breathingTimeline(wordsFor('en-US'), plan, ['Well done.'], style).segments);
          expect(silence.ms).toBeLessThan(MAX_UNPACED_SILENCE_MS);
        }
      }
    }
  });
});
