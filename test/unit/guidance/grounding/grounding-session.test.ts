import { groundingTimeline } from '../../../../lambda/guidance/grounding/session';
import { senseSteps } from '../../../../lambda/guidance/grounding/script';
import { wordsFor } from '../../../../lambda/content/words';
import type { Timeline } from '../../../../lambda/timeline';
import { GUIDE_VOICE } from '../../../../lambda/guidance/voices';
import { estimateSpeechMs } from '../../../../lambda/speech/estimate';
import { SESSION_SSML_BUDGET } from '../../../../lambda/speech/limits';
import { renderSsml } from '../../../../lambda/renderers/ssml/ssml';
import { spokenMs } from '../../../../lambda/speech/timing';
import { longestClosing } from '../../../support/longest-closing';
import { marksOf, pacingErrorsMs } from '../../../support/pacing';
import { expectValidAlexaSsml } from '../../../support/ssml';

const en = wordsFor('en-US');
const GROUNDING_CLOSE = en.grounding.closes[0]!;
const SENSE_STEPS = senseSteps(en);
const CLOSING = longestClosing(GROUNDING_CLOSE);
const timeline: Timeline = groundingTimeline(en, CLOSING);
const marks = marksOf(timeline);
/** At least this much quiet for noticing each thing a sense asks for. */
const NOTICING_MS_PER_ITEM = 4000;
const FIVE_SENSES = [
  'five things you can see',
  'four things you can feel',
  'three things you can hear',
  'two things you can smell',
  'one thing you can taste',
];

describe('grounding with the five senses', () => {
  it('walks through five things seen, four felt, three heard, two smelled and one tasted, in that order', () => {
    const senses = marks.filter((m) => SENSE_STEPS.some((step) => step.sense === m.mark.phase));
    expect(senses.map((m) => m.mark.phase)).toEqual(['see', 'feel', 'hear', 'smell', 'taste']);
    senses.forEach((m, i) => expect(m.text).toContain(FIVE_SENSES[i]));
    // Every day's way of asking names the sense and how many.
    SENSE_STEPS.forEach((step, i) => {
      for (const prompt of [step.prompt, ...step.otherPrompts]) expect(prompt).toContain(FIVE_SENSES[i]);
    });
  });

  it.each(SENSE_STEPS.map((step) => [step.sense, step.count] as const))(
    'leaves quiet after "%s" long enough to notice each of its %i things',
    (sense, count) => {
      const at = marks.findIndex((m) => m.mark.phase === sense);
      const prompt = marks[at]!;
      const quietMs = marks[at + 1]!.startMs - prompt.startMs - estimateSpeechMs(prompt.text, GUIDE_VOICE.ratePercent);
      expect(quietMs).toBeGreaterThanOrEqual(count * NOTICING_MS_PER_ITEM);
    },
  );

  it('finishes with one slow breath, the breath out longer than the breath in', () => {
    // The first breath opens the session; the last one closes it.
    const breath = marks.filter((m) => m.mark.phase === 'inhale' || m.mark.phase === 'exhale').slice(-2);
    expect(breath.map((m) => m.mark.phase)).toEqual(['inhale', 'exhale']);
    expect(breath[1]!.startMs - breath[0]!.startMs).toBe(4000);
    expect(breath[1]!.mark.phaseMs).toBeGreaterThan(breath[0]!.mark.phaseMs);
    expect(marks.indexOf(breath[0]!)).toBeGreaterThan(marks.findIndex((m) => m.mark.phase === 'taste'));
  });

  it('paces every cue honestly (within 0.1 s)', () => {
    for (const error of pacingErrorsMs(timeline)) expect(Math.abs(error)).toBeLessThanOrEqual(100);
  });

  it('closes with the closing lines after the breath', () => {
    const last = timeline.segments[timeline.segments.length - 1]!;
    expect(last).toMatchObject({ kind: 'say', text: CLOSING.join(' ') });
  });

  // Measured with the speech estimate: 2.5 minutes.
  it('lasts two to three minutes and fits one response as valid SSML', async () => {
    expect(spokenMs(timeline)).toBeGreaterThanOrEqual(2 * 60_000);
    expect(spokenMs(timeline)).toBeLessThanOrEqual(3 * 60_000);
    const ssml = renderSsml(timeline.segments);
    expect(ssml.length).toBeLessThanOrEqual(SESSION_SSML_BUDGET);
    await expectValidAlexaSsml(ssml);
  });
});
