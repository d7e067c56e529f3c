import { SkillBuilders, type Skill } from 'ask-sdk-core';
import { bedtimeHandler } from './handlers/bedtime';
import { breatheHandler } from './handlers/breathe';
import { errorHandler } from './handlers/error';
import { fallbackHandler } from './handlers/fallback';
import { confirmForgetHandler, declineForgetHandler, forgetHistoryHandler } from './handlers/forget-history';
import { groundingHandler } from './handlers/grounding';
import { helpHandler } from './handlers/help';
import { launchHandler } from './handlers/launch';
import { overwhelmedHandler } from './handlers/overwhelmed';
import { relaxHandler } from './handlers/relax';
import { repeatHandler } from './handlers/repeat';
import { sessionEndedHandler } from './handlers/session-ended';
import { stopHandler } from './handlers/stop';
import { notNowHandler, practiseNowHandler, streakHandler } from './handlers/streak';
import type { SkillDependencies } from './skill-dependencies';

export function createSkill(deps: SkillDependencies): Skill {
  const builder = SkillBuilders.custom()
    .addRequestHandlers(
      launchHandler(deps),
      breatheHandler(deps),
      relaxHandler(deps),
      groundingHandler(deps),
      bedtimeHandler(deps),
      overwhelmedHandler(deps),
      streakHandler(deps),
      forgetHistoryHandler,
      confirmForgetHandler(deps),
      declineForgetHandler,
      practiseNowHandler(deps),
      notNowHandler,
      helpHandler,
      stopHandler,
      repeatHandler,
      fallbackHandler,
      sessionEndedHandler(deps),
    )
    .addErrorHandlers(errorHandler(deps));
  if (deps.skillId) builder.withSkillId(deps.skillId);
  return builder.create();
}
