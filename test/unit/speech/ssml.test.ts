import { pause, say } from '../../../lambda/guidance/timeline';
import { chainedBreaks, renderSsml } from '../../../lambda/speech/ssml';
import { expectValidAlexaSsml } from '../../support/ssml';

describe('chainedBreaks', () => {
  it.each([
    [3400, [3400]],
    [10_000, [10_000]],
    [23_400, [10_000, 10_000, 3400]],
    [0, []],
  ])('splits %i ms into breaks Alexa accepts', (ms, pieces) => {
    expect(chainedBreaks(ms)).toEqual(pieces);
  });
});

describe('renderSsml', () => {
  it('escapes every text so user words cannot break the markup', async () => {
    const ssml = renderSsml([say('Tom & "Jerry" <b>breathing</b>'), pause(500)]);
    expect(ssml).toContain('Tom &amp; &quot;Jerry&quot; &lt;b&gt;breathing&lt;/b&gt;');
    await expectValidAlexaSsml(ssml);
  });

  it('merges neighbouring pauses and chains long silences in breaks of at most 10 s', async () => {
    const ssml = renderSsml([say('Out'), pause(15_000), pause(8_400), say('In')]);
    expect(ssml).toBe("<speak>Out <break time='10s'/> <break time='10s'/> <break time='3400ms'/> In</speak>");
    await expectValidAlexaSsml(ssml);
  });

  it('voices slower, softer and whispered speech', async () => {
    const ssml = renderSsml([
      say('Settle in', { ratePercent: 90, volume: 'medium', whispered: false }),
      say('Softer now', { ratePercent: 80, volume: 'x-soft', whispered: false }),
      say('Goodnight', { ratePercent: 100, volume: 'medium', whispered: true }),
    ]);
    expect(ssml).toContain("<prosody rate='90%'>Settle in</prosody>");
    expect(ssml).toContain("<prosody rate='80%' volume='x-soft'>Softer now</prosody>");
    expect(ssml).toContain('<amazon:effect name="whispered">Goodnight</amazon:effect>');
    await expectValidAlexaSsml(ssml);
  });
});
