import { bedtimeTimeline } from '../guidance/bedtime/session';
import { Intents } from '../intents';
import type { SkillDependencies } from '../skill-dependencies';
import { handsFreeHandler } from './hands-free';

/**
 * The bedtime wind-down; its sleepy close is part of the script. Nothing is celebrated just
 * before sleep, and its compassion lines ask for nothing.
 */
export function bedtimeHandler(deps: SkillDependencies) {
  return handsFreeHandler(deps, [Intents.Bedtime], (_envelope, words) => ({
    close: [],
    timeline: (closing, style) => bedtimeTimeline(words, closing, style),
    celebrate: false,
    compassion: 'bedtime',
  }));
}
