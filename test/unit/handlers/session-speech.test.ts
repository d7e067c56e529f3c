import { sessionSpeech } from '../../../lambda/handlers/session-speech';
import { withSoftVoiceTimeline } from '../../../lambda/guidance/soft-voice';
import { say, type Timeline } from '../../../lambda/guidance/timeline';
import type { RecordedSession } from '../../../lambda/practice/recorder';

const timelineOf = (words: readonly string[]): Timeline => ({ practice: 'calm', segments: words.map((word) => say(word)), plannedMinutes: 1 });

function speaker() {
  const built: string[][] = [];
  const speak = sessionSpeech<string>(
    (recorded) => ['Well done.', ...(recorded.milestoneDays ? [`That's ${recorded.milestoneDays} days in a row.`] : [])],
    (plan, closing, style) => {
      built.push([plan, ...closing]);
      const timeline = timelineOf([plan, ...closing]);
      return style.nightVoice ? withSoftVoiceTimeline(timeline) : timeline;
    },
  );
  return { speak, built };
}

const expected: RecordedSession = { localDay: '2026-03-08', localHour: 12, preferences: {} };

test('the speech prepared for the expected outcome is the one delivered when the outcome is as expected', () => {
  const { speak, built } = speaker();
  const prepared = speak('Breathe in.', expected);
  const delivered = speak('Breathe in.', { ...expected, preferences: {} });
  expect(delivered).toBe(prepared);
  expect(built).toHaveLength(1);
  expect(delivered.ssml).toBe('<speak>Breathe in. Well done.</speak>');
});

test('a milestone the write reports is said, though the speech was prepared without it', () => {
  const { speak } = speaker();
  speak('Breathe in.', expected);
  expect(speak('Breathe in.', { ...expected, milestoneDays: 5 }).ssml).toBe("<speak>Breathe in. Well done. That&apos;s 5 days in a row.</speak>");
});

test('a plan made again on other preferences, or a night voice the saved preferences ask for, is worked out again', () => {
  const { speak, built } = speaker();
  speak('Breathe in.', expected);
  expect(speak('Box breathing.', expected).ssml).toContain('Box breathing.');
  const atNight = { ...expected, localHour: 23 };
  speak('Box breathing.', atNight);
  expect(speak('Box breathing.', { ...atNight, preferences: { softVoiceAtNight: true } }).ssml).toContain("volume='soft'");
  expect(built).toHaveLength(3);
});
