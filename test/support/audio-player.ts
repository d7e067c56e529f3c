/**
 * Request envelopes from a device that plays audio: it announces the AudioPlayer interface and
 * reports its player (`context.AudioPlayer`), and AudioPlayer and PlaybackController events carry
 * what Alexa sends with them. Built on the shared envelope builder.
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import { intentRequest, requestOfType, type EnvelopeOptions, type SlotInput } from '../../tools/lib/envelope';

export interface PlayerReport {
  readonly token?: string;
  readonly offsetInMilliseconds?: number;
  readonly playerActivity?: 'IDLE' | 'PAUSED' | 'PLAYING' | 'BUFFER_UNDERRUN' | 'FINISHED' | 'STOPPED';
}

export function onAudioDevice(envelope: RequestEnvelope, player: PlayerReport = {}): RequestEnvelope {
  const system = envelope.context.System;
  const withInterface = {
    ...envelope,
    context: {
      ...envelope.context,
      System: { ...system, device: { ...system.device!, supportedInterfaces: { ...system.device!.supportedInterfaces, AudioPlayer: {} } } },
    },
  } as RequestEnvelope;
  if (player.token === undefined && player.playerActivity === undefined) return withInterface;
  withInterface.context.AudioPlayer = { playerActivity: player.playerActivity ?? 'IDLE', ...player } as RequestEnvelope['context']['AudioPlayer'];
  return withInterface;
}

export function audioIntent(name: string, slots: Record<string, SlotInput | undefined>, player: PlayerReport, o: EnvelopeOptions): RequestEnvelope {
  return onAudioDevice(intentRequest(name, slots, o), player);
}

/** An AudioPlayer.* request as Alexa sends it: no session, the token and offset in the request. */
export function playbackEvent(type: string, player: PlayerReport, extra: Record<string, unknown> = {}, o: EnvelopeOptions = {}): RequestEnvelope {
  const request = type.startsWith('AudioPlayer.') ? { token: player.token, offsetInMilliseconds: player.offsetInMilliseconds ?? 0, ...extra } : extra;
  return onAudioDevice(requestOfType(type, request, { ...o, session: null }), player);
}
