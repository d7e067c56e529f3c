/**
 * Every word Steady says and shows in English, by area. Code holds no sentences: it takes the
 * words it speaks from here, through `wordsFor` (lambda/content/words.ts), never by importing
 * this file.
 */
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

export const en = {
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
