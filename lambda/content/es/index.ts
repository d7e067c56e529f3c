/**
 * Every word Steady says and shows in Spanish (es-US, es-MX, es-ES), by area: written for Spanish
 * speakers rather than translated, and held by TypeScript to the English shape. Code takes these
 * words through `wordsFor` (lambda/content/words.ts), never by importing this file.
 */
import type { Words } from '../words';
import { anxiousThought } from './anxious-thought';
import { audio } from './audio';
import { bedtime } from './bedtime';
import { breathing } from './breathing';
import { compassion } from './compassion';
import { conversation } from './conversation';
import { feelings } from './feelings';
import { grounding } from './grounding';
import { iStatement } from './i-statement';
import { preferences } from './preferences';
import { relaxation } from './relaxation';
import { reminders } from './reminders';
import { safety } from './safety';
import { screens } from './screens';
import { sessions } from './sessions';
import { spelling } from './spelling';
import { summary } from './summary';
import { timeApart } from './time-apart';

export const es: Words = {
  anxiousThought,
  audio,
  bedtime,
  breathing,
  compassion,
  conversation,
  feelings,
  grounding,
  iStatement,
  preferences,
  relaxation,
  reminders,
  safety,
  screens,
  sessions,
  spelling,
  summary,
  timeApart,
};
