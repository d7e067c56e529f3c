import { overwhelmedTimeline } from '../../../lambda/guidance/safety/session';
import { EMERGENCY_FIRST, REACH_OUT, type Distress } from '../../../lambda/guidance/safety/wording';
import type { Timeline } from '../../../lambda/guidance/timeline';
import { SESSION_SSML_BUDGET } from '../../../lambda/speech/limits';
import { renderSsml } from '../../../lambda/speech/ssml';
import { spokenMs } from '../../../lambda/speech/timing';
import { longestClosing } from '../../support/longest-closing';
import { marksOf, pacingErrorsMs } from '../../support/pacing';
import { expectValidAlexaSsml } from '../../support/ssml';

const DISTRESSES: Distress[] = ['overwhelmed', 'breathless'];
const session = (distress: Distress): Timeline => overwhelmedTimeline(distress, longestClosing());
const texts = (timeline: Timeline): string[] => timeline.segments.flatMap((s) => (s.kind === 'say' ? [s.text] : []));

describe('the grounding breath for someone overwhelmed or panicking', () => {
  it('starts breathing at once: the first breath within ten seconds', () => {
    const inhale = marksOf(session('overwhelmed')).find((m) => m.mark.phase === 'inhale')!;
    expect(inhale.startMs).toBeLessThanOrEqual(10_000);
  });

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

  it.each(DISTRESSES)('%s: says gently where to find more help after the breaths, with no phone number', (distress) => {
    const timeline = session(distress);
    const said = texts(timeline);
    const reachOut = said.indexOf(REACH_OUT);
    expect(REACH_OUT).toMatch(/^If this feels like too much, talking to a professional or a crisis line can help\./);
    expect(REACH_OUT).toContain('a local crisis line or emergency services');
    const lastBreath = marksOf(timeline).filter((m) => m.mark.phase === 'exhale').pop()!;
    expect(said.indexOf(lastBreath.text)).toBeLessThan(reachOut);
    for (const text of said) expect(text).not.toMatch(/\d/);
  });

  it('tells someone who cannot breathe to call emergency services before any breathing', () => {
    const said = texts(session('breathless'));
    expect(said[0]).toBe(EMERGENCY_FIRST);
    expect(EMERGENCY_FIRST).toMatch(/call emergency services now/);
    expect(texts(session('overwhelmed'))).not.toContain(EMERGENCY_FIRST);
  });

  it.each(DISTRESSES)('%s: ends with the closing lines, within one response, as valid SSML', async (distress) => {
    const timeline = session(distress);
    const last = timeline.segments[timeline.segments.length - 1]!;
    expect(last).toMatchObject({ kind: 'say', text: longestClosing().join(' ') });
    expect(spokenMs(timeline)).toBeLessThanOrEqual(3 * 60_000);
    const ssml = renderSsml(timeline.segments);
    expect(ssml.length).toBeLessThanOrEqual(SESSION_SSML_BUDGET);
    await expectValidAlexaSsml(ssml);
  });
});
