import { BELL } from '../../../lambda/guidance/bell';
import { pause, say, sound } from '../../../lambda/timeline';
import { MAX_AUDIO_TAGS, MAX_SPOKEN_RESPONSE_MS } from '../../../lambda/speech/limits';
import { fitsOneReply, replyFit } from '../../../lambda/delivery/reply-fit';
import { renderSsml } from '../../../lambda/renderers/ssml/ssml';

describe('replyFit: whether a session can be said as one reply', () => {
  it('is nine minutes, written once', () => {
    expect(MAX_SPOKEN_RESPONSE_MS).toBe(9 * 60_000);
  });

  it('takes a session of exactly nine minutes and refuses one a moment longer', () => {
    const nine = [say('Breathe in'), pause(MAX_SPOKEN_RESPONSE_MS - 320 - 90 - 230)];
    expect(replyFit(nine).spokenMs).toBe(MAX_SPOKEN_RESPONSE_MS);
    expect(fitsOneReply(nine)).toBe(true);
    expect(replyFit([...nine, pause(1)]).overruns).toEqual(['too-long-to-speak']);
  });

  it("counts sounds against Alexa's five audio tags and 240 s", () => {
    const bells = (n: number) => Array.from({ length: n }, () => sound(BELL.src, BELL.ms));
    expect(fitsOneReply(bells(MAX_AUDIO_TAGS))).toBe(true);
    expect(replyFit(bells(MAX_AUDIO_TAGS + 1)).overruns).toEqual(['too-many-sounds']);
    expect(replyFit([sound(BELL.src, 241_000)]).overruns).toEqual(['too-much-sound']);
  });

  it('counts the characters of the SSML it hands on, the SSML a reply that fits says', () => {
    const segments = [say('Breathe in'), pause(4000), say('Breathe out & rest', { ratePercent: 90, volume: 'soft', whispered: false })];
    const fit = replyFit(segments);
    expect(fit.ssml).toBe(renderSsml(segments));
    expect(fit.ssmlChars).toBe(fit.ssml.length);
  });

  it('keeps the character budget as a guard', () => {
    const words = Array.from({ length: 400 }, () => say('Breathe in slowly, all the way'));
    expect(replyFit(words).overruns).toContain('too-many-characters');
  });
});
