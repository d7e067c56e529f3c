import { getLocale, getRequestType, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import { playerState } from '../playback/playback';
import type { IntentRequest, Response } from 'ask-sdk-model';
import { wordsOf } from '../content/words';
import { crisisNumbersAgain, crisisSpeech, whereHelpIs, writtenCrisisContactsFor } from '../guidance/safety/crisis-lines';
import { Intents, NOT_UNDERSTOOD_INTENTS, StatementSlots } from '../intents';
import { dangerSpeech } from '../guidance/safety/danger';
import { gradeSlotText, gradeStatementText, type SafetyGrade } from '../safety/grade';
import { addCrisisVisuals } from '../renderers/crisis-visuals';
import { ask, isAnswerTo, isWaitingOn, sentences, tell } from '../conversation/respond';
import { isIntent, isSentIntent } from '../conversation/intent-match';

export function localeOf(input: HandlerInput): string | undefined {
  try {
    return getLocale(input.requestEnvelope);
  } catch {
    return undefined;
  }
}

/**
 * The safety grade of all the free text the request carries: every slot's heard words, whatever
 * the intent, custom slot values and unmatched words alike. Read only here, never kept. A slot's
 * words are also read after each opening its carrier may have taken from them; the catch-all's
 * statement holds everything said after a filler, so it is read as a whole statement is.
 */
export function carriedGrade(input: HandlerInput): SafetyGrade {
  if (getRequestType(input.requestEnvelope) !== 'IntentRequest') return 'none';
  const request = input.requestEnvelope.request as IntentRequest;
  const statement = request.intent?.name === Intents.Statement;
  const grades = Object.entries(request.intent?.slots ?? {}).map(([name, slot]) => {
    if (typeof slot?.value !== 'string') return 'none';
    return statement && name === StatementSlots.statement
      ? gradeStatementText(slot.value, request.locale)
      : gradeSlotText(slot.value, request.locale);
  });
  return grades.includes('danger') ? 'danger' : grades.includes('crisis') ? 'crisis' : 'none';
}

/** Whether any free text the request carries speaks of suicide, self-harm or danger now. */
export function carriesCrisisText(input: HandlerInput): boolean {
  return carriedGrade(input) !== 'none';
}

/**
 * The crisis answer: kind words, the locale's line and emergency number said slowly and twice,
 * and the session kept open with an offer to say the number again ("repeat", "yes").
 */
export function crisisResponse(input: HandlerInput, level: 'danger' | 'crisis' = 'crisis'): Response {
  const locale = localeOf(input);
  const words = wordsOf(input);
  // A session or sleep sounds still playing would carry on over the numbers: stop them first.
  if (playerState(input.requestEnvelope).token) input.responseBuilder.addAudioPlayerStopDirective();
  // The numbers reach the eyes too: a card in the Alexa app, and large on a screen.
  addCrisisVisuals(input, writtenCrisisContactsFor(words, locale), level, words);
  const speech = level === 'danger' ? dangerSpeech(words, locale) : crisisSpeech(words, locale);
  // "Repeat" says the numbers again, not the whole answer (see ask-again.ts).
  return ask(input, speech, sentences(words.safety.crisis.reprompt), 'crisis-number');
}

/**
 * Someone speaks of harming themselves: they hear, first and only, where to find a person. Words
 * that speak of danger now hear the emergency number first.
 */
export const crisisHandler: RequestHandler = {
  canHandle: (input: HandlerInput) => isIntent(input, Intents.Crisis) || carriesCrisisText(input),
  handle: (input: HandlerInput) => crisisResponse(input, carriedGrade(input) === 'danger' ? 'danger' : 'crisis'),
};

/** Answers that keep the numbers coming while the offer stands: yes, and anything unclear or a call for help. */
const SAY_AGAIN_ANSWERS = [Intents.Yes, ...NOT_UNDERSTOOD_INTENTS, Intents.Help] as const;
/** Answers that leave: no, stop, cancel. They hear where help is once more. */
const DONE_ANSWERS = [Intents.No, Intents.Stop, Intents.Cancel, Intents.NavigateHome] as const;

/**
 * "Yes" to "would you like me to say the number again?" (or a misheard answer, or "help"): the
 * numbers again, slowly, twice. Any statement the catch-all carries counts, even one that reads as
 * a request to stop ("ya basta"): after the crisis answer only Alexa's own no, stop or cancel ends it.
 */
export const crisisAgainHandler: RequestHandler = {
  canHandle: (input: HandlerInput) =>
    SAY_AGAIN_ANSWERS.some((intent) => isAnswerTo(input, intent, 'crisis-number')) ||
    (isSentIntent(input, Intents.Statement) && isWaitingOn(input, 'crisis-number')),
  handle: (input: HandlerInput) => {
    const words = wordsOf(input);
    const speech = crisisNumbersAgain(words, localeOf(input));
    const response = ask(input, speech, sentences(words.safety.crisis.reprompt), 'crisis-number');
    return response;
  },
};

/** "No", "stop": the line once more, kindly, and the session ends. */
export const crisisDoneHandler: RequestHandler = {
  canHandle: (input: HandlerInput) => DONE_ANSWERS.some((intent) => isAnswerTo(input, intent, 'crisis-number')),
  handle: (input: HandlerInput) => {
    const words = wordsOf(input);
    const { crisis } = words.safety;
    return tell(input, sentences(crisis.whenReady(whereHelpIs(words, localeOf(input))), crisis.notAlone));
  },
};
