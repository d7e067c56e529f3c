import { wordsFor } from '../../../lambda/content/words';
import { countSyllables, estimateSpeechMs, MS_PER_SYLLABLE, MS_PER_WORD } from '../../../lambda/speech/estimate';

describe('countSyllables', () => {
  it.each([
    ['in', 1],
    ['breathe', 1],
    ['hold', 1],
    ['slowly', 2],
    ['gently', 2],
    ['shoulders', 2],
    ['relaxation', 4],
    ['muscle', 2],
    ['notice', 2],
    ['released', 2],
    ['rested', 2],
    ['20', 3],
  ])('%s has %i syllables', (word, expected) => {
    expect(countSyllables(word)).toBe(expected);
  });
});

describe('estimateSpeechMs', () => {
  it('gives a one-word cue about a third of a second', () => {
    expect(estimateSpeechMs('In')).toBe(MS_PER_SYLLABLE + MS_PER_WORD);
  });

  it('speaks the breathing introductions, all together, at about the 150-170 words a minute of Alexa', () => {
    // Each line is a few words, too few for a rate of its own; together they are Steady's everyday
    // sentences. Each is said on its own inside a breath, the quiet after it written as a pause,
    // so each is timed alone: joined, the estimate would add a pause between them no one hears.
    const lines = Object.values(wordsFor('en-US').breathing.techniques).flatMap((t) => [t.introduction.first, t.introduction.second[0]!]);
    const words = lines.join(' ').split(/\s+/).length;
    const wordsPerMinute = words / (lines.reduce((ms, line) => ms + estimateSpeechMs(line), 0) / 60_000);
    expect(wordsPerMinute).toBeGreaterThan(140);
    expect(wordsPerMinute).toBeLessThan(175);
  });

  it('adds the pauses a voice makes at commas and inner sentence ends, but not at the final stop', () => {
    const plain = estimateSpeechMs('breathe out slowly all the way');
    expect(estimateSpeechMs('breathe out, slowly, all the way.')).toBe(plain + 2 * 180);
    expect(estimateSpeechMs('Breathe out. Slowly.')).toBe(estimateSpeechMs('Breathe out slowly') + 350);
  });

  it.each([
    [50, 2],
    [80, 1.25],
    [125, 0.8],
  ])('stretches speech at a prosody rate of %i%%', (rate, factor) => {
    const normal = estimateSpeechMs('Notice your hands and your jaw');
    expect(estimateSpeechMs('Notice your hands and your jaw', rate)).toBeCloseTo(normal * factor, -1);
  });

  it('ignores punctuation-only text', () => {
    expect(estimateSpeechMs('…')).toBe(0);
  });
});
