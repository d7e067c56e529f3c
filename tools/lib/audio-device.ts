/**
 * An Echo that plays audio, for the local runner: its requests announce AudioPlayer and report the
 * player's state (the last Steady token, how far it has played, whether it is playing), and it
 * answers a Play directive the way a device does, with AudioPlayer.PlaybackStarted. The offset
 * follows the wall clock while playing, so "pause" then "resume" picks up where it was.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { requestOfType } from '../simulator';

export interface PlayerReport {
  readonly token?: string;
  readonly offsetInMilliseconds?: number;
  readonly playerActivity?: 'IDLE' | 'PAUSED' | 'PLAYING' | 'BUFFER_UNDERRUN' | 'FINISHED' | 'STOPPED';
}

/** The envelope as a device with AudioPlayer sends it, reporting `player` when given. */
export function onAudioDevice(envelope: RequestEnvelope, player: PlayerReport = {}): RequestEnvelope {
  const system = envelope.context.System;
  const device = system.device!;
  const withInterface = {
    ...envelope,
    context: {
      ...envelope.context,
      System: { ...system, device: { ...device, supportedInterfaces: { ...device.supportedInterfaces, AudioPlayer: {} } } },
    },
  } as RequestEnvelope;
  if (player.token === undefined && player.playerActivity === undefined) return withInterface;
  withInterface.context.AudioPlayer = {
    playerActivity: player.playerActivity ?? 'IDLE',
    ...player,
  } as RequestEnvelope['context']['AudioPlayer'];
  return withInterface;
}

type Handler = (event: RequestEnvelope, context?: unknown) => Promise<ResponseEnvelope>;

interface PlayDirective {
  readonly type: string;
  readonly audioItem?: { stream?: { url?: string; token?: string; offsetInMilliseconds?: number } };
}

/** The Play directive of a response, if it has one. */
export function playDirectiveOf(response: ResponseEnvelope): { url: string; token: string; offsetInMilliseconds: number } | undefined {
  const play = (response.response.directives as PlayDirective[] | undefined)?.find((d) => d.type === 'AudioPlayer.Play');
  const stream = play?.audioItem?.stream;
  return stream?.url && stream.token
    ? { url: stream.url, token: stream.token, offsetInMilliseconds: stream.offsetInMilliseconds ?? 0 }
    : undefined;
}

export class LocalAudioPlayer {
  private token: string | undefined;
  private offsetAtStart = 0;
  private startedAt: number | undefined;

  constructor(private readonly now: () => number = Date.now) {}

  report(): PlayerReport {
    if (!this.token) return {};
    const playing = this.startedAt !== undefined;
    const offset = this.offsetAtStart + (playing ? this.now() - this.startedAt! : 0);
    return { token: this.token, offsetInMilliseconds: offset, playerActivity: playing ? 'PLAYING' : 'STOPPED' };
  }

  /** The handler as this device calls it. */
  wrap(handler: Handler): Handler {
    return async (event, context) => {
      const response = await handler(onAudioDevice(event, this.report()), context);
      const types = (response.response.directives ?? []).map((d) => d.type);
      if (types.includes('AudioPlayer.Stop')) {
        this.offsetAtStart = this.report().offsetInMilliseconds ?? 0;
        this.startedAt = undefined;
      }
      const play = playDirectiveOf(response);
      if (play) {
        this.token = play.token;
        this.offsetAtStart = play.offsetInMilliseconds;
        this.startedAt = this.now();
        const started = requestOfType(
          'AudioPlayer.PlaybackStarted',
          { token: play.token, offsetInMilliseconds: play.offsetInMilliseconds },
          {
            session: null,
            userId: event.context.System.user.userId,
            apiEndpoint: event.context.System.apiEndpoint,
            skillId: event.context.System.application.applicationId,
          },
        );
        await handler(onAudioDevice(started, this.report()), context);
      }
      return response;
    };
  }
}
