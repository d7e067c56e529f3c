import { wordsFor } from '../../../lambda/content/words';
import { bedtimeTimeline } from '../../../lambda/guidance/bedtime/session';
import { planBreathing } from '../../../lambda/guidance/breathing/plan';
import { breathingTimeline } from '../../../lambda/guidance/breathing/session';
import { TECHNIQUES, type TechniqueId } from '../../../lambda/guidance/breathing/techniques';
import { groundingTimeline } from '../../../lambda/guidance/grounding/session';
import { pmrTimeline } from '../../../lambda/guidance/pmr/session';
import { pmrTrackClose } from '../../../lambda/guidance/pmr/wording';
import { overwhelmedTimeline } from '../../../lambda/guidance/safety/session';
import { softerVoice, withSoftVoiceTimeline } from '../../../lambda/guidance/soft-voice';
import type { Segment, Timeline, Voice } from '../../../lambda/timeline';
import { sessionCatalogue } from '../../../lambda/guidance/catalogue';
import { styleOf } from '../../../lambda/guidance/session-style';
import { replyFit } from '../../../lambda/delivery/reply-fit';
import { isNight, softVoiceNow, softVoiceUnasked } from '../../../lambda/practice/night-voice';
import { MAX_SPOKEN_RESPONSE_MS } from '../../../lambda/speech/limits';
import { longestClosing } from '../../support/longest-closing';
import { marksOf, pacingErrorsMs } from '../../support/pacing';

const PMR_CLOSE = pmrTrackClose(wordsFor('en-US'));

const CLOSING = ['Well done. Notice how you feel now.', 'I can tolerate discomfort while I seek supportive connections.'];

const breathing = (technique: TechniqueId): Timeline =>
  breathingTimeline(
    wordsFor('en-US'),
    planBreathing(wordsFor('en-US'), { technique, length: { kind: 'default' }, introduce: true }),
    CLOSING,
  );

const SESSIONS: Array<[string, Timeline]> = [
  ...(Object.keys(TECHNIQUES) as TechniqueId[]).map((id): [string, Timeline] => [id, breathing(id)]),
  ['pmr quick', pmrTimeline(wordsFor('en-US'), 'quick', CLOSING)],
  ['pmr full', pmrTimeline(wordsFor('en-US'), 'full', CLOSING)],
  ['grounding', groundingTimeline(wordsFor('en-US'), CLOSING)],
  ['overwhelmed', overwhelmedTimeline(wordsFor('en-US'), 'breathless', CLOSING)],
  ['bedtime', bedtimeTimeline(wordsFor('en-US'), CLOSING)],
];

const LOUDNESS: Record<Voice['volume'], number> = { 'x-soft': 0, soft: 1, medium: 2 };
const voices = (segments: readonly Segment[]): Voice[] => segments.flatMap((s) => (s.kind === 'say' ? [s.voice] : []));

describe('the soft night voice', () => {
  it.each(SESSIONS)('%s: every phase keeps its length, so the pacing and the picture are untouched', (_name, timeline) => {
    const soft = withSoftVoiceTimeline(timeline);
    expect(pacingErrorsMs(soft)).toEqual(pacingErrorsMs(timeline));
    const gaps = (t: Timeline) =>
      marksOf(t)
        .slice(1)
        .map((m, i) => m.startMs - marksOf(t)[i]!.startMs);
    expect(gaps(soft)).toEqual(gaps(timeline));
  });

  it.each(SESSIONS)('%s: says the same words, never louder or faster, and softer wherever it can be', (_name, timeline) => {
    const soft = withSoftVoiceTimeline(timeline);
    const texts = (t: Timeline) => t.segments.flatMap((s) => (s.kind === 'say' ? [s.text] : []));
    expect(texts(soft)).toEqual(texts(timeline));
    voices(soft.segments).forEach((voice, i) => {
      const before = voices(timeline.segments)[i]!;
      expect(LOUDNESS[voice.volume]).toBeLessThanOrEqual(Math.min(LOUDNESS[before.volume], LOUDNESS.soft));
      expect(voice.ratePercent).toBeLessThanOrEqual(before.ratePercent);
      expect(voice.whispered).toBe(before.whispered);
    });
  });

  it('slows the introduction and the close, which no phase holds to time', () => {
    const timeline = breathing('calm');
    const soft = withSoftVoiceTimeline(timeline);
    const close = voices(soft.segments).pop()!;
    expect(close).toEqual({ ratePercent: 81, volume: 'soft', whispered: false });
  });

  it('slows a cue only when the silence after it can give up the time', () => {
    const soft = withSoftVoiceTimeline(breathing('calm'));
    const cueRates = soft.segments.flatMap((s) => (s.kind === 'say' && s.mark ? [s.voice.ratePercent] : []));
    expect(cueRates.every((rate) => rate === 90 || rate === 100)).toBe(true);
    expect(cueRates).toContain(90);
  });

  it('leaves a whisper alone: Alexa whispers at its own rate and volume', () => {
    const whisper: Voice = { ratePercent: 100, volume: 'x-soft', whispered: true };
    expect(softerVoice(whisper, true)).toBe(whisper);
  });

  it.each(sessionCatalogue(wordsFor('en-US')).map((session) => [session.name, session] as const))(
    '%s: planned in the night voice, it is said in it and fits one reply of at most nine minutes',
    (_name, session) => {
      const night = session.build(longestClosing(PMR_CLOSE), styleOf({ nightVoice: true }));
      const fit = replyFit(night.segments);
      expect(fit.fits).toBe(true);
      expect(fit.spokenMs).toBeLessThanOrEqual(MAX_SPOKEN_RESPONSE_MS);
      for (const voice of voices(night.segments)) expect(voice.volume).not.toBe('medium');
    },
  );
});

describe('night', () => {
  it.each([
    [19, false],
    [20, true],
    [23, true],
    [0, true],
    [5, true],
    [6, false],
    [12, false],
  ])('at %i:00 is night: %s', (hour, night) => {
    expect(isNight(hour)).toBe(night);
  });

  it('softens from 8 PM when the user asked for it, never once they asked for the normal voice', () => {
    expect(softVoiceNow({ softVoiceAtNight: true }, 20)).toBe(true);
    expect(softVoiceNow({ softVoiceAtNight: true }, 9)).toBe(false);
    expect(softVoiceNow({ softVoiceAtNight: false }, 23)).toBe(false);
    expect(softVoiceNow({ softVoiceAtNight: false }, 2)).toBe(false);
  });

  it.each([
    [20, false],
    [21, false],
    [22, true],
    [23, true],
    [3, true],
    [6, false],
    [10, false],
  ])('with nothing asked, softens by itself late in the evening: at %i:00 %s', (hour, soft) => {
    expect(softVoiceNow(undefined, hour)).toBe(soft);
    expect(softVoiceNow({}, hour)).toBe(soft);
    expect(softVoiceUnasked({}, hour)).toBe(soft);
    expect(softVoiceUnasked({ softVoiceAtNight: true }, hour)).toBe(false);
  });
});
