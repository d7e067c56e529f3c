import { getIntentName } from 'ask-sdk-core';
import { wordsFor } from '../content/words';
import { overwhelmedTimeline } from '../guidance/safety/session';
import { Intents } from '../intents';
import type { SkillDependencies } from '../skill-dependencies';
import { handsFreeHandler } from './hands-free';

/**
 * "I'm overwhelmed", "I'm having a panic attack", "I can't breathe": a short grounding breath at
 * once, then the locale's crisis line and emergency number. Someone who cannot breathe hears the
 * emergency number first.
 */
export function overwhelmedHandler(deps: SkillDependencies) {
  return handsFreeHandler(deps, [Intents.Overwhelmed, Intents.Breathless], (envelope) => {
    const distress = getIntentName(envelope) === Intents.Breathless ? 'breathless' : 'overwhelmed';
    return {
      close: [],
      timeline: (closing, style) =>
        overwhelmedTimeline(wordsFor(envelope.request.locale), distress, closing, style, envelope.request.locale),
      celebrate: false,
      compassion: 'panic',
    };
  });
}
