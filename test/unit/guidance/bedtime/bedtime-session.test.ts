import { bedtimeTimeline } from '../../../../lambda/guidance/bedtime/session';
import { nightPlan, RELAXING_PACING, TRAILING_SILENCE_MS } from '../../../../lambda/guidance/bedtime/script';
import { dayIndex } from '../../../../lambda/guidance/day-index';
import { styleOf } from '../../../../lambda/guidance/session-style';
import { replyFit } from '../../../../lambda/delivery/reply-fit';
import { muscleGroups } from '../../../../lambda/guidance/pmr/muscle-groups';
import { wordsFor } from '../../../../lambda/content/words';
import type { Segment, Timeline, Voice } from '../../../../lambda/timeline';
import { MAX_SPOKEN_RESPONSE_MS, SESSION_SSML_BUDGET } from '../../../../lambda/speech/limits';
import { renderSsml } from '../../../../lambda/renderers/ssml/ssml';
import { spokenMs } from '../../../../lambda/speech/timing';
import { longestClosing } from '../../../support/longest-closing';
import { marksOf, pacingErrorsMs } from '../../../support/pacing';
import { expectValidAlexaSsml } from '../../../support/ssml';

const en = wordsFor('en-US');
const FOUR_GROUPS = muscleGroups(en, 'four');

const VARIANTS: Record<string, readonly string[]> = {
  'no closing lines': [],
  'the longest closing lines': longestClosing(),
};
const nightOf = (offset: number): string => new Date(Date.UTC(2026, 2, 2 + offset)).toISOString().slice(0, 10);
const timeline: Timeline = bedtimeTimeline(en, longestClosing());
const marks = marksOf(timeline);

type Said = Extract<Segment, { kind: 'say' }>;
const said = timeline.segments.filter((s): s is Said => s.kind === 'say');
/** Louder first; a whisper is the softest. */
const softness = (voice: Voice): number => (voice.whispered ? 3 : { medium: 0, soft: 1, 'x-soft': 2 }[voice.volume]);

describe('the bedtime wind-down', () => {
  // Measured with the speech estimate: about 8.5 minutes.
  it.each(Object.entries(VARIANTS))('lasts 7 to 9 minutes and fits one response as valid SSML, with %s', async (_, closing) => {
    for (const style of [styleOf({}), styleOf({ nightVoice: true })]) {
      for (let night = 0; night < 7; night += 1) {
        const fit = replyFit(bedtimeTimeline(en, closing, styleOf({ ...style, localDay: nightOf(night) })).segments);
        expect(fit.fits).toBe(true);
        expect(fit.spokenMs).toBeLessThanOrEqual(MAX_SPOKEN_RESPONSE_MS);
      }
    }
    const session = bedtimeTimeline(en, closing);
    expect(spokenMs(session)).toBeGreaterThanOrEqual(7 * 60_000);
    expect(spokenMs(session)).toBeLessThanOrEqual(9 * 60_000);
    const ssml = renderSsml(session.segments);
    expect(ssml.length).toBeLessThanOrEqual(SESSION_SSML_BUDGET);
    await expectValidAlexaSsml(ssml);
  });

  it('never asks anything, not even to say something to yourself', () => {
    for (let night = 0; night < 7; night += 1) {
      for (const segment of bedtimeTimeline(en, [], styleOf({ localDay: nightOf(night) })).segments) {
        if (segment.kind === 'say') expect(segment.text).not.toMatch(/\?|say to yourself/i);
      }
    }
  });

  it('sounds different on each of seven nights in a row, each pair differing in at least two parts', () => {
    const words = (day: string) =>
      bedtimeTimeline(en, [], styleOf({ localDay: day }))
        .segments.flatMap((s) => (s.kind === 'say' ? [s.text] : []))
        .join('|');
    for (const start of [0, 3, 5]) {
      const week = Array.from({ length: 7 }, (_, i) => nightOf(start + i));
      expect(new Set(week.map(words)).size).toBe(7);
      const plans = week.map((day) => nightPlan(dayIndex(day)));
      plans.forEach((a, i) =>
        plans.slice(i + 1).forEach((b) => {
          const parts = (['settling', 'imagery', 'bodyScan', 'drifting'] as const).filter((part) => a[part] !== b[part]);
          expect(parts.length).toBeGreaterThanOrEqual(2);
        }),
      );
    }
  });

  it('starts with the bell and a first slow breath within 4 s', () => {
    expect(timeline.segments[0]).toMatchObject({ kind: 'sound' });
    expect(marks[0]!.mark.phase).toBe('inhale');
    expect(marks[0]!.startMs).toBeLessThanOrEqual(4000);
  });

  it('is its own night voice: the night-voice preference changes nothing', () => {
    expect(bedtimeTimeline(en, [], styleOf({ nightVoice: true })).segments).toEqual(bedtimeTimeline(en, [], styleOf({})).segments);
  });

  it('gets softer and slower as it goes, never louder or faster than before', () => {
    const first = said[0]!.voice;
    const lastSpoken = [...said].reverse().find((s) => !s.voice.whispered)!.voice;
    expect(lastSpoken.ratePercent).toBeLessThan(first.ratePercent);
    expect(lastSpoken.ratePercent).toBeLessThanOrEqual(80);
    expect(softness(lastSpoken)).toBeGreaterThan(softness(first));
    expect(lastSpoken.volume).toBe('x-soft');
    // "And… relax" is said slower and lower on purpose; the voice around it keeps slowing.
    const voiced = said.filter((s) => s.voice.pitch === undefined);
    voiced.slice(1).forEach((segment, i) => {
      expect(softness(segment.voice)).toBeGreaterThanOrEqual(softness(voiced[i]!.voice));
      expect(segment.voice.ratePercent).toBeLessThanOrEqual(voiced[i]!.voice.ratePercent);
    });
  });

  it('ends on its softest, slowest words, trailing into silence with no bell', () => {
    const last = said[said.length - 1]!.voice;
    for (const s of said) {
      expect(s.voice.ratePercent).toBeGreaterThanOrEqual(last.ratePercent);
      expect(softness(s.voice)).toBeLessThanOrEqual(softness(last));
    }
    expect(timeline.segments[timeline.segments.length - 1]).toEqual({ kind: 'pause', ms: TRAILING_SILENCE_MS });
    expect(timeline.segments.filter((s) => s.kind === 'sound')).toHaveLength(1);
  });

  it('slows the breath out from six to seven to eight seconds, the breath in staying at four', () => {
    const breaths = marks.filter((m) => m.mark.phase === 'inhale');
    const exhaleSeconds = marks.filter((m) => m.mark.phase === 'exhale').map((m) => m.mark.phaseMs / 1000);
    expect(breaths.length).toBeGreaterThanOrEqual(9);
    for (const inhale of breaths) expect(inhale.mark.phaseMs).toBe(4000);
    expect([...new Set(exhaleSeconds)]).toEqual([6, 7, 8]);
    expect([...exhaleSeconds].sort((a, b) => a - b)).toEqual(exhaleSeconds);
  });

  it('measures every breath, muscle group and line where it was planned (within 0.1 s)', () => {
    for (const error of pacingErrorsMs(timeline)) expect(Math.abs(error)).toBeLessThanOrEqual(100);
    const inhales = marks.filter((m) => m.mark.phase === 'inhale');
    // The first breath opens the session before the settling words; the stages run unbroken.
    const staged = inhales.slice(1);
    staged.slice(1).forEach((inhale, i) => {
      const exhale = marks.find((m) => m.mark.phase === 'exhale' && m.mark.index === staged[i]!.mark.index)!;
      expect(Math.abs(inhale.startMs - staged[i]!.startMs - 4000 - exhale.mark.phaseMs)).toBeLessThanOrEqual(100);
    });
  });

  it('relaxes the body in four gentle groups, never tensing anything painful or injured', () => {
    const instructions = marks.filter((m) => m.mark.phase === 'instruct').map((m) => m.text);
    expect(instructions).toEqual(FOUR_GROUPS.map((g) => g.instruction));
    const tense = marks.filter((m) => m.mark.phase === 'tense');
    const release = marks.filter((m) => m.mark.phase === 'release');
    tense.forEach((m, i) => expect(Math.abs(release[i]!.startMs - m.startMs - RELAXING_PACING.tenseMs)).toBeLessThanOrEqual(100));
    expect(RELAXING_PACING.releaseMs).toBeGreaterThanOrEqual(30_000);
    const before = marks
      .slice(0, marks.indexOf(tense[0]!))
      .map((m) => m.text)
      .join(' ');
    expect(before).toMatch(/Never tense anything that is painful or injured/);
  });
});
