import { wordsFor } from '../../../../lambda/content/words';
import { CIRCLE_SCALE } from '../../../../lambda/renderers/apl/phase-looks';
import { animationCommands } from '../../../../lambda/renderers/apl/animation-commands';
import { visualPhases } from '../../../../lambda/renderers/apl/visual-phases';
import { bedtimeTimeline } from '../../../../lambda/guidance/bedtime/session';
import { planBreathing, type BreathingChoice } from '../../../../lambda/guidance/breathing/plan';
import { breathingTimeline } from '../../../../lambda/guidance/breathing/session';
import { TECHNIQUES, type TechniqueId } from '../../../../lambda/guidance/breathing/techniques';
import { withSoftVoiceTimeline } from '../../../../lambda/guidance/soft-voice';
import type { Timeline } from '../../../../lambda/timeline';
import { spokenMs } from '../../../../lambda/speech/timing';
import { countCommands, playCommands, type PlayedPhase } from '../../../support/apl-playback';
import { marksOf } from '../../../support/pacing';

const SCREENS = wordsFor('en-US').screens;

/** Picture and voice may differ by at most this much at any phase. */
const TOLERANCE_MS = 100;
const CLOSING = ['Well done. You can come back to this breath whenever you need it.', 'I can tolerate discomfort.'];

const BREATH_WORDS: Record<string, string> = {
  inhale: 'Breathe in',
  topUp: 'A little more',
  hold: 'Hold',
  exhale: 'Breathe out',
  holdEmpty: 'Rest',
};

function breathing(technique: TechniqueId, length: BreathingChoice['length'] = { kind: 'default' }): Timeline {
  const plan = planBreathing(wordsFor('en-US'), { technique, length, introduce: true });
  return breathingTimeline(wordsFor('en-US'), plan, CLOSING);
}

const twentyMinutes = (technique: TechniqueId) => breathing(technique, { kind: 'minutes', ms: 20 * 60_000 });

function played(timeline: Timeline): PlayedPhase[] {
  return playCommands(animationCommands(visualPhases(timeline, SCREENS)) as unknown as Array<Record<string, unknown>>);
}

/** The voice's phases, measured from the Timeline itself: before the first mark, each mark, after. */
function spokenPhases(timeline: Timeline): Array<{ phase: string; startMs: number; ms: number }> {
  const marks = marksOf(timeline);
  const totalMs = spokenMs(timeline);
  const phases = marks.map(({ mark, startMs }, i) => {
    const endMs = i + 1 < marks.length ? marks[i + 1]!.startMs : startMs + mark.phaseMs;
    return { phase: mark.phase, startMs, ms: endMs - startMs };
  });
  const lastEnd = phases.length > 0 ? phases[phases.length - 1]!.startMs + phases[phases.length - 1]!.ms : 0;
  return [
    ...(marks[0] && marks[0].startMs > 0 ? [{ phase: 'opening', startMs: 0, ms: marks[0].startMs }] : []),
    ...phases,
    ...(totalMs > lastEnd ? [{ phase: 'closing', startMs: lastEnd, ms: totalMs - lastEnd }] : []),
  ];
}

/** Holds the picture against the voice phase by phase, and checks where each phase starts. */
function expectInStep(timeline: Timeline): void {
  const voice = spokenPhases(timeline);
  const picture = played(timeline);
  expect(picture).toHaveLength(voice.length);
  let pictureClock = 0;
  voice.forEach((spoken, i) => {
    const shown = picture[i]!;
    expect(Math.abs(shown.ms - spoken.ms)).toBeLessThanOrEqual(TOLERANCE_MS);
    expect(Math.abs(pictureClock - spoken.startMs)).toBeLessThanOrEqual(TOLERANCE_MS);
    if (BREATH_WORDS[spoken.phase]) expect(shown.word).toBe(BREATH_WORDS[spoken.phase]);
    pictureClock += shown.ms;
  });
  expect(Math.abs(pictureClock - spokenMs(timeline))).toBeLessThanOrEqual(TOLERANCE_MS);
}

describe('the breathing visual follows the spoken Timeline', () => {
  it.each(Object.keys(TECHNIQUES) as TechniqueId[])('%s, default length: every phase in step', (technique) => {
    expectInStep(breathing(technique));
  });

  it.each(Object.keys(TECHNIQUES) as TechniqueId[])('%s, 20 minutes: in step to the end', (technique) => {
    expectInStep(twentyMinutes(technique));
  });

  it('4-4-6 for 20 minutes: grows for 4 s on every inhale, rests 4 s, shrinks for 6 s, with no drift', () => {
    const timeline = twentyMinutes('calm');
    const picture = played(timeline);
    const breaths = picture.filter((phase) => phase.word === 'Breathe in');
    // Twenty minutes asked for; one reply speaks nine at most, so about 33 breaths.
    expect(breaths.length).toBeGreaterThan(30);
    for (const phase of picture) {
      if (phase.word === 'Breathe in')
        expect(phase).toEqual({ word: 'Breathe in', ms: 4000, fromScale: CIRCLE_SCALE.empty, toScale: CIRCLE_SCALE.full });
      if (phase.word === 'Hold') expect(phase).toEqual({ word: 'Hold', ms: 4000 });
      if (phase.word === 'Breathe out')
        expect(phase).toEqual({ word: 'Breathe out', ms: 6000, fromScale: CIRCLE_SCALE.full, toScale: CIRCLE_SCALE.empty });
    }
    const lastExhale = marksOf(timeline)
      .filter((m) => m.mark.phase === 'exhale')
      .pop()!;
    const pictureClockAtLastExhale = picture
      .slice(0, picture.map((p) => p.word).lastIndexOf('Breathe out'))
      .reduce((sum, phase) => sum + phase.ms, 0);
    expect(pictureClockAtLastExhale).toBe(lastExhale.startMs);
  });

  it('shows a still circle with "Get comfortable" for the whole introduction before the first breath', () => {
    const timeline = breathing('calm');
    const [opening] = played(timeline);
    expect(opening).toEqual({ word: 'Get comfortable', ms: marksOf(timeline)[0]!.startMs });
  });

  it('keeps silent phases: the 4-7-8 hold and the box rest are shown as rests of their full length', () => {
    expect(
      played(breathing('478'))
        .filter((p) => p.word === 'Hold')
        .every((p) => p.ms === 7000 && p.toScale === undefined),
    ).toBe(true);
    expect(
      played(breathing('box'))
        .filter((p) => p.word === 'Rest')
        .every((p) => p.ms === 4000),
    ).toBe(true);
  });

  it('tops up the cyclic sigh above full before the long exhale', () => {
    const [, inhale, topUp, exhale] = played(breathing('sigh'));
    expect(inhale).toMatchObject({ word: 'Breathe in', ms: 3000, toScale: CIRCLE_SCALE.full });
    expect(topUp).toMatchObject({ word: 'A little more', ms: 1200, fromScale: CIRCLE_SCALE.full, toScale: CIRCLE_SCALE.topped });
    expect(exhale).toMatchObject({ word: 'Breathe out', ms: 6000, fromScale: CIRCLE_SCALE.topped, toScale: CIRCLE_SCALE.empty });
  });

  it('stays in step with the soft night voice, which slows the words but moves no phase', () => {
    const timeline = twentyMinutes('calm');
    const soft = withSoftVoiceTimeline(timeline);
    expect(
      marksOf(soft)
        .slice(1)
        .map((m) => m.startMs - marksOf(soft)[0]!.startMs),
    ).toEqual(
      marksOf(timeline)
        .slice(1)
        .map((m) => m.startMs - marksOf(timeline)[0]!.startMs),
    );
    expectInStep(soft);
  });

  it('bedtime: the lengthening breaths are in step too, between its spoken sections', () => {
    const timeline = bedtimeTimeline(wordsFor('en-US'), ['Sleep gently.']);
    expectInStep(timeline);
    const exhales = played(timeline)
      .filter((p) => p.word === 'Breathe out')
      .map((p) => p.ms);
    // The opening breath, then the stages: 3 breaths out for six, 3 for seven, 2 for eight.
    expect(exhales).toEqual([...Array(4).fill(6000), ...Array(3).fill(7000), ...Array(2).fill(8000)]);
  });
});

describe('the commands stay small', () => {
  it('loops identical breaths with a repeatCount instead of writing each one out', () => {
    const commands = animationCommands(visualPhases(twentyMinutes('calm'), SCREENS)) as unknown as Array<Record<string, unknown>>;
    const loops = commands.filter((command) => command.type === 'Sequential');
    expect(loops.length).toBeGreaterThanOrEqual(1);
    expect(Math.max(...loops.map((loop) => Number(loop.repeatCount)))).toBeGreaterThan(15);
    expect(countCommands(commands, 'AnimateItem')).toBeLessThan(10);
  });

  it('writes each phase out when nothing repeats', () => {
    const phases = [
      { word: 'Breathe in', ms: 4000, fromScale: 0.55, toScale: 1 },
      { word: 'Hold', ms: 7000, fromScale: 1, toScale: 1 },
      { word: 'Breathe out', ms: 8000, fromScale: 1, toScale: 0.55 },
    ];
    expect(animationCommands(phases).map((command) => command.type)).toEqual([
      'SetValue',
      'AnimateItem',
      'SetValue',
      'Idle',
      'SetValue',
      'AnimateItem',
    ]);
  });
});
