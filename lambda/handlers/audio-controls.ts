/**
 * The built-in intents of an audio skill. Pause stops the stream and Alexa keeps its offset in
 * `context.AudioPlayer`, which resume plays from; start over plays the same session from the top
 * (it is not counted again); stop and cancel end the stream and anything queued after it. Next,
 * previous, loop, shuffle and repeat have nothing to do in a guided session, and say so kindly.
 */
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { playerState } from '../playback/playback';
import { renderSsml } from '../renderers/ssml/ssml';
import { Intents } from '../intents';
import type { SkillDependencies } from '../skill-dependencies';
import { issuedToken, replay } from './audio-player-events';
import { isIntent } from './intent-match';
import { sentences, sessionState, tell } from './respond';

export const NOTHING_TO_RESUME = "There's nothing paused right now. You can say, help me breathe, or help me sleep.";
export const STARTING_AGAIN = "I couldn't find where we left off, so let's start again from the beginning.";
export const NO_SKIPPING =
  "Each Steady session plays from start to finish, so there's nothing to skip to. You can say pause, resume, or start over.";
export const NO_LOOPING = "Steady's sessions play once, from start to finish. You can say start over to hear one again.";
export const REPEAT_TRACK = 'To hear this session from the beginning, say start over.';

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
      if (isIntent(input, Intents.Stop, Intents.Cancel)) {
        return rb.addAudioPlayerClearQueueDirective('CLEAR_ALL').addAudioPlayerStopDirective().withShouldEndSession(true).getResponse();
      }
      if (isIntent(input, Intents.Pause)) {
        if (!reported) return tell(input, sentences("There's nothing playing to pause."));
        return rb.addAudioPlayerStopDirective().withShouldEndSession(true).getResponse();
      }
      if (isIntent(input, Intents.Resume)) {
        if (!token || !deps.audio) return tell(input, sentences(NOTHING_TO_RESUME));
        if (offsetMs === undefined)
          return replay(input, deps, token, 0)
            .speak(renderSsml(sentences(STARTING_AGAIN)))
            .withShouldEndSession(true)
            .getResponse();
        return replay(input, deps, token, offsetMs).withShouldEndSession(true).getResponse();
      }
      if (isIntent(input, Intents.StartOver)) {
        if (!token || !deps.audio) return tell(input, sentences(NOTHING_TO_RESUME));
        return replay(input, deps, token, 0).withShouldEndSession(true).getResponse();
      }
      if (isIntent(input, Intents.Next, Intents.Previous)) return tell(input, sentences(NO_SKIPPING));
      if (isIntent(input, Intents.Repeat)) return tell(input, sentences(REPEAT_TRACK));
      return tell(input, sentences(NO_LOOPING));
    },
  };
}
