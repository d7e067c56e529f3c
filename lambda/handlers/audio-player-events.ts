/**
 * Every `AudioPlayer.*` and `PlaybackController.*` request, answered without speech as Alexa
 * requires. A track counts as practice once, when it starts from the beginning; a failed stream
 * is logged and the user's next long session is spoken; an event for a token Steady never issued
 * to this user (made up, edited, or copied from someone else) is answered with nothing at all.
 */
import { getRequestType, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { wordsOf } from '../content/words';
import { trackSpec } from '../guidance/tracks/catalog';
import { encodeToken, parseToken, playerState, trackUrl, userIdOf, type PlayToken } from '../playback/playback';
import { sealerWith } from '../seal';
import { recordPracticeAs } from '../practice/record-practice';
import { requestTime, userTag } from '../practice/request-facts';
import type { SkillDependencies } from '../skill-dependencies';

/** A start within this offset is the start of the session, not a resume. */
export const COUNTS_FROM_START_MS = 2000;

function isPlaybackRequest(type: string): boolean {
  return type.startsWith('AudioPlayer.') || type.startsWith('PlaybackController.');
}

/**
 * Counts the session through the usual practice recorder, once per play: the play id stands in as
 * the request id, so a start over or a repeated PlaybackStarted is the same request to the table.
 */
async function countPractice(deps: SkillDependencies, input: HandlerInput, token: PlayToken): Promise<void> {
  const spec = trackSpec(token.trackId, wordsOf(input));
  // A play started again (start over, resume from the top) was counted when it first started.
  if (!spec || spec.practice === 'sleep-sounds' || token.again) return;
  await recordPracticeAs(deps, input, `steady-play-${token.playId}`, { technique: spec.practice, minutes: spec.minutes });
}

/** The play a token names if Steady issued it to this user; undefined for any other token, made up or copied. */
export function issuedToken(deps: SkillDependencies, input: HandlerInput, value: unknown): PlayToken | undefined {
  return parseToken(value, sealerWith(deps.signingKey), userIdOf(input.requestEnvelope));
}

/** Plays the token's track again from an offset: resume and start over. Only for a token `issuedToken` read. */
export function replay(input: HandlerInput, deps: SkillDependencies, token: PlayToken, offsetMs: number): HandlerInput['responseBuilder'] {
  const spec = trackSpec(token.trackId, wordsOf(input))!;
  const again = encodeToken({ ...token, again: true }, sealerWith(deps.signingKey), userIdOf(input.requestEnvelope)!);
  return input.responseBuilder.addAudioPlayerPlayDirective('REPLACE_ALL', trackUrl(deps.audio!, spec), again, offsetMs);
}

export function audioPlayerEventHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input: HandlerInput) => isPlaybackRequest(getRequestType(input.requestEnvelope)),
    async handle(input: HandlerInput): Promise<Response> {
      const envelope = input.requestEnvelope;
      const type = getRequestType(envelope);
      const request = envelope.request as { token?: unknown; offsetInMilliseconds?: unknown; error?: { type?: string; message?: string } };
      const fromRequest = type.startsWith('AudioPlayer.');
      const token = issuedToken(deps, input, fromRequest ? request.token : playerState(envelope).token);
      const silent = input.responseBuilder;
      if (!token) {
        deps.logger.info('playback event for a token Steady did not issue to this user', { type });
        return silent.getResponse();
      }
      switch (type) {
        case 'AudioPlayer.PlaybackStarted': {
          const offset = Number(request.offsetInMilliseconds ?? 0);
          if (!(offset > COUNTS_FROM_START_MS)) await countPractice(deps, input, token);
          return silent.getResponse();
        }
        case 'AudioPlayer.PlaybackFailed': {
          const userId = userIdOf(envelope);
          deps.logger.warn('track could not be played', {
            user: userTag(deps, input),
            track: token.trackId,
            errorType: request.error?.type,
            errorMessage: request.error?.message,
          });
          if (userId && deps.audio) deps.audio.failedPlayback.remember(userId, requestTime(deps, input).getTime());
          return silent.addAudioPlayerClearQueueDirective('CLEAR_ALL').getResponse();
        }
        case 'PlaybackController.PlayCommandIssued': {
          if (!deps.audio) return silent.getResponse();
          return replay(input, deps, token, playerState(envelope).offsetMs ?? 0).getResponse();
        }
        case 'PlaybackController.PauseCommandIssued':
          return silent.addAudioPlayerStopDirective().getResponse();
        default:
          // PlaybackStopped, PlaybackFinished, PlaybackNearlyFinished (nothing is queued), Next and
          // Previous buttons: nothing to do, nothing said.
          return silent.getResponse();
      }
    },
  };
}
