import { muscleGroups } from '../../../../lambda/guidance/pmr/muscle-groups';
import { wordsFor } from '../../../../lambda/content/words';
import { pmrTimeline } from '../../../../lambda/guidance/pmr/session';
import { MAX_RELEASE_MS, MIN_RELEASE_MS, releaseLengthsMs } from '../../../../lambda/guidance/pmr/releases';
import { sessionCatalogue } from '../../../../lambda/guidance/catalogue';
import { fullRelaxationTrackTimeline } from '../../../../lambda/guidance/tracks/track-sessions';
import { DEFAULT_RELAXATION_LENGTH, pmrVariant, type RelaxationLength } from '../../../../lambda/guidance/pmr/variants';
import { pmrTrackClose } from '../../../../lambda/guidance/pmr/wording';
import { styleOf } from '../../../../lambda/guidance/session-style';
import { replyFit } from '../../../../lambda/delivery/reply-fit';
import type { Timeline } from '../../../../lambda/timeline';
import { MAX_SPOKEN_RESPONSE_MS, SESSION_SSML_BUDGET } from '../../../../lambda/speech/limits';
import { renderSsml } from '../../../../lambda/renderers/ssml/ssml';
import { spokenMs } from '../../../../lambda/speech/timing';
import { longestClosing } from '../../../support/longest-closing';
import { marksOf, pacingErrorsMs, type MarkAt } from '../../../support/pacing';
import { expectValidAlexaSsml } from '../../../support/ssml';

const en = wordsFor('en-US');
const SIXTEEN_GROUPS = muscleGroups(en, 'sixteen');
const SEVEN_GROUPS = muscleGroups(en, 'seven');
const FOUR_GROUPS = muscleGroups(en, 'four');
const { bodyChecks: BODY_CHECKS, crampCaution: CRAMP_CAUTION, safety: PMR_SAFETY } = en.relaxation;
const PMR_CLOSE = pmrTrackClose(en);

const LENGTHS: RelaxationLength[] = ['quick', 'standard', 'full'];
const session = (length: RelaxationLength): Timeline => pmrTimeline(en, length, longestClosing(PMR_CLOSE));

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
    expect(instructions(session(length))).toEqual(pmrVariant(en, length).groups.map((g) => g.instruction));
  });

  it('asked for the full sixteen groups, which cannot be said in nine minutes, guides seven and says why', () => {
    const timeline = session('full');
    expect(instructions(timeline)).toEqual(SEVEN_GROUPS.map((g) => g.instruction));
    expect(marksOf(timeline).find((m) => m.mark.phase === 'settle-in')!.text).toMatch(
      /^The full relaxation takes longer than I can speak in one go, so we'll do the seven-part version\./,
    );
    expect(replyFit(pmrTimeline(en, 'full', [], styleOf({ nightVoice: true })).segments).spokenMs).toBeLessThanOrEqual(
      MAX_SPOKEN_RESPONSE_MS,
    );
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
    const { tenseMs, groups } = pmrVariant(en, delivered(length));
    expect(tenseMs).toBeGreaterThanOrEqual(5000);
    expect(tenseMs).toBeLessThanOrEqual(7000);
    const measured = windows(session(length), 'tense');
    expect(measured).toHaveLength(groups.length);
    for (const ms of measured) expect(Math.abs(ms - tenseMs)).toBeLessThanOrEqual(100);
    const cues = marksOf(session(length))
      .filter((m) => m.mark.phase === 'tense')
      .map((m) => m.text);
    for (const cue of cues) expect(cue).toMatch(/^Now\. (Hold|Keep)/);
  });

  it.each(LENGTHS)('%s: each release phase lasts as planned, within 0.1 s', (length) => {
    const { releaseMs, groups } = pmrVariant(en, delivered(length));
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

  it('the instruction names the part and what is coming, never a command or "now": the one "now" starts the tension', () => {
    const tensingVerb = /^(make|bend|raise|squeeze|wrinkle|bite|pull|take|tighten|point|curl|straighten|scrunch|tense|now)\b/i;
    for (const group of [...SIXTEEN_GROUPS, ...SEVEN_GROUPS, ...FOUR_GROUPS]) {
      expect(group.instruction).not.toMatch(/\bnow\b/i);
      for (const sentence of group.instruction.split(/(?<=\.)\s+/)) expect(sentence).not.toMatch(tensingVerb);
    }
    for (const length of LENGTHS) {
      // From the first instruction to the last release, "now" is said only as the cue.
      let tensing = false;
      const saidOutsideTheCue: string[] = [];
      for (const segment of session(length).segments) {
        if (segment.kind === 'sound') continue;
        if (segment.mark?.phase === 'instruct') tensing = true;
        if (segment.mark?.phase === 'body-check') tensing = false;
        if (tensing && segment.kind === 'say' && segment.mark?.phase !== 'tense') saidOutsideTheCue.push(segment.text);
      }
      expect(saidOutsideTheCue.length).toBeGreaterThan(10);
      for (const text of saidOutsideTheCue) expect(text).not.toMatch(/\bnow\b/i);
    }
  });
});

describe('releases (Bernstein and Borkovec: 30-40 s)', () => {
  const released = (timeline: Timeline) => releaseLengthsMs(timeline.segments);
  const everyRelease = () =>
    sessionCatalogue(wordsFor('en-US')).flatMap((catalogued) =>
      [false, true].flatMap((nightVoice) =>
        released(catalogued.build([], styleOf({ nightVoice }))).map((ms) => ({ session: catalogued.name, nightVoice, ms })),
      ),
    );

  it('every spoken release, in every session that has one, by day and in the night voice, lasts 30-40 s after "and… relax"', () => {
    const releases = everyRelease();
    expect(new Set(releases.map((r) => r.session))).toEqual(new Set(['pmr-quick', 'pmr-standard', 'pmr-full', 'bedtime']));
    const outside = releases.filter((r) => r.ms < MIN_RELEASE_MS || r.ms > MAX_RELEASE_MS);
    expect(outside).toEqual([]);
  });

  it('the sixteen-group track, as its timeline is made, releases 30-40 s each time', () => {
    const releases = released(fullRelaxationTrackTimeline(en));
    expect(releases).toHaveLength(16);
    for (const ms of releases) {
      expect(ms).toBeGreaterThanOrEqual(MIN_RELEASE_MS);
      expect(ms).toBeLessThanOrEqual(MAX_RELEASE_MS);
    }
  });

  it('the slower, lower voice lasts through the whole release, in the night voice too', () => {
    for (const nightVoice of [false, true]) {
      const segments = pmrTimeline(en, 'standard', [], styleOf({ nightVoice })).segments;
      let inRelease = false;
      for (const segment of segments) {
        if (segment.kind === 'sound') continue;
        if (segment.mark) inRelease = segment.mark.phase === 'release';
        if (inRelease && segment.kind === 'say') expect(segment.voice.pitch).toBe('low');
      }
    }
  });
});

describe('settling in and coming back', () => {
  it.each(LENGTHS)('%s: settles first, offering to close the eyes, before anything is tensed', (length) => {
    const marks = marksOf(session(length));
    const settling = marks.findIndex((m) => m.mark.phase === 'settle-in');
    expect(marks[settling]!.text).toMatch(/comfortable position.*Close your eyes if you like/);
    expect(settling).toBeLessThan(marks.findIndex((m) => m.mark.phase === 'introduction'));
  });

  it.each(LENGTHS)('%s: counts back from four to one after the body check; the eyes open only if closed', (length) => {
    const marks = marksOf(session(length));
    const counted = marks.filter((m) => m.mark.phase === 'count-back').map((m) => m.text);
    expect(counted.map((text) => text.split('.')[0])).toEqual([counted[0]!.split('.')[0], 'Four', 'Three', 'Two', 'One']);
    expect(counted.at(-1)).toMatch(/If your eyes are closed, open them/);
    const words = session(length)
      .segments.flatMap((s) => (s.kind === 'say' ? [s.text] : []))
      .join(' ');
    expect(words.match(/open your eyes|open them/gi)).toHaveLength(1);
  });
});

describe('pacing', () => {
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

  it.each(LENGTHS)('%s: ends with a body check after the last release, the count back, then the closing lines', (length) => {
    const timeline = session(length);
    const phases = marksOf(timeline).map((m) => m.mark.phase);
    expect(phases.slice(-8)).toEqual([
      'release',
      'body-check',
      'settle',
      'count-back',
      'count-back',
      'count-back',
      'count-back',
      'count-back',
    ]);
    expect(BODY_CHECKS).toContain(marksOf(timeline).find((m) => m.mark.phase === 'body-check')!.text);
    const last = timeline.segments[timeline.segments.length - 1]!;
    expect(last).toMatchObject({ kind: 'say', text: longestClosing(PMR_CLOSE).join(' ') });
  });
});

describe('length and the response budget', () => {
  // Measured with the speech estimate: quick 6.0 min, standard 8.7 min; full is clamped to standard.
  it.each([
    ['quick', 5, 6.5],
    ['standard', 7.5, 9],
    ['full', 7.5, 9],
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
