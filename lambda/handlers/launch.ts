import { getRequestType, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import { wordsOf } from '../content/words';
import { softVoiceUnasked } from '../practice/night-voice';
import { launchSummary } from '../practice/summary-reading';
import { launchGreetingSpeech } from '../practice/summary-wording';
import { readPractice } from '../practice/practice-reading';
import type { SkillDependencies } from '../skill-dependencies';
import { ask, sentences, updateSessionState } from '../conversation/respond';

export function launchHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input: HandlerInput) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
    async handle(input: HandlerInput) {
      updateSessionState(input, { launched: true });
      const words = wordsOf(input).summary;
      const [practice, reading] = await Promise.all([launchSummary(deps, input), readPractice(deps, input)]);
      const welcome = (practice && launchGreetingSpeech(practice, words)) ?? words.launch.welcome;
      const lateVoice = softVoiceUnasked(reading.preferences, reading.localHour) ? [wordsOf(input).preferences.lateVoiceNotice] : [];
      const choices = wordsOf(input).conversation.launch;
      return ask(input, sentences(welcome, ...lateVoice, choices.choices), sentences(choices.reprompt), 'what-would-you-like');
    },
  };
}
