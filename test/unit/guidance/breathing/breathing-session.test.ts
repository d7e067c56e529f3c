import { planBreathing, type BreathingChoice } from '../../../../lambda/guidance/breathing/plan';
import { breathingSpeech, breathingTimeline, CLOSING_ALLOWANCE_MS } from '../../../../lambda/guidance/breathing/session';
import { estimateSpeechMs } from '../../../../lambda/speech/estimate';
import { cycleMs, TECHNIQUES, type TechniqueId } from '../../../../lambda/guidance/breathing/techniques';
import type { LengthRequest } from '../../../../lambda/guidance/session-length';
import type { Timeline } from '../../../../lambda/timeline';
import { cueStage } from '../../../../lambda/guidance/breathing/cues';
import { styleOf } from '../../../../lambda/guidance/session-style';
import { isQuietCue } from '../../../../lambda/guidance/voices';
import { MAX_SPOKEN_RESPONSE_MS, SESSION_SSML_BUDGET } from '../../../../lambda/speech/limits';
import { replyFit } from '../../../../lambda/delivery/reply-fit';
import { renderSsml } from '../../../../lambda/renderers/ssml/ssml';
import { spokenMs, timeSegments } from '../../../../lambda/speech/timing';
import { marksOf, pacingErrorsMs } from '../../../support/pacing';
import { expectValidAlexaSsml } from '../../../support/ssml';
import { wordsFor } from '../../../../lambda/content/words';

const en = wordsFor('en-US');

const escapeXml = (text: string): string => text.replaceAll("'", '&apos;');
const CLOSING = ['Well done. You can come back to this breath whenever you need it.'];
const ALL: TechniqueId[] = ['calm', 'box', '478', 'resonance', 'sigh', 'belly'];

let extraStyle = styleOf({});
function session(technique: TechniqueId, length: LengthRequest = { kind: 'default' }, extra: Partial<BreathingChoice> = {}) {
  const plan = planBreathing(en, { technique, length, introduce: true, ...extra });
  return { plan, timeline: breathingTimeline(en, plan, CLOSING, extraStyle) };
}

/** Start of each breath (its inhale cue) in ms. */
function breathStarts(timeline: Timeline): number[] {
  return marksOf(timeline)
    .filter((m) => m.mark.phase === 'inhale')
    .map((m) => m.startMs);
}

describe('honest pacing', () => {
  it.each(ALL)('%s: every cue starts exactly one phase after the previous cue started (within 0.1 s)', (id) => {
    for (const length of [{ kind: 'default' }, { kind: 'minutes', ms: 20 * 60_000 }] as LengthRequest[]) {
      const { timeline } = session(id, length);
      const errors = pacingErrorsMs(timeline);
      expect(errors.length).toBeGreaterThan(0);
      for (const error of errors) expect(Math.abs(error)).toBeLessThanOrEqual(100);
    }
  });

  it.each([
    ['calm', 14_000],
    ['box', 16_000],
    ['478', 19_000],
    ['resonance', 11_000],
    ['sigh', 10_200],
    ['belly', 10_000],
  ] as const)('%s: one spoken breath lasts %i ms', (id, expected) => {
    expect(cycleMs(TECHNIQUES[id])).toBe(expected);
    const starts = breathStarts(session(id).timeline);
    // The first breath is followed by a few words naming the technique; from the second on, the rhythm is unbroken.
    for (let i = 2; i < starts.length; i += 1) expect(Math.abs(starts[i]! - starts[i - 1]! - expected)).toBeLessThanOrEqual(100);
  });

  it('measures the calm phases as in 4, hold 4, out 6', () => {
    const marks = marksOf(session('calm').timeline)
      .filter((m) => m.mark.index >= 2 && m.mark.phase !== 'guide')
      .slice(0, 4);
    expect(marks.map((m) => m.mark.phase)).toEqual(['inhale', 'hold', 'exhale', 'inhale']);
    expect(marks[1]!.startMs - marks[0]!.startMs).toBeCloseTo(4000, -2);
    expect(marks[2]!.startMs - marks[1]!.startMs).toBeCloseTo(4000, -2);
    expect(marks[3]!.startMs - marks[2]!.startMs).toBeCloseTo(6000, -2);
  });

  it('gives the cyclic sigh a short top-up and an exhale about twice the first inhale', () => {
    const phases = TECHNIQUES.sigh.phases;
    expect(phases.map((p) => p.kind)).toEqual(['inhale', 'topUp', 'exhale']);
    expect(phases[1]!.ms).toBeLessThan(phases[0]!.ms / 2);
    expect(phases[2]!.ms).toBe(2 * phases[0]!.ms);
  });
});

describe('breathe first', () => {
  it.each(ALL)('%s: the first in-breath starts within 4 s, after the bell, and is counted aloud', (id) => {
    const { timeline } = session(id);
    expect(timeline.segments[0]).toMatchObject({ kind: 'sound' });
    const first = marksOf(timeline)[0]!;
    expect(first.mark.phase).toBe('inhale');
    expect(first.startMs).toBeLessThanOrEqual(4000);
    expect(first.text).toBe('Breathe in');
    const counted = timeline.segments.flatMap((s) => (s.kind === 'say' ? [s.text] : [])).slice(0, 4);
    if (TECHNIQUES[id].phases[0]!.ms >= 4000) expect(counted).toEqual(['Breathe in', 'two', 'three', 'four']);
  });

  it.each([
    ['calm', ['Breathe in', 'two', 'three', 'four', 'Hold', 'Breathe out']],
    ['478', ['Breathe in', 'two', 'three', 'four', 'Hold', 'Breathe out']],
    ['box', ['Breathe in', 'two', 'three', 'four', 'Hold', 'Breathe out', 'Rest']],
    ['resonance', ['Breathe in', 'two', 'three', 'four', 'five', 'Breathe out']],
    ['sigh', ['Breathe in', 'two', 'three', 'More', 'Breathe out']],
  ] as const)('%s: the first breath counts its in-breath aloud, then says one word as each phase after it starts', (id, said) => {
    const { timeline } = session(id);
    const secondBreath = marksOf(timeline).filter((m) => m.mark.phase === 'inhale')[1]!;
    const timed = timeSegments(timeline.segments);
    const firstBreath = timed.filter(({ segment, startMs }) => segment.kind === 'say' && startMs < secondBreath.startMs);
    expect(firstBreath.map(({ segment }) => (segment.kind === 'say' ? segment.text : ''))).toEqual(said);
    // The hold of 4-7-8 is kept quiet for its seven seconds, the breath out for its eight.
    const phases = marksOf(timeline).filter((m) => m.mark.index === 1);
    expect(phases.map((m) => m.mark.phaseMs)).toEqual(TECHNIQUES[id].phases.map((p) => p.ms));
  });

  it.each(ALL)('%s: names the technique inside the breaths after the first, each line after a cue, never before', (id) => {
    const timeline = session(id).timeline;
    const timed = timeSegments(timeline.segments);
    const marks = marksOf(timeline);
    const { first, second } = en.breathing.techniques[id].introduction;
    for (const [i, line] of [first, second[0]!].entries()) {
      const at = timed.findIndex(({ segment }) => segment.kind === 'say' && segment.text === line);
      expect(at).toBeGreaterThan(0);
      const phase = marks.filter((m) => m.startMs <= timed[at]!.startMs).at(-1)!;
      expect(phase.mark.index).toBe(i + 2);
      expect(phase.text).not.toBe('');
      expect(timed[at]!.endMs).toBeLessThan(phase.startMs + phase.mark.phaseMs);
    }
    const again = renderSsml(session(id, { kind: 'default' }, { introduce: false }).timeline.segments);
    expect(again).not.toContain(escapeXml(first));
  });

  it('says a length clamped, and why, before the first breath', () => {
    const { plan, timeline } = session('calm', { kind: 'minutes', ms: 20 * 60_000 });
    const says = timeline.segments.flatMap((s) => (s.kind === 'say' ? [s.text] : []));
    expect(says[0]).toBe(plan.notices[0]);
    expect(says[1]).toBe('Breathe in');
  });
});

describe('the cueing curve', () => {
  it('steps back breath by breath and returns for the last breaths', () => {
    const stages = Array.from({ length: 37 }, (_, i) => cueStage(i + 1, 37));
    expect(stages.slice(0, 10)).toEqual(['counted', 'plain', 'short', 'short', 'short', 'inhale', 'inhale', 'inhale', 'inhale', 'turns']);
    expect(stages.slice(-3)).toEqual(['return', 'return', 'last']);
    expect(stages.filter((s) => s === 'check-in').length).toBeGreaterThanOrEqual(3);
    expect(stages.filter((s) => s === 'turns').length).toBeGreaterThan(15);
    expect(stages).not.toContain('quiet');
  });

  it('steps back in a long session by speaking softly, not by falling silent: 9 minutes of calm', () => {
    const { timeline } = session('calm', { kind: 'minutes', ms: 20 * 60_000 });
    const says = timeline.segments.flatMap((s) => (s.kind === 'say' ? [s] : []));
    const soft = says.filter((s) => s.voice.volume === 'soft');
    expect(new Set(soft.map((s) => s.text))).toEqual(new Set(['In', 'Out']));
    expect(new Set(soft.map((s) => s.mark?.index)).size).toBeGreaterThan(10);
    // The soft turns stand in for a tone; every other cue stays rare.
    const counts = new Map<string, number>();
    for (const s of says) if (s.mark && !isQuietCue(s.voice)) counts.set(s.text, (counts.get(s.text) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(20);
    const inhales = marksOf(timeline).filter((m) => m.mark.phase === 'inhale');
    expect(inhales.every((m) => m.text !== '')).toBe(true);
  });

  it.each(ALL)('%s: every cue names its action; a comfort phrase only ever follows "out"', (id) => {
    const { timeline } = session(id, { kind: 'minutes', ms: 20 * 60_000 });
    const action: Record<string, RegExp> = {
      inhale: /\bin\b/i,
      topUp: /\bmore\b/i,
      hold: /\bhold\b/i,
      exhale: /\bout\b/i,
      holdEmpty: /\brest\b/i,
    };
    for (const m of marksOf(timeline)) {
      if (m.text && action[m.mark.phase]) expect(m.text).toMatch(action[m.mark.phase]!);
    }
    const says = timeline.segments.flatMap((s) => (s.kind === 'say' ? [s] : []));
    says.forEach((s, i) => {
      if (en.breathing.cues.comfort.includes(s.text)) expect(says[i - 1]!.text).toMatch(/\bout\b/i);
    });
  });
});

describe('cue wording', () => {
  it('cues the second breath plainly, keeps to short cues, and describes every phase fully only on the last breath', () => {
    const marks = marksOf(session('calm', { kind: 'minutes', ms: 20 * 60_000 }).timeline);
    expect(marks.filter((m) => m.mark.index === 2).map((m) => m.text)).toEqual(['Breathe in', 'Hold', 'Breathe out']);
    const middle = marks.filter((m) => m.mark.phase === 'inhale' && m.mark.index > 2 && m.mark.index < 6);
    for (const cue of middle) expect(cue.text.split(' ').length).toBeLessThanOrEqual(2);
    const last = marksOf(session('calm').timeline).filter((m) => m.mark.index === TECHNIQUES.calm.defaultBreaths);
    expect(last.map((m) => m.text)).toEqual(['Breathe in through your nose', 'Hold, gently', 'And breathe out slowly']);
  });

  it('brings the voice back with the in-breath in fuller words, each breath its own, the other phases plain', () => {
    const marks = marksOf(session('calm').timeline);
    const breath = (index: number) => marks.filter((m) => m.mark.index === index).map((m) => m.text);
    const count = TECHNIQUES.calm.defaultBreaths;
    const [before, returning, last] = [breath(count - 2), breath(count - 1), breath(count)];
    for (const words of [before, returning]) {
      expect(en.breathing.cues.full.inhale).toContain(words[0]);
      expect(words.slice(1)).toEqual(['Hold', 'Breathe out']);
    }
    expect(new Set([before[0], returning[0], last[0]]).size).toBe(3);
  });

  it('says "breathe out" on every 4-7-8 breath out, with comfort after it', () => {
    const exhales = marksOf(session('478').timeline).filter((m) => m.mark.phase === 'exhale');
    for (const cue of exhales) expect(cue.text).toMatch(/out/i);
    const words = renderSsml(session('478').timeline.segments);
    expect(words).not.toMatch(/>Let your shoulders drop[^<]*<\/prosody>\s*<break[^>]*>\s*(<break[^>]*>\s*)*<prosody[^>]*>Hold/);
  });

  it('pairs the calm baseline and belly breathing with a body check', () => {
    expect(renderSsml(session('calm').timeline.segments)).toContain('your body');
    expect(renderSsml(session('belly').timeline.segments)).toContain('your body');
    expect(renderSsml(session('box').timeline.segments)).not.toContain('your body');
  });
});

describe('session length', () => {
  it.each(ALL)('%s: the default session lasts one to two and a half minutes', (id) => {
    const ms = spokenMs(session(id).timeline);
    expect(ms).toBeGreaterThanOrEqual(60_000);
    expect(ms).toBeLessThanOrEqual(150_000);
  });

  it.each([2, 5, 8].flatMap((minutes) => ['calm', 'box', 'resonance', 'sigh', 'belly'].map((id) => [id, minutes] as const)))(
    '%s for %i minutes lasts that long when spoken, within half a breath',
    (id, minutes) => {
      const { timeline } = session(id as TechniqueId, { kind: 'minutes', ms: minutes * 60_000 });
      const halfBreath = cycleMs(TECHNIQUES[id as TechniqueId]) / 2;
      // Rounding to whole breaths, and the room kept for a closing longer than this one.
      expect(Math.abs(spokenMs(timeline) - minutes * 60_000)).toBeLessThanOrEqual(
        halfBreath + CLOSING_ALLOWANCE_MS - estimateSpeechMs(CLOSING[0]!, 90),
      );
    },
  );

  it('keeps 4-7-8 to four breaths by default and never more than eight', () => {
    expect(breathStarts(session('478').timeline)).toHaveLength(4);
    const long = session('478', { kind: 'minutes', ms: 10 * 60_000 });
    expect(breathStarts(long.timeline)).toHaveLength(8);
    expect(long.plan.notices).toEqual(["Four seven eight breathing is best kept to 8 breaths, so we'll do 8."]);
    expect(renderSsml(long.timeline.segments)).toContain('best kept to 8 breaths');
    expect(breathStarts(session('478', { kind: 'breaths', count: 12 }).timeline)).toHaveLength(8);
  });

  it.each([
    [{ kind: 'breaths', count: 10 }, 10, []],
    [{ kind: 'breaths', count: 0 }, 1, ["Let's do at least one breath together."]],
    [{ kind: 'breaths', count: -4 }, 1, ["Let's do at least one breath together."]],
    [{ kind: 'breaths', count: 5000 }, 33, ["That's more breaths than I can guide in one go, so we'll do 33."]],
    [{ kind: 'breaths', count: undefined }, 6, ["I didn't catch how many breaths, so we'll do 6."]],
    [{ kind: 'minutes', ms: undefined }, 6, ["I didn't catch how long, so we'll do 6 breaths."]],
  ] as const)('calm with %j guides %i breaths and says %j', (length, breaths, notices) => {
    const { plan, timeline } = session('calm', length as LengthRequest);
    expect(breathStarts(timeline)).toHaveLength(breaths);
    expect(plan.notices).toEqual(notices);
  });

  it.each([
    [{ kind: 'minutes', ms: 0 }, 60_000, "The shortest session I guide is 1 minute, so we'll do that."],
    [{ kind: 'minutes', ms: 12 * 60_000 }, 8.5 * 60_000, "That's longer than I can speak in one go, so we'll breathe for about 8 minutes."],
    [
      { kind: 'minutes', ms: 900 * 3_600_000 },
      8.5 * 60_000,
      "That's longer than I can speak in one go, so we'll breathe for about 8 minutes.",
    ],
  ] as const)('clamps %j to %i ms and says so in one sentence', (length, expectedMs, notice) => {
    const { plan, timeline } = session('calm', length as LengthRequest);
    expect(plan.notices).toEqual([notice]);
    expect(Math.abs(spokenMs(timeline) - expectedMs)).toBeLessThanOrEqual(20_000);
    expect(renderSsml(timeline.segments)).toContain(notice.replaceAll("'", '&apos;'));
  });
});

describe('the response budget', () => {
  const lengths: LengthRequest[] = [
    { kind: 'default' },
    { kind: 'minutes', ms: 60_000 },
    { kind: 'minutes', ms: 5 * 60_000 },
    { kind: 'minutes', ms: 12 * 60_000 },
    { kind: 'minutes', ms: 20 * 60_000 },
    { kind: 'breaths', count: 5000 },
  ];

  it.each(ALL)('%s: every length renders valid SSML within the budget, every breath kept', async (id) => {
    for (const length of lengths) {
      const { timeline } = session(id, length, { unknownTechniqueName: 'dragon & <fire> breathing' });
      const ssml = renderSsml(timeline.segments);
      expect(ssml.length).toBeLessThanOrEqual(SESSION_SSML_BUDGET);
      await expectValidAlexaSsml(ssml);
      expect(ssml.endsWith(`${CLOSING[0]!.replace("'", '&apos;')}</prosody></speak>`)).toBe(true);
    }
  });

  it.each(ALL)('%s: no length, voice or bell setting plans a reply past nine minutes', (id) => {
    for (const style of [styleOf({}), styleOf({ nightVoice: true }), styleOf({ bells: false })]) {
      extraStyle = style;
      for (const length of lengths) {
        const fit = replyFit(session(id, length).timeline.segments);
        expect(fit.spokenMs).toBeLessThanOrEqual(MAX_SPOKEN_RESPONSE_MS);
        expect(fit.fits).toBe(true);
      }
    }
    extraStyle = styleOf({});
  });

  it.each(ALL)('%s: the SSML handed on is the session rendered, in every style and length', (id) => {
    for (const style of [styleOf({}), styleOf({ nightVoice: true }), styleOf({ bells: false })]) {
      for (const length of lengths) {
        const { timeline, ssml } = breathingSpeech(en, planBreathing(en, { technique: id, length, introduce: true }), CLOSING, style);
        expect(ssml).toBe(renderSsml(timeline.segments));
      }
    }
  });

  it('the night voice is the voice delivered: every word soft, the pacing kept', () => {
    extraStyle = styleOf({ nightVoice: true });
    const { timeline } = session('calm', { kind: 'minutes', ms: 20 * 60_000 });
    extraStyle = styleOf({});
    for (const s of timeline.segments) if (s.kind === 'say') expect(['soft', 'x-soft']).toContain(s.voice.volume);
    for (const error of pacingErrorsMs(timeline)) expect(Math.abs(error)).toBeLessThanOrEqual(100);
  });

  it('with no bells there is no sound, and the first breath comes sooner', () => {
    extraStyle = styleOf({ bells: false });
    const { timeline } = session('calm');
    extraStyle = styleOf({});
    expect(timeline.segments.some((s) => s.kind === 'sound')).toBe(false);
    expect(marksOf(timeline)[0]!.startMs).toBe(0);
  });
});
