import { iStatementTimeline, I_STATEMENT_EXAMPLES, I_STATEMENT_SHAPE } from '../../../lambda/guidance/i-statement/session';
import { SESSION_SSML_BUDGET } from '../../../lambda/renderers/ssml/limits';
import { renderSsml } from '../../../lambda/renderers/ssml/ssml';
import { spokenMs } from '../../../lambda/renderers/ssml/timing';
import { marksOf, pacingErrorsMs } from '../../support/pacing';
import { expectValidAlexaSsml } from '../../support/ssml';

describe('saying how you feel: the I statement guide', () => {
  const timeline = iStatementTimeline();
  const marks = marksOf(timeline);

  it("gives the shape I feel, when, and I'd like, then two examples that follow it", () => {
    expect(I_STATEMENT_SHAPE).toMatch(/I feel.*When.*I'd like/);
    expect(I_STATEMENT_EXAMPLES).toHaveLength(2);
    for (const example of I_STATEMENT_EXAMPLES) expect(example).toMatch(/I feel .+ when .+, and I'd like .+/);
    expect(marks.filter((m) => m.mark.phase === 'example').map((m) => m.text)).toEqual(I_STATEMENT_EXAMPLES);
  });

  it('ends with one calm 4-4-6 breath before the conversation, honestly paced', () => {
    const breath = marks.filter((m) => ['inhale', 'hold', 'exhale'].includes(m.mark.phase));
    expect(breath.map((m) => m.mark.phaseMs)).toEqual([4000, 4000, 6000]);
    expect(marks.indexOf(breath[0]!)).toBeGreaterThan(marks.findIndex((m) => m.mark.phase === 'example'));
    for (const error of pacingErrorsMs(timeline)) expect(Math.abs(error)).toBeLessThanOrEqual(100);
  });

  it('is short (about a minute) and one valid response', async () => {
    expect(spokenMs(timeline)).toBeGreaterThanOrEqual(40_000);
    expect(spokenMs(timeline)).toBeLessThanOrEqual(90_000);
    const ssml = renderSsml(timeline.segments);
    expect(ssml.length).toBeLessThanOrEqual(SESSION_SSML_BUDGET);
    await expectValidAlexaSsml(ssml);
  });
});
