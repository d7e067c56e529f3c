import { EVERYDAY_STYLE, styleOf, type SessionStyle } from '../../../../lambda/guidance/session-style';
import { overwhelmedTimeline } from '../../../../lambda/guidance/safety/session';
import { emergencyFirst as emergencyFirstIn, reachOut as reachOutIn, type Distress } from '../../../../lambda/guidance/safety/wording';
import { wordsFor } from '../../../../lambda/content/words';
import type { Timeline } from '../../../../lambda/timeline';
import { SESSION_SSML_BUDGET } from '../../../../lambda/speech/limits';
import { renderSsml } from '../../../../lambda/renderers/ssml/ssml';
import { spokenMs } from '../../../../lambda/speech/timing';
import { longestClosing } from '../../../support/longest-closing';
import { marksOf, pacingErrorsMs } from '../../../support/pacing';
import { expectValidAlexaSsml } from '../../../support/ssml';

const WORDS = wordsFor('en-US');
const KEEP_GOING = WORDS.safety.distress.keepGoing;
const emergencyFirst = (locale: string): string => emergencyFirstIn(WORDS, locale);
const reachOut = (locale: string): string => reachOutIn(WORDS, locale);
const DISTRESSES: Distress[] = ['overwhelmed', 'breathless'];
const WEEK = Array.from({ length: 7 }, (_, d) => `2026-03-0${d + 2}`);
const session = (distress: Distress, locale = 'en-US'): Timeline =>
  overwhelmedTimeline(WORDS, distress, longestClosing(), EVERYDAY_STYLE, locale);
const texts = (timeline: Timeline): string[] => timeline.segments.flatMap((s) => (s.kind === 'say' ? [s.text] : []));

describe('the grounding breath for someone overwhelmed or panicking', () => {
  it('does not say the same words twice in a row: a second panic the same night, or the next day, hears other lines around the same cues', () => {
    const words = (style: SessionStyle) => texts(overwhelmedTimeline(WORDS, 'overwhelmed', [], style, 'en-US'));
    const first = words(styleOf({ localDay: '2026-12-02' }));
    const again = words(styleOf({ localDay: '2026-12-02', round: 1 }));
    const tomorrow = words(styleOf({ localDay: '2026-12-03' }));
    expect(again).not.toEqual(first);
    expect(tomorrow).not.toEqual(first);
    for (const said of [first, again, tomorrow]) {
      expect(said).toContain('Breathe in through your nose');
      expect(said.join(' ')).toContain('nine eight eight');
    }
  });

  it('starts breathing at once: the first breath within ten seconds', () => {
    const inhale = marksOf(session('overwhelmed')).find((m) => m.mark.phase === 'inhale')!;
    expect(inhale.startMs).toBeLessThanOrEqual(10_000);
  });

  it.each(DISTRESSES)(
    '%s: on every day of a week and every round, the breath starts at once, keeps its pace, and the safety words stay',
    async (distress) => {
      for (const localDay of WEEK) {
        for (const round of [0, 1]) {
          const timeline = overwhelmedTimeline(WORDS, distress, longestClosing(), styleOf({ localDay, round }), 'en-US');
          const said = texts(timeline);
          const inhale = marksOf(timeline).find((m) => m.mark.phase === 'inhale')!;
          // The emergency line comes first for someone who cannot breathe; then, as for anyone, the breath within four seconds.
          expect(inhale.startMs - (distress === 'breathless' ? marksOf(timeline)[0]!.mark.phaseMs : 0)).toBeLessThanOrEqual(4000);
          expect(said).toContain('Breathe in through your nose');
          expect(said).toContain(reachOut('en-US'));
          if (distress === 'breathless') expect(said[0]).toBe(emergencyFirst('en-US'));
          for (const error of pacingErrorsMs(timeline)) expect(Math.abs(error)).toBeLessThanOrEqual(100);
          expect(spokenMs(timeline)).toBeLessThanOrEqual(3 * 60_000);
          const ssml = renderSsml(timeline.segments);
          expect(ssml.length).toBeLessThanOrEqual(SESSION_SSML_BUDGET);
          await expectValidAlexaSsml(ssml);
        }
      }
    },
  );

  it.each(DISTRESSES)('%s: a few slow breaths, out longer than in, paced honestly', (distress) => {
    const timeline = session(distress);
    const marks = marksOf(timeline);
    const inhales = marks.filter((m) => m.mark.phase === 'inhale');
    const exhales = marks.filter((m) => m.mark.phase === 'exhale');
    expect(inhales.length).toBeGreaterThanOrEqual(3);
    expect(exhales).toHaveLength(inhales.length);
    exhales.forEach((exhale, i) => expect(exhale.mark.phaseMs).toBeGreaterThan(inhales[i]!.mark.phaseMs));
    for (const error of pacingErrorsMs(timeline)) expect(Math.abs(error)).toBeLessThanOrEqual(100);
  });

  it.each(DISTRESSES)('%s: says gently where to find more help after the breaths, in words, not digits', (distress) => {
    const timeline = session(distress);
    const said = texts(timeline);
    const reachOutLine = reachOut('en-US');
    const at = said.indexOf(reachOutLine);
    expect(reachOutLine).toMatch(/^If this feels like too much, talking to a professional or a crisis line can help\./);
    const lastBreath = marksOf(timeline)
      .filter((m) => m.mark.phase === 'exhale')
      .pop()!;
    expect(at).toBeGreaterThan(-1);
    expect(said.indexOf(lastBreath.text)).toBeLessThan(at);
    for (const text of said) expect(text).not.toMatch(/\d/);
  });

  it.each([
    ['en-US', 'call or text nine eight eight', 'call nine one one'],
    ['en-CA', 'call or text nine eight eight', 'call nine one one'],
    ['en-GB', 'call Samaritans on one one six, one two three', 'call nine nine nine'],
    ['en-AU', 'call Lifeline on thirteen eleven fourteen', 'call triple zero'],
    ['en-IN', 'call Tele MANAS on one four four one six', 'call one one two'],
  ])('in %s names the locale\'s line (%s) and emergency number (%s), not "a local crisis line"', (locale, line, emergency) => {
    const said = texts(session('overwhelmed', locale)).join(' ');
    expect(said).toContain(line);
    expect(said).toContain(emergency);
    expect(said).not.toContain('a local crisis line');
    expect(emergencyFirst(locale)).toContain(`please ${emergency} now`);
  });

  it('falls back to a local crisis line where Steady knows no number', () => {
    expect(texts(session('overwhelmed', 'fr-FR')).join(' ')).toContain('a local crisis line or emergency services');
    expect(emergencyFirst('fr-FR')).toContain('please call emergency services now');
  });

  it('tells someone who cannot breathe to call the emergency number before any breathing', () => {
    const said = texts(session('breathless'));
    expect(said[0]).toBe(emergencyFirst('en-US'));
    expect(said[0]).toMatch(/please call nine one one now/);
    expect(texts(session('overwhelmed'))).not.toContain(emergencyFirst('en-US'));
  });

  it.each(DISTRESSES)('%s: ends with the closing lines, within one response, as valid SSML', async (distress) => {
    const timeline = session(distress);
    const last = timeline.segments[timeline.segments.length - 1]!;
    expect(last).toMatchObject({ kind: 'say' });
    expect(last.kind === 'say' && last.text.startsWith(longestClosing().join(' '))).toBe(true);
    expect(KEEP_GOING.some((line) => last.kind === 'say' && last.text.endsWith(line))).toBe(true);
    expect(spokenMs(timeline)).toBeLessThanOrEqual(3 * 60_000);
    const ssml = renderSsml(timeline.segments);
    expect(ssml.length).toBeLessThanOrEqual(SESSION_SSML_BUDGET);
    await expectValidAlexaSsml(ssml);
  });
});
