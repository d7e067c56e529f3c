import { getRequestType, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import { wordsOf } from '../content/words';
import { softVoiceUnasked } from '../practice/night-voice';
import { launchGreeting, readPractice } from '../practice/practice-service';
import type { SkillDependencies } from '../skill-dependencies';
import { ask, sentences, updateSessionState } from './respond';

export const LAUNCH_CHOICES =
  'I can breathe with you, relax your muscles, ground you, or help you sleep, and help with an anxious thought or time on your own. What would you like?';
export const LAUNCH_REPROMPT = 'You can say: help me breathe, box breathing, or help me sleep.';

export function launchHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input: HandlerInput) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
    async handle(input: HandlerInput) {
      updateSessionState(input, { launched: true });
      const [greeting, reading] = await Promise.all([launchGreeting(deps, input), readPractice(deps, input)]);
      const welcome = greeting ?? 'Welcome to Steady.';
      const lateVoice = softVoiceUnasked(reading.preferences, reading.localHour) ? [wordsOf(input).preferences.lateVoiceNotice] : [];
      return ask(input, sentences(welcome, ...lateVoice, LAUNCH_CHOICES), sentences(LAUNCH_REPROMPT), 'what-would-you-like');
    },
  };
}
