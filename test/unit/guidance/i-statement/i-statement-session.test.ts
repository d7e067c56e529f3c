import { dayIndex } from '../../../../lambda/guidance/day-index';
import { examplesFor, iStatementTimeline } from '../../../../lambda/guidance/i-statement/session';
import { wordsFor } from '../../../../lambda/content/words';
import { EVERYDAY_STYLE } from '../../../../lambda/guidance/session-style';
import { SESSION_SSML_BUDGET } from '../../../../lambda/speech/limits';
import { renderSsml } from '../../../../lambda/renderers/ssml/ssml';
import { spokenMs } from '../../../../lambda/speech/timing';
import { marksOf, pacingErrorsMs } from '../../../support/pacing';
import { expectValidAlexaSsml } from '../../../support/ssml';

const WORDS = wordsFor('en-US').iStatement;
const I_STATEMENT_EXAMPLE_POOL = WORDS.examples;
const I_STATEMENT_SHAPE = WORDS.shape;

describe('saying how you feel: the I statement guide', () => {
  const timeline = iStatementTimeline(WORDS);
  const marks = marksOf(timeline);

  it("gives the shape I feel, when, and I'd like, then two examples that follow it", () => {
    expect(I_STATEMENT_SHAPE).toMatch(/I feel.*When.*I'd like/);
    expect(I_STATEMENT_EXAMPLE_POOL.length).toBeGreaterThanOrEqual(4);
    for (const example of I_STATEMENT_EXAMPLE_POOL) expect(example).toMatch(/^I feel .+ when .+, and I'd like .+/);
    const said = marks.filter((m) => m.mark.phase === 'example').map((m) => m.text);
    expect(said).toEqual(examplesFor(WORDS, dayIndex(EVERYDAY_STYLE.localDay)));
    expect(said).toHaveLength(2);
    expect(said[0]).toMatch(/^For example: /);
    expect(said[1]).toMatch(/^Or: /);
    expect(new Set(said).size).toBe(2);
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
