import { SkillBuilders, type Skill } from 'ask-sdk-core';
import { audioControlsHandler } from './handlers/audio-controls';
import { audioPlayerEventHandler } from './handlers/audio-player-events';
import { audioSessionHandler } from './handlers/audio-sessions';
import { bedtimeHandler } from './handlers/bedtime';
import { breatheHandler } from './handlers/breathe';
import { canFulfillIntentHandler } from './handlers/can-fulfill';
import { crisisAgainHandler, crisisDoneHandler, crisisHandler } from './handlers/crisis';
import { errorHandler } from './handlers/error';
import { exceptionEncounteredHandler } from './handlers/exception-encountered';
import { fallbackHandler } from './handlers/fallback';
import { feelingsHandler } from './handlers/feelings';
import { confirmForgetHandler, declineForgetHandler, forgetHistoryHandler } from './handlers/forget-history';
import { groundingHandler } from './handlers/grounding';
import { helpHandler } from './handlers/help';
import { launchHandler } from './handlers/launch';
import { localeSpellingInterceptor } from './conversation/locale-spelling';
import { overwhelmedHandler } from './handlers/overwhelmed';
import {
  normalVoiceAtNightHandler,
  preferLengthHandler,
  preferTechniqueHandler,
  resetPreferencesHandler,
  softVoiceAtNightHandler,
  bellsOffHandler,
  bellsOnHandler,
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
import { anxiousThoughtHandler } from './handlers/anxious-thought';
import { progressHandler } from './handlers/progress';
import { sayHowIFeelHandler } from './handlers/say-how-i-feel';
import { acceptSuggestedStretchHandler, declineSuggestedStretchHandler, timeApartHandler } from './handlers/time-apart';
import { cancelTimeApartHandler } from './handlers/time-apart-cancel';
import { timeApartConsentHandler } from './handlers/time-apart-consent';
import { timeApartFeedbackHandler } from './handlers/time-apart-feedback';
import type { SkillDependencies } from './skill-dependencies';
import { requestBudgetInterceptor } from './request-budget-attribute';
import { sealerWith } from './seal';
import { sessionOpener, sessionSealer } from './conversation/session-seal';

export function createSkill(deps: SkillDependencies): Skill {
  const sealer = sealerWith(deps.signingKey);
  const builder = SkillBuilders.custom()
    .addRequestHandlers(
      launchHandler(deps),
      crisisHandler,
      crisisAgainHandler,
      crisisDoneHandler,
      feelingsHandler(deps),
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
      timeApartHandler(deps),
      acceptSuggestedStretchHandler(deps),
      declineSuggestedStretchHandler,
      timeApartConsentHandler(deps),
      timeApartFeedbackHandler(deps),
      cancelTimeApartHandler(deps),
      anxiousThoughtHandler(deps),
      progressHandler(deps),
      sayHowIFeelHandler(deps),
      bellsOffHandler(deps),
      bellsOnHandler(deps),
      helpHandler(deps),
      stopHandler,
      repeatHandler,
      fallbackHandler,
      sessionEndedHandler(deps),
    )
    .addRequestHandlers(canFulfillIntentHandler, exceptionEncounteredHandler(deps))
    // Keep last: it answers whatever no handler above claimed.
    .addRequestHandlers(unhandledRequestHandler(deps))
    // The budget starts as the request arrives, before any handler calls out.
    .addRequestInterceptors(requestBudgetInterceptor, sessionOpener(sealer, deps.logger))
    .addResponseInterceptors(localeSpellingInterceptor, sessionSealer(sealer))
    .addErrorHandlers(errorHandler(deps));
  if (deps.skillId) builder.withSkillId(deps.skillId);
  return builder.create();
}
