import { wordsFor } from '../../../../lambda/content/words';
import AmazonSpeech = require('ssml-builder/amazon_speech');
import { planBreathing } from '../../../../lambda/guidance/breathing/plan';
import { breathingTimeline } from '../../../../lambda/guidance/breathing/session';
import { TECHNIQUES, type TechniqueId } from '../../../../lambda/guidance/breathing/techniques';
import { bedtimeTimeline } from '../../../../lambda/guidance/bedtime/session';
import { groundingTimeline } from '../../../../lambda/guidance/grounding/session';
import { pmrTimeline } from '../../../../lambda/guidance/pmr/session';
import { overwhelmedTimeline } from '../../../../lambda/guidance/safety/session';
import { withSoftVoiceTimeline } from '../../../../lambda/guidance/soft-voice';
import { pause, say, type Segment, type Timeline } from '../../../../lambda/timeline';
import { styleOf } from '../../../../lambda/guidance/session-style';
import { chainedBreaks, renderSsml } from '../../../../lambda/renderers/ssml/ssml';
import { expectValidAlexaSsml } from '../../../support/ssml';

const words = wordsFor('en-US');

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

describe('renderSsml on whole sessions', () => {
  /** ssml-builder used the plain way, one builder for the whole session: what renderSsml must equal. */
  function builtInOnePass(segments: readonly Segment[]): string {
    const speech = new AmazonSpeech();
    let pendingMs = 0;
    const flush = () => {
      for (const piece of chainedBreaks(pendingMs)) if (piece >= 10) speech.pause(piece % 1000 === 0 ? `${piece / 1000}s` : `${piece}ms`);
      pendingMs = 0;
    };
    for (const segment of segments) {
      if (segment.kind === 'pause') {
        pendingMs += segment.ms;
        continue;
      }
      flush();
      if (segment.kind === 'sound') speech.audio(segment.src);
      else if (segment.voice.whispered) speech.whisper(segment.text);
      else if (segment.voice.ratePercent === 100 && segment.voice.volume === 'medium' && segment.voice.pitch === undefined)
        speech.say(segment.text);
      else {
        const attributes: { rate?: string; volume?: string; pitch?: string } = {};
        if (segment.voice.ratePercent !== 100) attributes.rate = `${segment.voice.ratePercent}%`;
        if (segment.voice.pitch !== undefined) attributes.pitch = segment.voice.pitch;
        if (segment.voice.volume !== 'medium') attributes.volume = segment.voice.volume;
        speech.prosody(attributes, segment.text);
      }
    }
    flush();
    return speech.ssml();
  }

  const closing = ['Well done.', "You're doing fine, & that's enough."];
  const sessions: Array<[string, Timeline]> = [
    ...(Object.keys(TECHNIQUES) as TechniqueId[]).map((id): [string, Timeline] => [
      `${id} breathing for 20 minutes`,
      breathingTimeline(
        words,
        planBreathing(words, { technique: id, length: { kind: 'minutes', ms: 20 * 60_000 }, introduce: true }),
        closing,
      ),
    ]),
    ['full muscle relaxation', pmrTimeline(wordsFor('en-US'), 'full', closing)],
    ['grounding', groundingTimeline(wordsFor('en-US'), closing)],
    ['bedtime', bedtimeTimeline(wordsFor('en-US'), closing)],
    ['overwhelmed', overwhelmedTimeline(wordsFor('en-US'), 'overwhelmed', closing)],
    [
      'breathing in the soft night voice',
      withSoftVoiceTimeline(
        breathingTimeline(words, planBreathing(words, { technique: 'calm', length: { kind: 'default' }, introduce: true }), closing),
      ),
    ],
    ['muscle relaxation in the night voice', pmrTimeline(wordsFor('en-US'), 'standard', closing, styleOf({ nightVoice: true }))],
  ];

  it.each(sessions)('%s renders exactly as one ssml-builder pass would', (_name, timeline) => {
    expect(renderSsml(timeline.segments)).toBe(builtInOnePass(timeline.segments));
  });

  it('renders an empty timeline as the bare speak element', () => {
    expect(renderSsml([])).toBe('<speak></speak>');
  });
});
