import { SkillBuilders, type Skill } from 'ask-sdk-core';
import { audioControlsHandler } from './handlers/audio-controls';
import { audioPlayerEventHandler } from './handlers/audio-player-events';
import { audioSessionHandler } from './handlers/audio-sessions';
import { bedtimeHandler } from './handlers/bedtime';
import { breatheHandler } from './handlers/breathe';
import { canFulfillIntentHandler } from './handlers/can-fulfill';
import { crisisHandler } from './handlers/crisis';
import { errorHandler } from './handlers/error';
import { exceptionEncounteredHandler } from './handlers/exception-encountered';
import { fallbackHandler } from './handlers/fallback';
import { confirmForgetHandler, declineForgetHandler, forgetHistoryHandler } from './handlers/forget-history';
import { groundingHandler } from './handlers/grounding';
import { helpHandler } from './handlers/help';
import { launchHandler } from './handlers/launch';
import { overwhelmedHandler } from './handlers/overwhelmed';
import {
  normalVoiceAtNightHandler,
  preferLengthHandler,
  preferTechniqueHandler,
  resetPreferencesHandler,
  softVoiceAtNightHandler,
} from './handlers/preferences';
import { relaxHandler } from './handlers/relax';
import { reminderHandler } from './handlers/reminder';
import { cancelReminderHandler } from './handlers/reminder-cancel';
import { reminderConsentHandler } from './handlers/reminder-consent';
import { repeatHandler } from './handlers/repeat';
import { sessionEndedHandler } from './handlers/session-ended';
import { stopHandler } from './handlers/stop';
import { breatheAgainHandler, notNowHandler, streakHandler } from './handlers/streak';
import { unhandledRequestHandler } from './handlers/unhandled';
import type { SkillDependencies } from './skill-dependencies';

export function createSkill(deps: SkillDependencies): Skill {
  const builder = SkillBuilders.custom()
    .addRequestHandlers(
      launchHandler(deps),
      crisisHandler,
      audioSessionHandler(deps),
      audioControlsHandler(deps),
      audioPlayerEventHandler(deps),
      breatheHandler(deps),
      relaxHandler(deps),
      groundingHandler(deps),
      bedtimeHandler(deps),
      overwhelmedHandler(deps),
      streakHandler(deps),
      forgetHistoryHandler,
      confirmForgetHandler(deps),
      declineForgetHandler,
      breatheAgainHandler(deps),
      notNowHandler,
      reminderHandler(deps),
      reminderConsentHandler(deps),
      cancelReminderHandler(deps),
      preferTechniqueHandler(deps),
      preferLengthHandler(deps),
      softVoiceAtNightHandler(deps),
      normalVoiceAtNightHandler(deps),
      resetPreferencesHandler(deps),
      helpHandler,
      stopHandler,
      repeatHandler,
      fallbackHandler,
      sessionEndedHandler(deps),
    )
    .addRequestHandlers(canFulfillIntentHandler, exceptionEncounteredHandler(deps))
    // Keep last: it answers whatever no handler above claimed.
    .addRequestHandlers(unhandledRequestHandler(deps))
    .addErrorHandlers(errorHandler(deps));
  if (deps.skillId) builder.withSkillId(deps.skillId);
  return builder.create();
}
