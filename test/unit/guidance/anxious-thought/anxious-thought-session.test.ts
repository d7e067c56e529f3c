import { anxiousThoughtTimeline, choiceForDay, contentFor, REFRAME_PRACTICE } from '../../../../lambda/guidance/anxious-thought/session';
import { ANXIOUS_THEMES, type AnxiousTheme } from '../../../../lambda/guidance/anxious-thought/themes';
import { wordsFor } from '../../../../lambda/content/words';
import { SESSION_SSML_BUDGET } from '../../../../lambda/speech/limits';
import { renderSsml } from '../../../../lambda/renderers/ssml/ssml';
import { spokenMs } from '../../../../lambda/speech/timing';
import { longestClosing } from '../../../support/longest-closing';
import { marksOf, pacingErrorsMs } from '../../../support/pacing';
import { expectValidAlexaSsml } from '../../../support/ssml';

const WORDS = wordsFor('en-US').anxiousThought;
const SESSION_CLOSE = WORDS.closes[0]!;
const THEME_CONTENT = WORDS.themes;
const CLOSING = longestClosing(SESSION_CLOSE);
const THEMES: Array<AnxiousTheme | undefined> = [...ANXIOUS_THEMES, undefined];
const DAYS = Array.from({ length: 14 }, (_, i) => new Date(Date.UTC(2026, 11, 1 + i)).toISOString().slice(0, 10));

const textOf = (theme: AnxiousTheme | undefined, day: string) =>
  anxiousThoughtTimeline(WORDS, theme, day, CLOSING)
    .segments.flatMap((s) => (s.kind === 'say' ? [s.text] : []))
    .join(' ');

describe('the anxious-thought session', () => {
  it.each(THEMES)('for %s: acknowledge, notice, one 4-4-6 breath, reframe, one small action, in that order', (theme) => {
    const marks = marksOf(anxiousThoughtTimeline(WORDS, theme, DAYS[0]!, CLOSING));
    const order = marks.map((m) => m.mark.phase).filter((phase, i, all) => all.indexOf(phase) === i);
    expect(order).toEqual(['acknowledge', 'notice', 'breath', 'inhale', 'hold', 'exhale', 'reframe', 'action']);
    const breath = marks.filter((m) => ['inhale', 'hold', 'exhale'].includes(m.mark.phase)).map((m) => m.mark.phaseMs);
    expect(breath).toEqual([4000, 4000, 6000]);
  });

  it.each(THEMES)('for %s: about three minutes, honestly paced, in one valid response', async (theme) => {
    for (const day of DAYS.slice(0, 4)) {
      const timeline = anxiousThoughtTimeline(WORDS, theme, day, CLOSING);
      expect(timeline.practice).toBe(REFRAME_PRACTICE);
      expect(spokenMs(timeline)).toBeGreaterThanOrEqual(150_000);
      expect(spokenMs(timeline)).toBeLessThanOrEqual(210_000);
      for (const error of pacingErrorsMs(timeline)) expect(Math.abs(error)).toBeLessThanOrEqual(100);
      const ssml = renderSsml(timeline.segments);
      expect(ssml.length).toBeLessThanOrEqual(SESSION_SSML_BUDGET);
      await expectValidAlexaSsml(ssml);
    }
  });

  it.each(THEMES)('for %s: never asks for the thought to be said aloud, and asks no question', (theme) => {
    for (const day of DAYS) {
      const text = textOf(theme, day);
      expect(text).toMatch(/(no need to (say anything|put it into words)|nothing needs (to be said|saying)) out loud/i);
      expect(text).not.toMatch(/\?/);
      expect(text).not.toMatch(/\b(tell me|say it (to me|out loud)|what is the thought|what's the thought)\b/i);
    }
  });

  it.each(ANXIOUS_THEMES)('for %s: several reframes and actions, and neither repeats from one day to the next', (theme) => {
    const content = THEME_CONTENT[theme];
    expect(content.reframes.length).toBeGreaterThanOrEqual(3);
    expect(content.actions.length).toBeGreaterThanOrEqual(3);
    DAYS.slice(1).forEach((day, i) => {
      const today = choiceForDay(content, day);
      const yesterday = choiceForDay(content, DAYS[i]!);
      expect(today.reframe).not.toBe(yesterday.reframe);
      expect(today.action).not.toBe(yesterday.action);
    });
    // Over a fortnight every reframe is heard.
    expect(new Set(DAYS.map((day) => choiceForDay(content, day).reframe))).toEqual(new Set(content.reframes));
  });

  it('matches the reframe and the acknowledgement to the theme', () => {
    expect(textOf('waiting', DAYS[0]!)).toContain('Waiting for a reply has stirred up worry.');
    expect(textOf('left', DAYS[0]!)).toContain('fear of being left');
    const reframe = choiceForDay(contentFor(WORDS, 'disagreement'), DAYS[0]!).reframe;
    expect(THEME_CONTENT.disagreement.reframes).toContain(reframe);
    expect(textOf('disagreement', DAYS[0]!)).toContain(reframe);
  });
});
