/** "Help me say how I feel", "help me talk to my partner": a short guide to an "I" statement. Nothing is stored. */
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { iStatementTimeline } from '../guidance/i-statement/session';
import { Intents } from '../intents';
import { renderSsml } from '../speech/ssml';
import { isIntent } from './intent-match';
import { deliver } from './respond';

export const sayHowIFeelHandler: RequestHandler = {
  canHandle: (input: HandlerInput) => isIntent(input, Intents.SayHowIFeel),
  handle(input: HandlerInput) {
    const timeline = iStatementTimeline();
    return deliver(input, { timeline, ssml: renderSsml(timeline.segments) });
  },
};
