import { crisisNumbersAgain, CRISIS_REPROMPT } from '../guidance/safety/crisis-lines';
import { wordsFor } from '../content/words';
import { suggestNext } from '../guidance/time-apart/wording';
import type { Segment } from '../timeline';
import type { Asked } from './asked';
import { FALLBACK_QUESTION, FALLBACK_TEXT, SAFETY_WAY } from './fallback';
import { FEELINGS_UNKNOWN, FEELINGS_UNKNOWN_QUESTION } from './feelings';
import { HELP_QUESTION, HELP_TEXT } from './help';
import { LAUNCH_CHOICES, LAUNCH_REPROMPT } from './launch';
import { sentences } from './respond';

/**
 * What "repeat" says for a question Steady asked, rendered again from its key: the question
 * itself, without what came before it (a session, a greeting, a summary), and for the crisis
 * answer the numbers again, slowly.
 */
export function askAgain(asked: Asked, locale: string | undefined): { speech: Segment[]; reprompt: Segment[] } {
  const summary = wordsFor(locale).summary;
  switch (asked.question) {
    case 'what-would-you-like':
      return { speech: sentences(LAUNCH_CHOICES), reprompt: sentences(LAUNCH_REPROMPT) };
    case 'help':
      return { speech: sentences(...HELP_TEXT, HELP_QUESTION), reprompt: sentences(HELP_QUESTION) };
    case 'not-understood':
      return { speech: sentences(FALLBACK_TEXT, FALLBACK_QUESTION, SAFETY_WAY), reprompt: sentences(FALLBACK_QUESTION) };
    case 'feeling-unclear':
      return { speech: sentences(FEELINGS_UNKNOWN, FEELINGS_UNKNOWN_QUESTION), reprompt: sentences(FEELINGS_UNKNOWN_QUESTION) };
    case 'how-did-it-go':
      return { speech: sentences(wordsFor(locale).timeApart.askEase), reprompt: sentences(wordsFor(locale).timeApart.askEase) };
    case 'what-now':
      return {
        speech: sentences(wordsFor(locale).preferences.whatNow),
        reprompt: sentences(wordsFor(locale).preferences.whatNowReprompt),
      };
    case 'forget':
      return { speech: sentences(summary.forget.confirm), reprompt: sentences(summary.forget.confirmReprompt) };
    case 'practise':
      return { speech: sentences(summary.practiseNow), reprompt: sentences(summary.practiseNow) };
    case 'another-round':
      return {
        speech: sentences(wordsFor(locale).sessions.whatNextReprompt),
        reprompt: sentences(wordsFor(locale).sessions.whatNextReprompt),
      };
    case 'time-apart':
      return {
        speech: sentences(suggestNext(wordsFor(locale).timeApart, asked.lastMinutes, asked.nextMinutes)),
        reprompt: sentences(wordsFor(locale).timeApart.suggestNextReprompt),
      };
    case 'crisis-number':
      return { speech: crisisNumbersAgain(locale), reprompt: sentences(CRISIS_REPROMPT) };
  }
}
