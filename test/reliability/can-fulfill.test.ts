/**
 * CanFulfillIntentRequest: Alexa asks whether Steady could take a request the user made without
 * naming it. Steady answers in the ASK format (YES, NO or MAYBE, with a verdict for every slot
 * that carries a value), says nothing, and reads or writes nothing of the user's.
 */
import type { canfulfill, RequestEnvelope } from 'ask-sdk-model';
import { Intents } from '../../lambda/intents';
import { requestOfType, TEST_SKILL_ID, loadInteractionModel } from '../../tools/simulator';
import { inMemorySkill } from './support/in-memory-skill';

type SlotValue = string | { value: string; id?: string; type?: string };

/** A CanFulfillIntentRequest as Alexa sends it: no session, slots with values and resolutions. */
function canFulfillRequest(name: string, slots: Record<string, SlotValue> = {}): RequestEnvelope {
  const intentSlots = Object.fromEntries(
    Object.entries(slots).map(([slotName, given]) => {
      const { value, id, type } = typeof given === 'string' ? { value: given, id: undefined, type: undefined } : given;
      const slot: Record<string, unknown> = { name: slotName, value, confirmationStatus: 'NONE' };
      if (type) {
        const authority = `amzn1.er-authority.echo-sdk.${TEST_SKILL_ID}.${type}`;
        slot.resolutions = {
          resolutionsPerAuthority: [
            id
              ? { authority, status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { name: value, id } }] }
              : { authority, status: { code: 'ER_SUCCESS_NO_MATCH' } },
          ],
        };
      }
      return [slotName, slot];
    }),
  );
  return requestOfType(
    'CanFulfillIntentRequest',
    { intent: { name, confirmationStatus: 'NONE', slots: intentSlots } },
    { session: null, apiAccessToken: null },
  );
}

const technique = (value: string, id?: string): SlotValue => ({ value, type: 'BREATHING_TECHNIQUE', ...(id ? { id } : {}) });
const YES = { canUnderstand: 'YES', canFulfill: 'YES' };
const NOT_AS_ASKED = { canUnderstand: 'YES', canFulfill: 'NO' };
const NO = { canUnderstand: 'NO', canFulfill: 'NO' };

const skill = inMemorySkill();

async function answerTo(envelope: RequestEnvelope): Promise<canfulfill.CanFulfillIntent | undefined> {
  const { reads, writes } = skill.store;
  const { response, sessionAttributes } = await skill.invoke(envelope);
  expect(response.outputSpeech).toBeUndefined();
  expect(response.reprompt).toBeUndefined();
  expect(response.directives).toBeUndefined();
  expect(sessionAttributes).toBeUndefined();
  expect([skill.store.reads, skill.store.writes]).toEqual([reads, writes]);
  return response.canFulfillIntent;
}

describe('Steady says YES when it would do exactly what was asked', () => {
  it.each([
    [
      'box breathing for five minutes',
      Intents.Breathe,
      { technique: technique('square breathing', 'box'), duration: 'PT5M' },
      { technique: YES, duration: YES },
    ],
    ['ten breaths', Intents.Breathe, { breaths: '10' }, { breaths: YES }],
    [
      'a technique named around its words, unmatched ("the resonance")',
      Intents.Breathe,
      { technique: technique('the resonance') },
      { technique: YES },
    ],
    ['a quick relaxation', Intents.Relax, { length: { value: 'quick', id: 'quick', type: 'RELAXATION_LENGTH' } }, { length: YES }],
  ])('%s', async (_label, name, slots, expected) => {
    expect(await answerTo(canFulfillRequest(name, slots))).toEqual({ canFulfill: 'YES', slots: expected });
  });

  it.each([Intents.Breathe, Intents.Grounding, Intents.Bedtime, Intents.Overwhelmed, Intents.Breathless, Intents.Streak, Intents.Relax])(
    '%s without slots',
    async (name) => {
      expect(await answerTo(canFulfillRequest(name))).toEqual({ canFulfill: 'YES' });
    },
  );
});

describe('Steady says MAYBE when it would guide something close to what was asked', () => {
  it.each([
    ['a technique it does not know', { technique: technique('dragon breathing') }, { technique: NO }],
    ['a resolved value that is no technique', { technique: technique('dragon breathing', 'dragon') }, { technique: NO }],
    ['900 hours', { duration: 'PT900H' }, { duration: NOT_AS_ASKED }],
    ['no time at all', { duration: 'PT0S' }, { duration: NOT_AS_ASKED }],
    ['a duration Alexa could not hear', { duration: 'PT?M' }, { duration: NO }],
    ['minus three breaths', { breaths: '-3' }, { breaths: NOT_AS_ASKED }],
    ['"ten" breaths', { breaths: 'ten' }, { breaths: NO }],
    [
      'twenty breaths of 4-7-8, which is kept to eight',
      { technique: technique('four seven eight', '478'), breaths: '20' },
      { technique: YES, breaths: NOT_AS_ASKED },
    ],
    [
      'twenty breaths of 4-7-8 named around its words, unmatched, kept to eight',
      { technique: technique('the four seven eight one'), breaths: '20' },
      { technique: YES, breaths: NOT_AS_ASKED },
    ],
    ['both a time and a number of breaths (the time wins)', { duration: 'PT3M', breaths: '10' }, { duration: YES, breaths: NOT_AS_ASKED }],
    ['a slot the intent does not have', { colour: 'blue' }, { colour: NO }],
  ])('breathing with %s', async (_label, slots, expected) => {
    expect(await answerTo(canFulfillRequest(Intents.Breathe, slots))).toEqual({ canFulfill: 'MAYBE', slots: expected });
  });

  it('a relaxation length it does not know', async () => {
    const slots = { length: { value: 'eternal', type: 'RELAXATION_LENGTH' } };
    expect(await answerTo(canFulfillRequest(Intents.Relax, slots))).toEqual({ canFulfill: 'MAYBE', slots: { length: NO } });
  });

  it('leaves out slots that carry no value', async () => {
    const envelope = canFulfillRequest(Intents.Breathe, { duration: 'PT2M' });
    (envelope.request as { intent: { slots: Record<string, unknown> } }).intent.slots.breaths = {
      name: 'breaths',
      confirmationStatus: 'NONE',
    };
    expect(await answerTo(envelope)).toEqual({ canFulfill: 'YES', slots: { duration: YES } });
  });
});

describe('Steady says NO to everything else', () => {
  const model = loadInteractionModel('en-US').interactionModel.languageModel;
  const nameFree: string[] = [
    Intents.Breathe,
    Intents.Relax,
    Intents.Grounding,
    Intents.Bedtime,
    Intents.Overwhelmed,
    Intents.Breathless,
    Intents.Streak,
  ];
  const others = model.intents.map((intent) => intent.name).filter((name) => !nameFree.includes(name));

  it.each(others)('%s is left to the user naming Steady', async (name) => {
    expect(await answerTo(canFulfillRequest(name))).toEqual({ canFulfill: 'NO' });
  });

  it.each(['PlayMusicIntent', 'AMAZON.SearchAction<object@WeatherForecast>', ''])('"%s", an intent not in the model', async (name) => {
    expect(await answerTo(canFulfillRequest(name, { anything: 'x' }))).toEqual({ canFulfill: 'NO' });
  });

  it('a request that carries no intent', async () => {
    expect(await answerTo(requestOfType('CanFulfillIntentRequest', {}, { session: null }))).toEqual({ canFulfill: 'NO' });
  });
});
