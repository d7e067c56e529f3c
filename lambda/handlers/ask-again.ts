import type { Words } from '../content/words';
import { crisisNumbersAgain } from '../guidance/safety/crisis-lines';
import { wordsFor } from '../content/words';
import { suggestNext } from '../guidance/time-apart/wording';
import type { Spoken } from '../timeline';
import type { Asked } from '../conversation/asked';
import { notUnderstood } from './fallback';
import { helpText } from './help';
import { sentences } from '../conversation/respond';

/**
 * What "repeat" says for a question Steady asked, rendered again from its key: the question
 * itself, without what came before it (a session, a greeting, a summary), and for the crisis
 * answer the numbers again, slowly. In the request language's `words`.
 */
export function askAgain(asked: Asked, words: Words, locale: string | undefined): { speech: Spoken[]; reprompt: Spoken[] } {
  const { launch, help } = words.conversation;
  const { unknown, unknownQuestion } = words.feelings;
  const summary = words.summary;
  switch (asked.question) {
    case 'what-would-you-like':
      return { speech: sentences(launch.choices), reprompt: sentences(launch.reprompt) };
    case 'help':
      return { speech: sentences(...helpText(words, false), help.question), reprompt: sentences(help.question) };
    case 'not-understood':
      return notUnderstood(words);
    case 'feeling-unclear':
      return { speech: sentences(unknown, unknownQuestion), reprompt: sentences(unknownQuestion) };
    case 'how-did-it-go':
      return { speech: sentences(wordsFor(locale).timeApart.askEase), reprompt: sentences(wordsFor(locale).timeApart.askEase) };
    case 'what-now':
      return {
        speech: sentences(words.preferences.whatNow),
        reprompt: sentences(words.preferences.whatNowReprompt),
      };
    case 'forget':
      return { speech: sentences(summary.forget.confirm), reprompt: sentences(summary.forget.confirmReprompt) };
    case 'practise':
      return { speech: sentences(summary.practiseNow), reprompt: sentences(summary.practiseNow) };
    case 'another-round':
      return { speech: sentences(words.sessions.whatNextReprompt), reprompt: sentences(words.sessions.whatNextReprompt) };
    case 'time-apart':
      return {
        speech: sentences(suggestNext(wordsFor(locale).timeApart, asked.lastMinutes, asked.nextMinutes)),
        reprompt: sentences(wordsFor(locale).timeApart.suggestNextReprompt),
      };
    case 'crisis-number':
      return { speech: crisisNumbersAgain(words, locale), reprompt: sentences(words.safety.crisis.reprompt) };
  }
}
