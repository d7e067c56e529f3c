/**
 * The answer to danger now (an act under way, means at hand): the emergency number first, in the
 * first sentence, slowly; then the crisis line, twice, and the offer to say them again. Steady
 * never says it will call: Alexa cannot dial an emergency number.
 */
import { pause, say, type Segment } from '../../timeline';
import { CRISIS_NUMBER_VOICE, crisisNumbersAgain, emergencyNumberFor } from './crisis-lines';

/**
 * The emergency number, as the first thing heard (wording.ts's emergencyFirst is the breathless
 * answer's, which allows that it may be panic).
 */
export function callEmergencyNow(locale: string | undefined): string {
  return `Please call ${emergencyNumberFor(locale)} now, or ask someone near you to call for you.`;
}

const TAKEN_SOMETHING = (emergency: string) => `If you have taken something or you are hurt, call ${emergency} now, even if you feel okay.`;
const STAY =
  "Your life matters, and I'm so glad you told me. Please put some distance between you and anything you could hurt yourself with.";

export function dangerSpeech(locale: string | undefined): Segment[] {
  const emergency = emergencyNumberFor(locale);
  return [
    say(callEmergencyNow(locale), CRISIS_NUMBER_VOICE),
    pause(800),
    say(TAKEN_SOMETHING(emergency), CRISIS_NUMBER_VOICE),
    pause(800),
    say(STAY),
    pause(600),
    // Then the crisis line and the emergency number, slowly, twice, and the offer to say them again.
    ...crisisNumbersAgain(locale),
  ];
}
