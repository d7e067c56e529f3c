import { SEVEN_GROUPS, SIXTEEN_GROUPS, FOUR_GROUPS } from '../../../lambda/guidance/pmr/muscle-groups';
import { pmrTimeline } from '../../../lambda/guidance/pmr/session';
import { DEFAULT_RELAXATION_LENGTH, PMR_VARIANTS, type RelaxationLength } from '../../../lambda/guidance/pmr/variants';
import { PMR_CLOSE, PMR_SAFETY } from '../../../lambda/guidance/pmr/wording';
import type { Timeline } from '../../../lambda/guidance/timeline';
import { SESSION_SSML_BUDGET } from '../../../lambda/speech/limits';
import { renderSsml } from '../../../lambda/speech/ssml';
import { spokenMs } from '../../../lambda/speech/timing';
import { longestClosing } from '../../support/longest-closing';
import { marksOf, pacingErrorsMs, type MarkAt } from '../../support/pacing';
import { expectValidAlexaSsml } from '../../support/ssml';

const LENGTHS: RelaxationLength[] = ['quick', 'standard', 'full'];
const session = (length: RelaxationLength): Timeline => pmrTimeline(length, longestClosing(PMR_CLOSE));

/** Each tense and release window, measured from its mark to the next mark. */
function windows(timeline: Timeline, phase: 'tense' | 'release'): number[] {
  const marks = marksOf(timeline);
  return marks.flatMap((m: MarkAt, i) => (m.mark.phase === phase && marks[i + 1] ? [marks[i + 1]!.startMs - m.startMs] : []));
}

const instructions = (timeline: Timeline): string[] =>
  marksOf(timeline).filter((m) => m.mark.phase === 'instruct').map((m) => m.text);

describe('the muscle groups', () => {
  it('follows Bernstein and Borkovec: sixteen groups in their order', () => {
    expect(SIXTEEN_GROUPS.map((g) => g.name)).toEqual([
      'dominant hand and forearm',
      'dominant biceps',
      'non-dominant hand and forearm',
      'non-dominant biceps',
      'forehead',
      'eyes and nose',
      'cheeks and jaw',
      'neck and throat',
      'chest, shoulders and upper back',
      'abdomen',
      'dominant thigh',
      'dominant calf',
      'dominant foot',
      'non-dominant thigh',
      'non-dominant calf',
      'non-dominant foot',
    ]);
  });

  it('combines them into seven and four groups', () => {
    expect(SEVEN_GROUPS.map((g) => g.name)).toEqual([
      'dominant arm',
      'non-dominant arm',
      'face',
      'neck',
      'chest, shoulders, back and abdomen',
      'dominant leg',
      'non-dominant leg',
    ]);
    expect(FOUR_GROUPS.map((g) => g.name)).toEqual([
      'both arms',
      'face and neck',
      'chest, shoulders, back and abdomen',
      'both legs and feet',
    ]);
  });

  it.each(LENGTHS)('%s: guides every group once, in order', (length) => {
    expect(instructions(session(length))).toEqual(PMR_VARIANTS[length].groups.map((g) => g.instruction));
  });

  it('defaults to the seven-group version: at least seven distinct groups and three minutes', () => {
    expect(DEFAULT_RELAXATION_LENGTH).toBe('standard');
    const timeline = session(DEFAULT_RELAXATION_LENGTH);
    expect(new Set(instructions(timeline)).size).toBeGreaterThanOrEqual(7);
    expect(spokenMs(timeline)).toBeGreaterThanOrEqual(3 * 60_000);
  });
});

describe('tension and release', () => {
  it.each(LENGTHS)('%s: each group is tensed on "now" for 5-7 s, within 0.1 s of plan', (length) => {
    const { tenseMs, groups } = PMR_VARIANTS[length];
    expect(tenseMs).toBeGreaterThanOrEqual(5000);
    expect(tenseMs).toBeLessThanOrEqual(7000);
    const measured = windows(session(length), 'tense');
    expect(measured).toHaveLength(groups.length);
    for (const ms of measured) expect(Math.abs(ms - tenseMs)).toBeLessThanOrEqual(100);
    const cues = marksOf(session(length)).filter((m) => m.mark.phase === 'tense').map((m) => m.text);
    for (const cue of cues) expect(cue).toMatch(/^Now\. Hold/);
  });

  it.each(LENGTHS)('%s: each release lasts 20-30 s of calm words and silence, within 0.1 s of plan', (length) => {
    const { releaseMs, groups } = PMR_VARIANTS[length];
    expect(releaseMs).toBeGreaterThanOrEqual(20_000);
    expect(releaseMs).toBeLessThanOrEqual(30_000);
    const measured = windows(session(length), 'release');
    expect(measured).toHaveLength(groups.length);
    for (const ms of measured) expect(Math.abs(ms - releaseMs)).toBeLessThanOrEqual(100);
    const cues = marksOf(session(length)).filter((m) => m.mark.phase === 'release').map((m) => m.text);
    expect(new Set(cues)).toEqual(new Set(['And release.']));
  });

  it.each(LENGTHS)('%s: every cue starts exactly when the previous phase ends (within 0.1 s)', (length) => {
    for (const error of pacingErrorsMs(session(length))) expect(Math.abs(error)).toBeLessThanOrEqual(100);
  });
});

describe('the script', () => {
  it.each(LENGTHS)('%s: warns about pain and injury before any muscle is tensed', (length) => {
    const marks = marksOf(session(length));
    const safety = marks.findIndex((m) => m.text === PMR_SAFETY);
    expect(PMR_SAFETY).toMatch(/painful or injured, never tense it/);
    expect(safety).toBeGreaterThanOrEqual(0);
    expect(safety).toBeLessThan(marks.findIndex((m) => m.mark.phase === 'tense'));
  });

  it.each(LENGTHS)('%s: ends with a body check after the last release, then the closing lines', (length) => {
    const timeline = session(length);
    const phases = marksOf(timeline).map((m) => m.mark.phase);
    expect(phases.slice(-3)).toEqual(['release', 'body-check', 'settle']);
    expect(marksOf(timeline).find((m) => m.mark.phase === 'body-check')!.text).toMatch(/Notice where any tension remains/);
    const last = timeline.segments[timeline.segments.length - 1]!;
    expect(last).toMatchObject({ kind: 'say', text: longestClosing(PMR_CLOSE).join(' ') });
  });
});

describe('length and the response budget', () => {
  // Measured with the speech estimate: quick 3.7 min, standard 6.1 min, full 11.4 min.
  it.each([
    ['quick', 3, 4.5],
    ['standard', 5, 7],
    ['full', 10.5, 12.5],
  ] as const)('%s lasts %d to %d minutes when spoken', (length, fromMinutes, toMinutes) => {
    const ms = spokenMs(session(length));
    expect(ms).toBeGreaterThanOrEqual(fromMinutes * 60_000);
    expect(ms).toBeLessThanOrEqual(toMinutes * 60_000);
  });

  it.each(LENGTHS)('%s fits one response with the longest closing, as valid SSML', async (length) => {
    const ssml = renderSsml(session(length).segments);
    expect(ssml.length).toBeLessThanOrEqual(SESSION_SSML_BUDGET);
    await expectValidAlexaSsml(ssml);
  });

  it('counts the minutes it plans', () => {
    const timeline = session('full');
    expect(timeline.practice).toBe('pmr');
    expect(Math.abs(timeline.plannedMinutes - spokenMs(timeline) / 60_000)).toBeLessThanOrEqual(0.05);
  });
});
