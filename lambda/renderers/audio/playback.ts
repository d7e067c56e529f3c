/**
 * What the skill needs to play tracks: where they are served, the tokens it issues, and whether
 * the device can play them. A token says everything a later AudioPlayer request needs (which
 * track, which play of it), so pause and resume keep no table state: Alexa reports the offset in
 * every request's `context.AudioPlayer`.
 */
import { randomUUID } from 'node:crypto';
import type { RequestEnvelope } from 'ask-sdk-model';
import type { ContainerMemory } from '../../container-memory';
import { isTrackId, trackPath, type TrackSpec } from './catalog';

export interface AudioDependencies {
  /** The HTTPS base the tracks are served from (the stack's `PublicBaseUrl`), no trailing slash. */
  readonly baseUrl: string;
  /**
   * Users whose last stream failed, so their next long session is spoken: the container's memory,
   * made once by the Lambda entry point and passed in (tests pass their own).
   */
  readonly failedPlayback: ContainerMemory<number>;
}

const TOKEN_PREFIX = 'steady:2';
/** How long after a failed stream sessions are offered by voice instead. */
export const SPOKEN_AFTER_FAILURE_MS = 6 * 60 * 60_000;

export interface PlayToken {
  readonly trackId: string;
  /** One start of a session: the same across pause, resume and start over, so it counts once. */
  readonly playId: string;
  /** Played again (resume, start over): its start was counted already, whatever the record still holds. */
  readonly again?: true;
}

const AGAIN = 'again';

export function encodeToken(token: PlayToken): string {
  return [TOKEN_PREFIX, token.trackId, token.playId, ...(token.again ? [AGAIN] : [])].join('|');
}

/** The token's parts, or undefined for a token Steady did not issue or a track it does not have. */
export function parseToken(value: unknown): PlayToken | undefined {
  if (typeof value !== 'string' || value.length > 200) return undefined;
  const parts = value.split('|');
  if ((parts.length !== 3 && !(parts.length === 4 && parts[3] === AGAIN)) || parts[0] !== TOKEN_PREFIX) return undefined;
  const [, trackId, playId] = parts as [string, string, string];
  if (!isTrackId(trackId) || !/^[A-Za-z0-9-]{8,64}$/.test(playId)) return undefined;
  return parts.length === 4 ? { trackId, playId, again: true } : { trackId, playId };
}

export function newPlayId(): string {
  return randomUUID();
}

export function trackUrl(audio: AudioDependencies, spec: TrackSpec): string {
  return `${audio.baseUrl.replace(/\/+$/, '')}/${trackPath(spec)}`;
}

export function supportsAudioPlayer(envelope: RequestEnvelope): boolean {
  return envelope.context?.System?.device?.supportedInterfaces?.AudioPlayer !== undefined;
}

/** What the device's player reports: the last Steady token and where it stands. */
export function playerState(envelope: RequestEnvelope): {
  token: PlayToken | undefined;
  offsetMs: number | undefined;
  activity: string | undefined;
} {
  const player = envelope.context?.AudioPlayer;
  const offset = Number(player?.offsetInMilliseconds);
  return {
    token: parseToken(player?.token),
    offsetMs: player?.offsetInMilliseconds === undefined || !Number.isFinite(offset) || offset < 0 ? undefined : Math.round(offset),
    activity: player?.playerActivity,
  };
}

export function userIdOf(envelope: RequestEnvelope): string | undefined {
  return envelope.context?.System?.user?.userId ?? envelope.session?.user?.userId;
}

/** Whether this user's last stream failed recently, so the session should be spoken. */
export function recentlyFailed(audio: AudioDependencies, envelope: RequestEnvelope, now: number): boolean {
  const userId = userIdOf(envelope);
  const at = userId === undefined ? undefined : audio.failedPlayback.get(userId);
  return at !== undefined && now - at < SPOKEN_AFTER_FAILURE_MS;
}
