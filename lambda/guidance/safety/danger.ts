/**
 * The answer to danger now (an act under way, means at hand): the emergency number first, in the
 * first sentence, slowly; then the crisis line, twice, and the offer to say them again. Steady
 * never says it will call: Alexa cannot dial an emergency number.
 */
import type { Words } from '../../content/words';
import { pause, say, type Segment } from '../../timeline';
import { CRISIS_NUMBER_VOICE, crisisNumbersAgain, emergencyNumberFor } from './crisis-lines';

/**
 * The emergency number, as the first thing heard (wording.ts's emergencyFirst is the breathless
 * answer's, which allows that it may be panic).
 */
export function callEmergencyNow(words: Words, locale: string | undefined): string {
  return words.safety.danger.callNow(emergencyNumberFor(words, locale));
}

export function dangerSpeech(words: Words, locale: string | undefined): Segment[] {
  const { danger } = words.safety;
  const emergency = emergencyNumberFor(words, locale);
  return [
    say(callEmergencyNow(words, locale), CRISIS_NUMBER_VOICE),
    pause(800),
    say(danger.takenSomething(emergency), CRISIS_NUMBER_VOICE),
    pause(800),
    say(danger.stay),
    pause(600),
    // Then the crisis line and the emergency number, slowly, twice, and the offer to say them again.
    ...crisisNumbersAgain(words, locale),
  ];
}
