/**
 * The hand-over from a long breathing session's spoken start to its track keeps the rhythm: the
 * track's first in-breath comes one cycle after the reply's last, as between any two breaths.
 */
import { wordsFor } from '../../../../lambda/content/words';
import { inBreathCueGapsMs, RHYTHM_TOLERANCE_MS } from '../../../../lambda/guidance/breathing/rhythm';
import { cycleMs, TECHNIQUES } from '../../../../lambda/guidance/breathing/techniques';
import { styleOf } from '../../../../lambda/guidance/session-style';
import {
  LONG_BREATHING_TECHNIQUES,
  longBreathingPlan,
  longBreathingSpokenStart,
  longBreathingTrackTimeline,
  TRACK_LEAD_IN_MS,
} from '../../../../lambda/guidance/tracks/track-sessions';
import { replyFit } from '../../../../lambda/delivery/reply-fit';
import { handoverGapMs, handoverGaps } from '../../../../tools/tracks/handover';
import { LEAD_IN_WITHOUT_BELL_MS } from '../../../../tools/tracks/schedule';

const LANGUAGES = ['en-US', 'es-ES'] as const;

describe('the hand-over from the spoken start to the track', () => {
  it.each(LONG_BREATHING_TECHNIQUES.flatMap((technique) => LANGUAGES.map((locale) => [technique, locale] as const)))(
    'is one %s cycle within 0.5 s, from the last in-breath cue of the reply to the first of the track (%s)',
    (technique, locale) => {
      const { cycleMs: cycle, gapsMs } = handoverGaps(technique, wordsFor(locale));
      // Every offered length, by day, in the night voice and without bells, introduced or not.
      expect(gapsMs).toHaveLength(3 * 3 * 2);
      for (const gap of gapsMs) expect(Math.abs(gap - cycle)).toBeLessThanOrEqual(RHYTHM_TOLERANCE_MS);
    },
  );

  it.each(LONG_BREATHING_TECHNIQUES)(
    'keeps %s one cycle apart through the whole spoken start, the handover lines inside the breaths',
    (technique) => {
      const words = wordsFor('en-US');
      const cycle = cycleMs(TECHNIQUES[technique]);
      for (const style of [styleOf({}), styleOf({ nightVoice: true })]) {
        const start = longBreathingSpokenStart(
          longBreathingPlan(technique, 20, true, { notices: ["I'll guide 15 minutes."] }),
          words,
          style,
        );
        const gaps = inBreathCueGapsMs(start.segments, undefined, Number.POSITIVE_INFINITY);
        expect(gaps.length).toBeGreaterThanOrEqual(5);
        for (const gap of gaps) expect(Math.abs(gap - cycle)).toBeLessThanOrEqual(RHYTHM_TOLERANCE_MS);
        const said = start.segments.flatMap((s) => (s.kind === 'say' ? [s.text] : []));
        expect(said.slice(-words.audio.handover.length * 3).filter((line) => words.audio.handover.includes(line))).toEqual(
          words.audio.handover,
        );
        expect(said[said.length - 1]).toBe(words.audio.handover[words.audio.handover.length - 1]);
        expect(replyFit(start.segments).fits).toBe(true);
      }
    },
  );

  it('leaves the end of the last breath to the quiet the track opens with', () => {
    expect(LEAD_IN_WITHOUT_BELL_MS).toBe(TRACK_LEAD_IN_MS);
    const words = wordsFor('en-US');
    const track = longBreathingTrackTimeline('calm', 10, words);
    const start = longBreathingSpokenStart(longBreathingPlan('calm', 10, false), words);
    // A track that opened on its first mark would come a lead-in early.
    expect(handoverGapMs(start, track)).toBe(cycleMs(TECHNIQUES.calm));
  });
});
