import { getRequestType, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { canfulfill, Intent } from 'ask-sdk-model';
import { parseIsoDuration, parseSlotNumber } from '../alexa/duration';
import { readSlotOf } from '../alexa/slots';
import { wordsOf, type Words } from '../content/words';
import { planBreathing } from '../guidance/breathing/plan';
import { DEFAULT_TECHNIQUE } from '../guidance/breathing/techniques';
import { isRelaxationLength } from '../guidance/pmr/variants';
import type { LengthRequest } from '../guidance/session-length';
import { BreatheSlots, Intents, RelaxSlots } from '../intents';
import { techniqueInSlot } from '../conversation/breathing-choice';

/**
 * Intents Steady takes when the user did not name it: the practices and the streak. Deleting
 * history is left out on purpose ("delete my history" usually means Alexa's own voice history),
 * and so are settings (reminders, preferences) and built-in intents (help, stop, yes, no, …),
 * which only mean something to someone who asked Steady.
 */
const NAME_FREE_INTENTS: readonly string[] = [
  Intents.Breathe,
  Intents.Relax,
  Intents.Grounding,
  Intents.Bedtime,
  Intents.Overwhelmed,
  Intents.Breathless,
  Intents.Streak,
];

const UNDERSTOOD: canfulfill.CanFulfillSlot = { canUnderstand: 'YES', canFulfill: 'YES' };
const NOT_UNDERSTOOD: canfulfill.CanFulfillSlot = { canUnderstand: 'NO', canFulfill: 'NO' };
/** Understood, but Steady would do something else than asked (a clamped length, say). */
const UNDERSTOOD_NOT_AS_ASKED: canfulfill.CanFulfillSlot = { canUnderstand: 'YES', canFulfill: 'NO' };

/** What was asked, in whose words: the request's intent, in its locale. */
interface Asked {
  readonly words: Words;
  readonly locale: string | undefined;
  readonly intent: Partial<Intent>;
}

/** Whether a breathing length is guided as asked: the planner adds a notice when it is not. */
function breathingLength({ words, locale, intent }: Asked, length: LengthRequest): canfulfill.CanFulfillSlot {
  const technique = techniqueInSlot(readSlotOf(intent, BreatheSlots.technique), locale) ?? DEFAULT_TECHNIQUE;
  const plan = planBreathing(words, { technique, length, introduce: false });
  return plan.notices.length === 0 ? UNDERSTOOD : UNDERSTOOD_NOT_AS_ASKED;
}

function breatheSlot(asked: Asked, name: string, spoken: string): canfulfill.CanFulfillSlot {
  const { locale, intent } = asked;
  switch (name) {
    case BreatheSlots.technique:
      return techniqueInSlot(readSlotOf(intent, name), locale) !== undefined ? UNDERSTOOD : NOT_UNDERSTOOD;
    case BreatheSlots.duration: {
      const ms = parseIsoDuration(spoken);
      return ms === undefined ? NOT_UNDERSTOOD : breathingLength(asked, { kind: 'minutes', ms });
    }
    case BreatheSlots.breaths: {
      const count = parseSlotNumber(spoken);
      if (count === undefined) return NOT_UNDERSTOOD;
      // A length in time wins over a number of breaths when both are given.
      if (readSlotOf(intent, BreatheSlots.duration).spoken !== undefined) return UNDERSTOOD_NOT_AS_ASKED;
      return breathingLength(asked, { kind: 'breaths', count });
    }
    case BreatheSlots.length:
      return isRelaxationLength(readSlotOf(intent, name).id) ? UNDERSTOOD : NOT_UNDERSTOOD;
    default:
      return NOT_UNDERSTOOD;
  }
}

function slotVerdict(asked: Asked, name: string, spoken: string): canfulfill.CanFulfillSlot {
  const { intent } = asked;
  if (intent.name === Intents.Breathe) return breatheSlot(asked, name, spoken);
  if (intent.name === Intents.Relax && name === RelaxSlots.length) {
    return isRelaxationLength(readSlotOf(intent, name).id) ? UNDERSTOOD : NOT_UNDERSTOOD;
  }
  return NOT_UNDERSTOOD;
}

/**
 * Steady's answer to "could you take this?": YES when it would do exactly what was asked, MAYBE
 * when it would guide something close (an unknown technique, a length it clamps), NO otherwise.
 * Each slot that carries a value gets its own verdict.
 */
export function canFulfillIntentFor(
  words: Words,
  locale: string | undefined,
  intent: Partial<Intent> | undefined,
): canfulfill.CanFulfillIntent {
  const name = intent?.name;
  if (!intent || typeof name !== 'string' || !NAME_FREE_INTENTS.includes(name)) return { canFulfill: 'NO' };
  const verdicts: Array<[string, canfulfill.CanFulfillSlot]> = [];
  for (const slotName of Object.keys(intent.slots ?? {})) {
    const { spoken } = readSlotOf(intent, slotName);
    if (spoken !== undefined) verdicts.push([slotName, slotVerdict({ words, locale, intent }, slotName, spoken)]);
  }
  const slots: Record<string, canfulfill.CanFulfillSlot> = Object.fromEntries(verdicts);
  const asAsked = verdicts.every(([, slot]) => slot.canUnderstand === 'YES' && slot.canFulfill === 'YES');
  return { canFulfill: asAsked ? 'YES' : 'MAYBE', ...(verdicts.length > 0 ? { slots } : {}) };
}

/** Answers without speaking and without touching the user's data, as Alexa requires. */
export const canFulfillIntentHandler: RequestHandler = {
  canHandle: (input: HandlerInput) => getRequestType(input.requestEnvelope) === 'CanFulfillIntentRequest',
  handle(input: HandlerInput) {
    const request = input.requestEnvelope.request as Partial<canfulfill.CanFulfillIntentRequest>;
    return input.responseBuilder
      .withCanFulfillIntent(canFulfillIntentFor(wordsOf(input), input.requestEnvelope.request.locale, request.intent))
      .getResponse();
  },
};
