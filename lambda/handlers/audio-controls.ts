/**
 * The built-in intents of an audio skill. Pause stops the stream and Alexa keeps its offset in
 * `context.AudioPlayer`, which resume plays from; start over plays the same session from the top
 * (it is not counted again); stop and cancel end the stream and anything queued after it. Next,
 * previous, loop, shuffle and repeat have nothing to do in a guided session, and say so kindly.
 */
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { playerState } from '../playback/playback';
import { renderSsml } from '../renderers/ssml/ssml';
import { wordsOf } from '../content/words';
import { Intents } from '../intents';
import type { SkillDependencies } from '../skill-dependencies';
import { issuedToken, replay } from './audio-player-events';
import { isIntent } from '../conversation/intent-match';
import { sentences, sessionState, tell } from '../conversation/respond';

/** Whether the stream is sounding now, so stop must silence it rather than speak. */
function isSounding(activity: string | undefined): boolean {
  return activity === 'PLAYING' || activity === 'BUFFER_UNDERRUN';
}

export function audioControlsHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle(input: HandlerInput) {
      const { token, activity } = playerState(input.requestEnvelope);
      if (isIntent(input, Intents.Pause, Intents.Resume, Intents.StartOver)) return true;
      if (isIntent(input, Intents.Next, Intents.Previous, Intents.LoopOn, Intents.LoopOff, Intents.ShuffleOn, Intents.ShuffleOff))
        return true;
      if (isIntent(input, Intents.Stop, Intents.Cancel)) return token !== undefined && isSounding(activity);
      if (isIntent(input, Intents.Repeat)) return token !== undefined && sessionState(input).asked === undefined;
      return false;
    },
    handle(input: HandlerInput) {
      const { token: reported, offsetMs } = playerState(input.requestEnvelope);
      const token = issuedToken(deps, input, reported);
      const rb = input.responseBuilder;
      const said = wordsOf(input).audio.controls;
      if (isIntent(input, Intents.Stop, Intents.Cancel)) {
        return rb.addAudioPlayerClearQueueDirective('CLEAR_ALL').addAudioPlayerStopDirective().withShouldEndSession(true).getResponse();
      }
      if (isIntent(input, Intents.Pause)) {
        if (!reported) return tell(input, sentences(said.nothingToPause));
        return rb.addAudioPlayerStopDirective().withShouldEndSession(true).getResponse();
      }
      if (isIntent(input, Intents.Resume)) {
        if (!token || !deps.audio) return tell(input, sentences(said.nothingToResume));
        if (offsetMs === undefined)
          return replay(input, deps, token, 0)
            .speak(renderSsml(sentences(said.startingAgain)))
            .withShouldEndSession(true)
            .getResponse();
        return replay(input, deps, token, offsetMs).withShouldEndSession(true).getResponse();
      }
      if (isIntent(input, Intents.StartOver)) {
        if (!token || !deps.audio) return tell(input, sentences(said.nothingToResume));
        return replay(input, deps, token, 0).withShouldEndSession(true).getResponse();
      }
      if (isIntent(input, Intents.Next, Intents.Previous)) return tell(input, sentences(said.noSkipping));
      if (isIntent(input, Intents.Repeat)) return tell(input, sentences(said.repeatTrack));
      return tell(input, sentences(said.noLooping));
    },
  };
}
