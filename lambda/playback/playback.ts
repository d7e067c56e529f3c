/**
 * What the skill needs to play tracks: where they are served, the tokens it issues, and whether
 * the device can play them. A token says everything a later AudioPlayer request needs (which
 * track, which play of it), so pause and resume keep no table state: Alexa reports the offset in
 * every request's `context.AudioPlayer`. It comes back from the device, so it carries a seal
 * made for the user it was issued to: a token made up, edited, or copied from another user
 * does not check, and counts nothing.
 */
import { randomUUID } from 'node:crypto';
import type { RequestEnvelope } from 'ask-sdk-model';
import type { ContainerMemory } from '../container-memory';
import type { Sealer } from '../seal';
import { isTrackId, trackPath, type TrackSpec } from '../guidance/tracks/catalog';

export interface AudioDependencies {
  /** The HTTPS base the tracks are served from (the stack's `PublicBaseUrl`), no trailing slash. */
  readonly baseUrl: string;
  /**
   * Users whose last stream failed, so their next long session is spoken: the container's memory,
   * made once by the Lambda entry point and passed in (tests pass their own).
   */
  readonly failedPlayback: ContainerMemory<number>;
}

const TOKEN_PREFIX = 'steady:3';
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

/** The token for `token`'s play, sealed for the user it is issued to. */
export function encodeToken(token: PlayToken, sealer: Sealer, userId: string): string {
  const body = [TOKEN_PREFIX, token.trackId, token.playId, ...(token.again ? [AGAIN] : [])].join('|');
  return `${body}|${sealer.seal(body, userId)}`;
}

/** The parts a token names, its seal unchecked. */
function tokenParts(value: unknown): { body: string; seal: string; token: PlayToken } | undefined {
  if (typeof value !== 'string' || value.length > 300) return undefined;
  const cut = value.lastIndexOf('|');
  const body = value.slice(0, cut);
  const parts = body.split('|');
  if ((parts.length !== 3 && !(parts.length === 4 && parts[3] === AGAIN)) || parts[0] !== TOKEN_PREFIX) return undefined;
  const [, trackId, playId] = parts as [string, string, string];
  if (!isTrackId(trackId) || !/^[A-Za-z0-9-]{8,64}$/.test(playId)) return undefined;
  return { body, seal: value.slice(cut + 1), token: parts.length === 4 ? { trackId, playId, again: true } : { trackId, playId } };
}

/**
 * The token's parts, or undefined for a token Steady did not issue to this user, or for a track
 * it does not have.
 */
export function parseToken(value: unknown, sealer: Sealer, userId: string | undefined): PlayToken | undefined {
  const parts = tokenParts(value);
  return parts && userId !== undefined && sealer.checks(parts.body, userId, parts.seal) ? parts.token : undefined;
}

/**
 * The track a token names, its seal unchecked: only for the local runner, which plays the track
 * the skill's own reply just asked for. Nothing the skill does may rest on it.
 */
export function unverifiedTrackId(value: unknown): string | undefined {
  return tokenParts(value)?.token.trackId;
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

/**
 * What the device's player reports: its token as reported (read it with `parseToken` before
 * acting on the play it names) and where it stands. The player is this skill's own, so any
 * token says something of Steady's may be sounding.
 */
export function playerState(envelope: RequestEnvelope): {
  token: string | undefined;
  offsetMs: number | undefined;
  activity: string | undefined;
} {
  const player = envelope.context?.AudioPlayer;
  const offset = Number(player?.offsetInMilliseconds);
  return {
    token: typeof player?.token === 'string' && player.token !== '' ? player.token : undefined,
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
