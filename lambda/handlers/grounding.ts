import { groundingCloseFor } from '../guidance/grounding/script';
import { groundingTimeline } from '../guidance/grounding/session';
import { Intents } from '../intents';
import type { SkillDependencies } from '../skill-dependencies';
import { handsFreeHandler } from './hands-free';

/** Grounding with the five senses (5-4-3-2-1). */
export function groundingHandler(deps: SkillDependencies) {
  return handsFreeHandler(deps, [Intents.Grounding], (_envelope, words) => ({
    close: (localDay) => [groundingCloseFor(words, localDay)],
    timeline: (closing, style) => groundingTimeline(words, closing, style),
  }));
}
