import { planBreathing, type BreathingChoice } from '../../../lambda/guidance/breathing/plan';
import { breathingTimeline } from '../../../lambda/guidance/breathing/session';
import { cycleMs, TECHNIQUES, type TechniqueId } from '../../../lambda/guidance/breathing/techniques';
import type { LengthRequest } from '../../../lambda/guidance/session-length';
import type { Timeline } from '../../../lambda/guidance/timeline';
import { ssmlLength } from '../../../lambda/speech/budget';
import { SESSION_SSML_BUDGET } from '../../../lambda/speech/limits';
import { renderSsml } from '../../../lambda/speech/ssml';
import { spokenMs } from '../../../lambda/speech/timing';
import { marksOf, pacingErrorsMs } from '../../support/pacing';
import { expectValidAlexaSsml } from '../../support/ssml';

const CLOSING = ['Well done. You can come back to this breath whenever you need it.'];
const ALL: TechniqueId[] = ['calm', 'box', '478', 'resonance', 'sigh', 'belly'];

function session(technique: TechniqueId, length: LengthRequest = { kind: 'default' }, extra: Partial<BreathingChoice> = {}) {
  const plan = planBreathing({ technique, length, introduce: true, ...extra });
  return { plan, timeline: breathingTimeline(plan, CLOSING, ssmlLength, SESSION_SSML_BUDGET) };
}

/** Start of each breath (its inhale cue) in ms. */
function breathStarts(timeline: Timeline): number[] {
  return marksOf(timeline).filter((m) => m.mark.phase === 'inhale').map((m) => m.startMs);
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
    for (let i = 1; i < starts.length; i += 1) expect(Math.abs(starts[i]! - starts[i - 1]! - expected)).toBeLessThanOrEqual(100);
  });

  it('measures the calm phases as in 4, hold 4, out 6', () => {
    const marks = marksOf(session('calm').timeline).slice(0, 4);
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

describe('cue wording', () => {
  it('describes the first breath and then keeps to short cues', () => {
    const marks = marksOf(session('calm').timeline);
    expect(marks[0]!.text).toBe('Breathe in through your nose');
    const laterInhales = marks.filter((m) => m.mark.phase === 'inhale' && m.mark.index > 1);
    for (const cue of laterInhales) expect(cue.text.split(' ').length).toBeLessThanOrEqual(2);
  });

  it('offers a calm phrase on long exhales now and then, never on short phases', () => {
    const calmExhales = marksOf(session('calm').timeline).filter((m) => m.mark.phase === 'exhale').map((m) => m.text);
    expect(calmExhales).toContain('Let your shoulders drop');
    const boxCues = marksOf(session('box').timeline).filter((m) => m.mark.index > 1).map((m) => m.text);
    for (const cue of boxCues) expect(cue.split(' ').length).toBeLessThanOrEqual(2);
  });

  it('introduces a technique only the first time in a session', () => {
    const first = renderSsml(session('box').timeline.segments);
    const again = renderSsml(session('box', { kind: 'default' }, { introduce: false }).timeline.segments);
    expect(first).toContain('This is box breathing');
    expect(again).not.toContain('This is box breathing');
  });

  it('pairs the calm baseline and belly breathing with a body check', () => {
    expect(renderSsml(session('calm').timeline.segments)).toContain('check in with your body');
    expect(renderSsml(session('belly').timeline.segments)).toContain('check in with your body');
    expect(renderSsml(session('box').timeline.segments)).not.toContain('check in with your body');
  });
});

describe('session length', () => {
  it.each(ALL)('%s: the default session lasts one to two minutes', (id) => {
    const ms = spokenMs(session(id).timeline);
    expect(ms).toBeGreaterThanOrEqual(60_000);
    expect(ms).toBeLessThanOrEqual(120_000);
  });

  it.each([2, 5, 20].flatMap((minutes) => ['calm', 'box', 'resonance', 'sigh', 'belly'].map((id) => [id, minutes] as const)))(
    '%s for %i minutes lasts that long when spoken, within half a breath',
    (id, minutes) => {
      const { timeline } = session(id as TechniqueId, { kind: 'minutes', ms: minutes * 60_000 });
      const halfBreath = cycleMs(TECHNIQUES[id as TechniqueId]) / 2;
      expect(Math.abs(spokenMs(timeline) - minutes * 60_000)).toBeLessThanOrEqual(halfBreath + 1000);
    },
  );

  it('keeps 4-7-8 to four breaths by default and never more than eight', () => {
    expect(breathStarts(session('478').timeline)).toHaveLength(4);
    const long = session('478', { kind: 'minutes', ms: 10 * 60_000 });
    expect(breathStarts(long.timeline)).toHaveLength(8);
    expect(long.plan.notices).toEqual(["Four seven eight breathing is best kept to 8 breaths, so we'll do 8."]);
    expect(breathStarts(session('478', { kind: 'breaths', count: 12 }).timeline)).toHaveLength(8);
  });

  it.each([
    [{ kind: 'breaths', count: 10 }, 10, []],
    [{ kind: 'breaths', count: 0 }, 1, ["Let's do at least one breath together."]],
    [{ kind: 'breaths', count: -4 }, 1, ["Let's do at least one breath together."]],
    [{ kind: 'breaths', count: 5000 }, 85, ["That's more than I guide in one go, so we'll do 85 breaths, about 20 minutes."]],
    [{ kind: 'breaths', count: undefined }, 6, ["I didn't catch how many breaths, so we'll do 6."]],
    [{ kind: 'minutes', ms: undefined }, 6, ["I didn't catch how long, so we'll do 6 breaths."]],
  ] as const)('calm with %j guides %i breaths and says %j', (length, breaths, notices) => {
    const { plan, timeline } = session('calm', length as LengthRequest);
    expect(breathStarts(timeline)).toHaveLength(breaths);
    expect(plan.notices).toEqual(notices);
  });

  it.each([
    [{ kind: 'minutes', ms: 0 }, 60_000, "The shortest session I guide is 1 minute, so we'll do that."],
    [{ kind: 'minutes', ms: 900 * 3_600_000 }, 20 * 60_000, "The longest session I guide is 20 minutes, so we'll do that."],
    [{ kind: 'minutes', ms: 365 * 86_400_000 }, 20 * 60_000, "The longest session I guide is 20 minutes, so we'll do that."],
  ] as const)('clamps %j to %i ms and says so in one sentence', (length, expectedMs, notice) => {
    const { plan, timeline } = session('calm', length as LengthRequest);
    expect(plan.notices).toEqual([notice]);
    expect(Math.abs(spokenMs(timeline) - expectedMs)).toBeLessThanOrEqual(8000);
    expect(renderSsml(timeline.segments)).toContain(notice.replace("'", '&apos;'));
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

  it('keeps the rhythm of a long session with fewer words and tells the user', () => {
    const { timeline } = session('box', { kind: 'minutes', ms: 20 * 60_000 });
    const ssml = renderSsml(timeline.segments);
    expect(ssml).toContain('Keep this rhythm; I&apos;ll cue each in-breath');
    const inhaleStarts = breathStarts(timeline);
    expect(inhaleStarts.length).toBeGreaterThan(70);
    expect(Math.abs(spokenMs(timeline) - 20 * 60_000)).toBeLessThanOrEqual(8000);
    const silentPhases = marksOf(timeline).filter((m) => m.text === '');
    expect(silentPhases.length).toBeGreaterThanOrEqual(3);
    expect(silentPhases.every((m) => m.mark.phase !== 'inhale')).toBe(true);
    for (const error of pacingErrorsMs(timeline)) expect(Math.abs(error)).toBeLessThanOrEqual(100);
  });
});
