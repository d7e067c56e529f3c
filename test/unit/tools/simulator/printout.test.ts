import { estimateSpeechMs } from '../../../../lambda/speech/estimate';
import { formatDuration, printSpeech } from '../../../../tools/simulator';
import { ssmlPieces } from '../../../../tools/lib/ssml-pieces';

describe('printSpeech', () => {
  it('shows words and summed pauses, and estimates the length', () => {
    const ssml =
      '<speak>Breathe in <break time="3s"/><break time="400ms"/> Hold <break time="3.4s"/>' +
      '<prosody rate="80%" volume="soft">Out, slowly</prosody><break time="10s"/><break time="2s"/>' +
      '<amazon:effect name="whispered">Rest &amp; soften</amazon:effect></speak>';
    const printout = printSpeech(ssml);
    expect(printout.text).toBe('Breathe in · 3.4 s · Hold · 3.4 s · (soft, 80%) Out, slowly · 12 s · (whispered) Rest & soften');
    expect(printout.pauseMs).toBe(18_800);
    const speechMs =
      estimateSpeechMs('Breathe in') + estimateSpeechMs('Hold') + estimateSpeechMs('Out, slowly', 80) + estimateSpeechMs('Rest & soften');
    expect(printout.speechMs).toBe(speechMs);
    expect(printout.estimatedMs).toBe(speechMs + 18_800);
    expect(printout.sounds).toBe(0);
  });

  it('handles plain text, sounds, break strengths and sentence tags', () => {
    expect(printSpeech('Hello there.').text).toBe('Hello there.');
    const printout = printSpeech(
      '<speak><audio src="https://example.com/chime.mp3"/><p>One.</p><s>Two.</s><break strength="weak"/>Three</speak>',
    );
    expect(printout.text).toBe('[sound] One. · 1 s · Two. · 1 s · Three');
    expect(printout.sounds).toBe(1);
  });

  it('says the alias of a <sub>', () => {
    expect(printSpeech('<speak><sub alias="four seven eight">4-7-8</sub> breathing</speak>').text).toBe('four seven eight breathing');
  });
});

describe('ssmlPieces', () => {
  it('tracks nested voices and closes them', () => {
    const pieces = ssmlPieces('<speak><prosody rate="slow"><amazon:effect name="whispered">a</amazon:effect>b</prosody>c</speak>');
    expect(pieces).toEqual([
      { kind: 'speech', text: 'a', voice: { ratePercent: 75, whispered: true } },
      { kind: 'speech', text: 'b', voice: { ratePercent: 75, whispered: false } },
      { kind: 'speech', text: 'c', voice: { ratePercent: 100, whispered: false } },
    ]);
  });
});

describe('formatDuration', () => {
  it.each([
    [3400, '3.4 s'],
    [12_000, '12 s'],
    [112_000, '1 min 52 s'],
    [120_000, '2 min'],
    [250, '0.3 s'],
  ])('%d ms -> %s', (ms, text) => expect(formatDuration(ms)).toBe(text));
});
