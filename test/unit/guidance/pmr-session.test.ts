import { SEVEN_GROUPS, SIXTEEN_GROUPS, FOUR_GROUPS } from '../../../lambda/guidance/pmr/muscle-groups';
import { pmrTimeline } from '../../../lambda/guidance/pmr/session';
import { DEFAULT_RELAXATION_LENGTH, PMR_VARIANTS, type RelaxationLength } from '../../../lambda/guidance/pmr/variants';
import { CRAMP_CAUTION, PMR_CLOSE, PMR_SAFETY } from '../../../lambda/guidance/pmr/wording';
import { styleOf } from '../../../lambda/guidance/session-style';
import { replyFit } from '../../../lambda/renderers/ssml/reply-fit';
import type { Timeline } from '../../../lambda/timeline';
import { MAX_SPOKEN_RESPONSE_MS, SESSION_SSML_BUDGET } from '../../../lambda/renderers/ssml/limits';
import { renderSsml } from '../../../lambda/renderers/ssml/ssml';
import { spokenMs } from '../../../lambda/renderers/ssml/timing';
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

/** The version said: the full sixteen groups do not fit one reply, so the seven are said. */
const delivered = (length: RelaxationLength): RelaxationLength => (length === 'full' ? 'standard' : length);

const instructions = (timeline: Timeline): string[] =>
  marksOf(timeline)
    .filter((m) => m.mark.phase === 'instruct')
    .map((m) => m.text);

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

  it.each(['quick', 'standard'] as const)('%s: guides every group once, in order', (length) => {
    expect(instructions(session(length))).toEqual(PMR_VARIANTS[length].groups.map((g) => g.instruction));
  });

  it('asked for the full sixteen groups, which cannot be said in nine minutes, guides seven and says why', () => {
    const timeline = session('full');
    expect(instructions(timeline)).toEqual(SEVEN_GROUPS.map((g) => g.instruction));
    expect(marksOf(timeline).find((m) => m.mark.phase === 'introduction')!.text).toMatch(
      /^The full relaxation takes longer than I can speak in one go, so we'll do the seven-part version\./,
    );
    expect(replyFit(pmrTimeline('full', [], styleOf({ nightVoice: true })).segments).spokenMs).toBeLessThanOrEqual(MAX_SPOKEN_RESPONSE_MS);
  });

  it.each(LENGTHS)('%s: cautions about cramp once, just before the first calf or foot', (length) => {
    const marks = marksOf(session(length));
    const cautions = marks.filter((m) => m.mark.phase === 'caution');
    expect(cautions).toHaveLength(1);
    expect(cautions[0]!.text).toBe(CRAMP_CAUTION);
    const next = marks[marks.indexOf(cautions[0]!) + 1]!;
    expect(next.text).toMatch(/toes/);
  });

  it.each(LENGTHS)('%s: starts with a breath, within 4 s, before anything is explained', (length) => {
    const first = marksOf(session(length))[0]!;
    expect(first.mark.phase).toBe('inhale');
    expect(first.startMs).toBeLessThanOrEqual(4000);
  });

  it('says "and… relax" slower and lower, and names no feeling', () => {
    const releases = session('standard').segments.flatMap((s) => (s.kind === 'say' && s.mark?.phase === 'release' ? [s] : []));
    for (const release of releases) {
      expect(release.voice.pitch).toBe('low');
      expect(release.voice.ratePercent).toBeLessThan(90);
    }
    const words = session('standard')
      .segments.flatMap((s) => (s.kind === 'say' ? [s.text] : []))
      .join(' ');
    expect(words).toContain('Notice whatever you find');
    expect(words).not.toMatch(/heavy, warm|warmth|Enjoy the feeling/);
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
    const { tenseMs, groups } = PMR_VARIANTS[delivered(length)];
    expect(tenseMs).toBeGreaterThanOrEqual(5000);
    expect(tenseMs).toBeLessThanOrEqual(7000);
    const measured = windows(session(length), 'tense');
    expect(measured).toHaveLength(groups.length);
    for (const ms of measured) expect(Math.abs(ms - tenseMs)).toBeLessThanOrEqual(100);
    const cues = marksOf(session(length))
      .filter((m) => m.mark.phase === 'tense')
      .map((m) => m.text);
    for (const cue of cues) expect(cue).toMatch(/^Now\. Hold/);
  });

  it.each(LENGTHS)('%s: each release lasts 30-40 s of calm words and silence, within 0.1 s of plan', (length) => {
    expect(PMR_VARIANTS[length].releaseMs).toBeGreaterThanOrEqual(30_000);
    const { releaseMs, groups } = PMR_VARIANTS[delivered(length)];
    expect(releaseMs).toBeGreaterThanOrEqual(30_000);
    expect(releaseMs).toBeLessThanOrEqual(40_000);
    const measured = windows(session(length), 'release');
    expect(measured).toHaveLength(groups.length);
    for (const ms of measured) expect(Math.abs(ms - releaseMs)).toBeLessThanOrEqual(100);
    const cues = marksOf(session(length))
      .filter((m) => m.mark.phase === 'release')
      .map((m) => m.text);
    expect(new Set(cues)).toEqual(new Set(['And… relax.']));
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
  // Measured with the speech estimate: quick 4.7 min, standard 7.6 min; full is clamped to standard.
  it.each([
    ['quick', 3.5, 5],
    ['standard', 6.5, 8.5],
    ['full', 6.5, 8.5],
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
