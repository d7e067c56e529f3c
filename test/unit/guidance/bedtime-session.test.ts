import { bedtimeTimeline } from '../../../lambda/guidance/bedtime/session';
import { RELAXING_PACING, TRAILING_SILENCE_MS } from '../../../lambda/guidance/bedtime/script';
import { FOUR_GROUPS } from '../../../lambda/guidance/pmr/muscle-groups';
import type { Segment, Timeline, Voice } from '../../../lambda/guidance/timeline';
import { SESSION_SSML_BUDGET } from '../../../lambda/speech/limits';
import { renderSsml } from '../../../lambda/speech/ssml';
import { spokenMs } from '../../../lambda/speech/timing';
import { longestClosing } from '../../support/longest-closing';
import { marksOf, pacingErrorsMs } from '../../support/pacing';
import { expectValidAlexaSsml } from '../../support/ssml';

const VARIANTS: Record<string, readonly string[]> = {
  'no closing lines': [],
  'the longest closing lines': longestClosing(),
};
const timeline: Timeline = bedtimeTimeline(longestClosing());
const marks = marksOf(timeline);

type Said = Extract<Segment, { kind: 'say' }>;
const said = timeline.segments.filter((s): s is Said => s.kind === 'say');
/** Louder first; a whisper is the softest. */
const softness = (voice: Voice): number => (voice.whispered ? 3 : { medium: 0, soft: 1, 'x-soft': 2 }[voice.volume]);

describe('the bedtime wind-down', () => {
  // Measured with the speech estimate: 10.1 minutes.
  it.each(Object.entries(VARIANTS))('lasts 8 to 15 minutes and fits one response as valid SSML, with %s', async (_, closing) => {
    const session = bedtimeTimeline(closing);
    expect(spokenMs(session)).toBeGreaterThanOrEqual(8 * 60_000);
    expect(spokenMs(session)).toBeLessThanOrEqual(15 * 60_000);
    const ssml = renderSsml(session.segments);
    expect(ssml.length).toBeLessThanOrEqual(SESSION_SSML_BUDGET);
    await expectValidAlexaSsml(ssml);
  });

  it('never asks anything', () => {
    for (const segment of said) expect(segment.text).not.toContain('?');
  });

  it('gets softer and slower as it goes, never louder or faster than before', () => {
    const first = said[0]!.voice;
    const lastSpoken = [...said].reverse().find((s) => !s.voice.whispered)!.voice;
    expect(lastSpoken.ratePercent).toBeLessThan(first.ratePercent);
    expect(lastSpoken.ratePercent).toBeLessThanOrEqual(80);
    expect(softness(lastSpoken)).toBeGreaterThan(softness(first));
    expect(lastSpoken.volume).toBe('x-soft');
    said.slice(1).forEach((segment, i) => {
      expect(softness(segment.voice)).toBeGreaterThanOrEqual(softness(said[i]!.voice));
      if (!segment.voice.whispered) expect(segment.voice.ratePercent).toBeLessThanOrEqual(said[i]!.voice.ratePercent);
    });
  });

  it('ends with a whisper that trails into silence', () => {
    expect(said[said.length - 1]!.voice.whispered).toBe(true);
    const last = timeline.segments[timeline.segments.length - 1]!;
    expect(last).toEqual({ kind: 'pause', ms: TRAILING_SILENCE_MS });
    expect(TRAILING_SILENCE_MS).toBeGreaterThanOrEqual(20_000);
    const whisperThenSilence = /<amazon:effect name="whispered">Sleep well\.<\/amazon:effect>( <break time='10s'\/>){3}<\/speak>$/;
    expect(renderSsml(timeline.segments)).toMatch(whisperThenSilence);
  });

  it('slows the breath out from six to seven to eight seconds, the breath in staying at four', () => {
    const breaths = marks.filter((m) => m.mark.phase === 'inhale');
    const exhaleSeconds = marks.filter((m) => m.mark.phase === 'exhale').map((m) => m.mark.phaseMs / 1000);
    expect(breaths.length).toBeGreaterThanOrEqual(12);
    for (const inhale of breaths) expect(inhale.mark.phaseMs).toBe(4000);
    expect([...new Set(exhaleSeconds)]).toEqual([6, 7, 8]);
    expect([...exhaleSeconds].sort((a, b) => a - b)).toEqual(exhaleSeconds);
  });

  it('measures every breath, muscle group and line where it was planned (within 0.1 s)', () => {
    for (const error of pacingErrorsMs(timeline)) expect(Math.abs(error)).toBeLessThanOrEqual(100);
    const inhales = marks.filter((m) => m.mark.phase === 'inhale');
    inhales.slice(1).forEach((inhale, i) => {
      const exhale = marks.find((m) => m.mark.phase === 'exhale' && m.mark.index === inhales[i]!.mark.index)!;
      expect(Math.abs(inhale.startMs - inhales[i]!.startMs - 4000 - exhale.mark.phaseMs)).toBeLessThanOrEqual(100);
    });
  });

  it('relaxes the body in four gentle groups, never tensing anything painful or injured', () => {
    const instructions = marks.filter((m) => m.mark.phase === 'instruct').map((m) => m.text);
    expect(instructions).toEqual(FOUR_GROUPS.map((g) => g.instruction));
    const tense = marks.filter((m) => m.mark.phase === 'tense');
    const release = marks.filter((m) => m.mark.phase === 'release');
    tense.forEach((m, i) => expect(Math.abs(release[i]!.startMs - m.startMs - RELAXING_PACING.tenseMs)).toBeLessThanOrEqual(100));
    expect(RELAXING_PACING.releaseMs).toBeGreaterThanOrEqual(20_000);
    const before = marks.slice(0, marks.indexOf(tense[0]!)).map((m) => m.text).join(' ');
    expect(before).toMatch(/Never tense anything that is painful or injured/);
  });
});
