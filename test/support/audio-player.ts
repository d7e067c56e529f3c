/**
 * Request envelopes from a device that plays audio: it announces the AudioPlayer interface and
 * reports its player (`context.AudioPlayer`), and AudioPlayer and PlaybackController events carry
 * what Alexa sends with them. Built on the shared envelope builder.
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import { onAudioDevice, type PlayerReport } from '../../tools/lib/audio-device';
import { intentRequest, requestOfType, type EnvelopeOptions, type SlotInput } from '../../tools/simulator';

export { onAudioDevice, type PlayerReport } from '../../tools/lib/audio-device';

export function audioIntent(
  name: string,
  slots: Record<string, SlotInput | undefined>,
  player: PlayerReport,
  o: EnvelopeOptions,
): RequestEnvelope {
  return onAudioDevice(intentRequest(name, slots, o), player);
}

/** An AudioPlayer.* request as Alexa sends it: no session, the token and offset in the request. */
export function playbackEvent(
  type: string,
  player: PlayerReport,
  extra: Record<string, unknown> = {},
  o: EnvelopeOptions = {},
): RequestEnvelope {
  const request = type.startsWith('AudioPlayer.')
    ? { token: player.token, offsetInMilliseconds: player.offsetInMilliseconds ?? 0, ...extra }
    : extra;
  return onAudioDevice(requestOfType(type, request, { ...o, session: null }), player);
}
