/** The local runner's Echo that plays audio: it reports the player the way a device does. */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { LocalAudioPlayer } from '../../../../tools/lib/audio-device';
import { intentRequest } from '../../../../tools/simulator';

const play = (token: string, offsetInMilliseconds: number): ResponseEnvelope => ({
  version: '1.0',
  response: {
    directives: [
      {
        type: 'AudioPlayer.Play',
        playBehavior: 'REPLACE_ALL',
        audioItem: { stream: { url: 'https://x/t.mp3', token, offsetInMilliseconds } },
      },
    ],
  },
});
const stop: ResponseEnvelope = { version: '1.0', response: { directives: [{ type: 'AudioPlayer.Stop' }] } };

it('announces AudioPlayer, answers Play with PlaybackStarted, and keeps the offset across a stop', async () => {
  let now = 1_000_000;
  const player = new LocalAudioPlayer(() => now);
  const seen: RequestEnvelope[] = [];
  const replies = [play('t1', 0), { version: '1.0', response: {} } as ResponseEnvelope, stop, play('t1', 0)];
  const handler = player.wrap(async (event) => {
    seen.push(event);
    return event.request.type === 'AudioPlayer.PlaybackStarted' ? { version: '1.0', response: {} } : replies.shift()!;
  });

  await handler(intentRequest('BreatheIntent'));
  expect(seen[0]!.context.System.device!.supportedInterfaces.AudioPlayer).toEqual({});
  expect(seen[1]!.request).toMatchObject({ type: 'AudioPlayer.PlaybackStarted', token: 't1', offsetInMilliseconds: 0 });
  expect(seen[1]!.session).toBeUndefined();

  now += 90_000;
  await handler(intentRequest('AMAZON.NextIntent'));
  expect(seen[2]!.context.AudioPlayer).toMatchObject({ token: 't1', offsetInMilliseconds: 90_000, playerActivity: 'PLAYING' });

  now += 5000;
  await handler(intentRequest('AMAZON.PauseIntent'));
  now += 60_000;
  expect(player.report()).toEqual({ token: 't1', offsetInMilliseconds: 95_000, playerActivity: 'STOPPED' });
});
