import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type InteractionModel, INTERACTION_MODELS_DIR, loadInteractionModel, Nlu } from '../../../../tools/simulator';

/** A small model of its own, so the classifier and slot filling are tested apart from the real model's wording. */
const FIXTURE_MODEL: InteractionModel = {
  interactionModel: {
    languageModel: {
      invocationName: 'steady',
      intents: [
        {
          name: 'RelaxIntent',
          slots: [
            { name: 'muscles', type: 'MUSCLE_PLAN' },
            { name: 'length', type: 'AMAZON.DURATION' },
          ],
          samples: ['relax my {muscles}', 'relax my {muscles} for {length}', 'help me relax', 'relax for {length}', '{muscles} relaxation'],
        },
        {
          name: 'CountIntent',
          slots: [{ name: 'count', type: 'AMAZON.NUMBER' }],
          samples: ['count {count} breaths', '{count} breaths'],
        },
        { name: 'AMAZON.HelpIntent', samples: [] },
        { name: 'AMAZON.StopIntent', samples: ["i'm done"] },
        { name: 'AMAZON.CancelIntent', samples: [] },
        { name: 'AMAZON.YesIntent', samples: [] },
        { name: 'AMAZON.FallbackIntent', samples: [] },
      ],
      types: [
        {
          name: 'MUSCLE_PLAN',
          values: [
            { id: 'full', name: { value: 'whole body', synonyms: ['full body', 'body', 'sixteen muscle'] } },
            { id: 'short', name: { value: 'quick', synonyms: ['four group', '4 group'] } },
          ],
        },
      ],
    },
  },
};

describe("words the classifier is unsure of, opening with a phrase slot's carrier", () => {
  const model: InteractionModel = {
    interactionModel: {
      languageModel: {
        invocationName: 'steady',
        intents: [
          { name: 'TellIntent', slots: [{ name: 'said', type: 'AMAZON.SearchQuery' }], samples: ['i {said}', 'i feel {said}'] },
          { name: 'BreatheIntent', samples: ['help me breathe', 'breathe with me'] },
          { name: 'AMAZON.FallbackIntent', samples: [] },
        ],
      },
    },
  };
  const nlu = new Nlu(model);

  it('reach the phrase intent with every word after the carrier, as Alexa fills the slot', () => {
    const heard = nlu.resolve('ask steady i swallowed a whole bottle of something odd', { sessionOpen: false });
    expect(heard).toMatchObject({
      kind: 'intent',
      name: 'TellIntent',
      slots: { said: { value: 'swallowed a whole bottle of something odd' } },
    });
  });

  it('take the longest carrier that opens them', () => {
    const heard = nlu.resolve('ask steady i feel strangely heavy tonight', { sessionOpen: false });
    expect(heard).toMatchObject({ name: 'TellIntent', slots: { said: { value: 'strangely heavy tonight' } } });
  });

  it('are heard without the hesitations a recogniser leaves out', () => {
    const heard = nlu.resolve('ask steady um i feel uh strangely heavy', { sessionOpen: false });
    expect(heard).toMatchObject({ name: 'TellIntent', slots: { said: { value: 'strangely heavy' } } });
  });

  it('fall back when no carrier opens them', () => {
    const heard = nlu.resolve('ask steady what is the weather doing', { sessionOpen: false });
    expect(heard).toMatchObject({ kind: 'intent', name: 'AMAZON.FallbackIntent' });
  });
});

describe('a catch-all: an intent made of one custom slot, alone or after a filler', () => {
  const model: InteractionModel = {
    interactionModel: {
      languageModel: {
        invocationName: 'steady',
        intents: [
          { name: 'TellIntent', slots: [{ name: 'said', type: 'AMAZON.SearchQuery' }], samples: ['i feel {said}'] },
          { name: 'BreatheIntent', samples: ['help me breathe', 'breathe with me'] },
          { name: 'StatementIntent', slots: [{ name: 'statement', type: 'STATEMENT' }], samples: ['{statement}', 'so {statement}'] },
          { name: 'AMAZON.FallbackIntent', samples: [] },
        ],
        types: [{ name: 'STATEMENT', values: [{ name: { value: 'the day was long' } }] }],
      },
    },
  };
  const nlu = new Nlu(model);

  it('takes what would otherwise fall back, with every word said, unresolved', () => {
    const heard = nlu.resolve('ask steady knife on the counter and the door locked', { sessionOpen: false });
    expect(heard).toMatchObject({
      kind: 'intent',
      name: 'StatementIntent',
      slots: { statement: { value: 'knife on the counter and the door locked', resolved: false } },
    });
    expect(nlu.resolve('what is the weather doing', { sessionOpen: true })).toMatchObject({ name: 'StatementIntent' });
  });

  it('leaves a filler it opens with out of the slot, as Alexa learns the sample', () => {
    const heard = nlu.resolve('ask steady so the bus never came', { sessionOpen: false });
    expect(heard).toMatchObject({ name: 'StatementIntent', slots: { statement: { value: 'the bus never came' } } });
  });

  it('draws nothing another intent or a phrase carrier takes', () => {
    expect(nlu.resolve('ask steady help me breathe', { sessionOpen: false })).toMatchObject({ name: 'BreatheIntent' });
    expect(nlu.resolve('ask steady i feel strangely heavy', { sessionOpen: false })).toMatchObject({ name: 'TellIntent' });
    expect(nlu.resolve('ask steady the day was long', { sessionOpen: false })).toMatchObject({ name: 'StatementIntent' });
  });
});

describe('Nlu with a fixture model', () => {
  const nlu = new Nlu(FIXTURE_MODEL);
  const closed = { sessionOpen: false };
  const open = { sessionOpen: true };

  it.each(['open steady', 'Alexa, open Steady.', 'launch steady', 'start steady', 'ask steady', 'talk to steady'])(
    '"%s" launches',
    (text) => expect(nlu.resolve(text, closed)).toEqual({ kind: 'launch', invocation: true }),
  );

  it.each([
    'ask steady to help me relax',
    'ask steady for help me relax',
    'tell steady to help me relax',
    'tell steady help me relax',
    'ask steady help me relax',
    'open steady and help me relax',
    'help me relax using steady',
    'alexa, ask steady to help me relax!',
  ])('"%s" is a one-shot', (text) => {
    expect(nlu.resolve(text, closed)).toMatchObject({ kind: 'intent', name: 'RelaxIntent', invocation: true, sample: 'help me relax' });
  });

  it('fills custom slots by value or synonym, with the id and canonical name', () => {
    expect(nlu.resolve('ask steady to relax my full body for ten minutes', closed)).toEqual({
      kind: 'intent',
      name: 'RelaxIntent',
      invocation: true,
      sample: 'relax my {muscles} for {length}',
      slots: {
        muscles: { value: 'full body', id: 'full', canonical: 'whole body', resolved: true, slotType: 'MUSCLE_PLAN' },
        length: { value: 'PT10M', slotType: 'AMAZON.DURATION' },
      },
      heard: { intent: 'RelaxIntent', confidence: expect.any(Number) },
    });
  });

  it('matches digits to number words in slot values', () => {
    const resolution = nlu.resolve('4-group relaxation', open);
    expect(resolution).toMatchObject({ kind: 'intent', slots: { muscles: { id: 'short', resolved: true } } });
  });

  it('keeps an unknown custom value, unresolved, and leaves unfilled slots present', () => {
    expect(nlu.resolve('relax my shoulders', open)).toEqual({
      kind: 'intent',
      name: 'RelaxIntent',
      invocation: false,
      sample: 'relax my {muscles}',
      slots: { muscles: { value: 'shoulders', resolved: false, slotType: 'MUSCLE_PLAN' }, length: undefined },
      heard: { intent: 'RelaxIntent', confidence: expect.any(Number) },
    });
  });

  it.each([
    ['count twenty five breaths', '25'],
    ['10 breaths', '10'],
    ['ninety breaths', '90'],
  ])('reads AMAZON.NUMBER from "%s"', (text, value) => {
    expect(nlu.resolve(text, open)).toMatchObject({ name: 'CountIntent', slots: { count: { value } } });
  });

  it.each([
    ['relax for ninety seconds', 'PT90S'],
    ['relax for an hour', 'PT1H'],
    ['relax for 3 minutes', 'PT3M'],
    ['relax for a minute and a half', 'PT1M30S'],
  ])('reads AMAZON.DURATION from "%s"', (text, value) => {
    expect(nlu.resolve(text, open)).toMatchObject({ name: 'RelaxIntent', slots: { length: { value } } });
  });

  it('does not read a number slot from words that are not a number, though the intent is understood', () => {
    expect(nlu.resolve('count slow breaths', open)).toMatchObject({ name: 'CountIntent', slots: { count: undefined } });
  });

  it('understands words no sample has, as Alexa does, and says how sure it is', () => {
    const resolution = nlu.resolve('please help me relax', open);
    expect(resolution).toMatchObject({ kind: 'intent', name: 'RelaxIntent', heard: { intent: 'RelaxIntent' } });
    if (resolution.kind !== 'intent') throw new Error('unreachable');
    expect(resolution.heard!.confidence).toBeGreaterThanOrEqual(0.5);
    expect(resolution.heard!.confidence).toBeLessThanOrEqual(1);
  });

  it('fills a custom slot from its values where no sample aligns', () => {
    expect(nlu.resolve('please relax my whole body now', open)).toMatchObject({
      name: 'RelaxIntent',
      slots: { muscles: { id: 'full', resolved: true } },
    });
  });

  it('fills a custom slot with the words said when they match no value, as Alexa does (no id)', () => {
    // Longer than a sample's unresolved value: no sample fits, yet the words sit where "relax my {muscles}" has its slot.
    // Unseen words weigh nothing here, so the classifier keeps the intent and the slot is what is tested.
    const resolution = new Nlu(FIXTURE_MODEL, { unknownWordWeight: 0 }).resolve('relax my stiff neck and sore shoulders', open);
    expect(resolution).toMatchObject({ kind: 'intent', name: 'RelaxIntent' });
    if (resolution.kind !== 'intent') throw new Error('unreachable');
    expect(resolution.slots.muscles).toEqual({ value: 'stiff neck and sore shoulders', resolved: false, slotType: 'MUSCLE_PLAN' });
    expect(resolution.slots.muscles).not.toHaveProperty('id');
  });

  it('sends a built-in intent only for a phrase Alexa knows for it', () => {
    expect(nlu.resolve('help me out with the weather', open)).toMatchObject({ name: 'AMAZON.FallbackIntent' });
  });

  it.each([
    ['help', 'AMAZON.HelpIntent'],
    ['stop', 'AMAZON.StopIntent'],
    ['quit', 'AMAZON.StopIntent'],
    ["I'm done", 'AMAZON.StopIntent'],
    ['never mind', 'AMAZON.CancelIntent'],
    ['yes', 'AMAZON.YesIntent'],
  ])('maps "%s" to %s', (text, name) => {
    expect(nlu.resolve(text, open)).toEqual({
      kind: 'intent',
      name,
      slots: {},
      invocation: false,
      sample: expect.any(String),
      heard: { intent: name, confidence: expect.any(Number) },
    });
  });

  it.each([
    ['stop please', 'AMAZON.StopIntent'],
    ['okay, stop now', 'AMAZON.StopIntent'],
    ['cancel that please', 'AMAZON.CancelIntent'],
    ['oh help', 'AMAZON.HelpIntent'],
  ])('hears "%s" as %s: a built-in phrase wrapped in courtesies is still the command', (text, name) => {
    expect(nlu.resolve(text, open)).toMatchObject({ kind: 'intent', name, slots: {} });
  });

  it('sends built-in intents only when the model declares them', () => {
    expect(nlu.resolve('no', open)).toMatchObject({ name: 'AMAZON.FallbackIntent' });
    expect(nlu.resolve('repeat', open)).toMatchObject({ name: 'AMAZON.FallbackIntent' });
  });

  it('falls back in session and says nothing to the skill outside one', () => {
    const fallback = nlu.resolve('what is the weather', open);
    expect(fallback).toMatchObject({ kind: 'intent', name: 'AMAZON.FallbackIntent', slots: {}, invocation: false });
    expect(fallback).not.toHaveProperty('sample');
    expect(nlu.resolve('help me relax', closed)).toEqual({ kind: 'none', invocation: false });
  });

  it('prefers the most specific sample', () => {
    // "relax my {muscles}" would take "body for ten minutes" as an unresolved value.
    expect(nlu.resolve('relax my body for ten minutes', open)).toMatchObject({ sample: 'relax my {muscles} for {length}' });
  });

  it('resolves an utterance as a one-shot on request', () => {
    expect(nlu.resolveAsOneShot('help me relax')).toMatchObject({ kind: 'intent', name: 'RelaxIntent', invocation: true });
  });

  it('rejects samples that use undeclared slots', () => {
    const broken: InteractionModel = {
      interactionModel: { languageModel: { invocationName: 'steady', intents: [{ name: 'X', samples: ['do {thing}'] }] } },
    };
    expect(() => new Nlu(broken)).toThrow(/undeclared slot \{thing\}/);
  });
});

const realModelPresent = existsSync(join(INTERACTION_MODELS_DIR, 'en-US.json'));

(realModelPresent ? describe : describe.skip)('Nlu with interaction-models/en-US.json', () => {
  const model = realModelPresent ? loadInteractionModel('en-US') : FIXTURE_MODEL;
  const nlu = new Nlu(model);
  const intents = model.interactionModel.languageModel.intents;
  const types = model.interactionModel.languageModel.types ?? [];

  /** The custom intent whose samples include this phrase, read from the model. */
  const intentWithSample = (sample: string): string => {
    const found = intents.find((intent) => intent.samples?.includes(sample));
    if (!found) throw new Error(`no intent has the sample "${sample}"`);
    return found.name;
  };
  const idOf = (synonym: string): string | undefined =>
    types.flatMap((type) => type.values ?? []).find((v) => v.name.value === synonym || v.name.synonyms?.includes(synonym))?.id;

  it('fills a reminder time as AMAZON.TIME does', () => {
    expect(nlu.resolveAsOneShot('remind me to practice every day at nine p.m.')).toMatchObject({
      kind: 'intent',
      name: 'ReminderIntent',
      slots: { time: { value: '21:00', slotType: 'AMAZON.TIME' } },
    });
  });

  it('has the invocation name steady', () => {
    expect(model.interactionModel.languageModel.invocationName).toBe('steady');
  });

  it('"ask steady to help me breathe" is a one-shot breathing request', () => {
    expect(nlu.resolve('ask steady to help me breathe', { sessionOpen: false })).toMatchObject({
      kind: 'intent',
      name: intentWithSample('help me breathe'),
      invocation: true,
    });
  });

  it('"open steady" then "box breathing" chooses box', () => {
    expect(nlu.resolve('open steady', { sessionOpen: false })).toEqual({ kind: 'launch', invocation: true });
    const choice = nlu.resolve('box breathing', { sessionOpen: true });
    expect(choice).toMatchObject({ kind: 'intent', invocation: false });
    if (choice.kind !== 'intent') throw new Error('unreachable');
    const technique = Object.values(choice.slots).find((slot) => slot?.resolved === true);
    expect(technique).toMatchObject({ id: idOf('box breathing'), resolved: true });
  });

  it('"ask steady to do square breathing for three minutes" is box for PT3M', () => {
    const resolution = nlu.resolve('ask steady to do square breathing for three minutes', { sessionOpen: false });
    expect(resolution).toMatchObject({ kind: 'intent', name: intentWithSample('help me breathe'), invocation: true });
    if (resolution.kind !== 'intent') throw new Error('unreachable');
    const values = Object.values(resolution.slots).filter((slot) => slot !== undefined);
    expect(values).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ value: 'square breathing', id: idOf('square breathing'), resolved: true }),
        expect.objectContaining({ value: 'PT3M', slotType: 'AMAZON.DURATION' }),
      ]),
    );
  });

  it('"ask steady for ten slow breaths" asks for 10 breaths', () => {
    const resolution = nlu.resolve('ask steady for ten slow breaths', { sessionOpen: false });
    expect(resolution).toMatchObject({ kind: 'intent', name: intentWithSample('help me breathe'), invocation: true });
    if (resolution.kind !== 'intent') throw new Error('unreachable');
    expect(Object.values(resolution.slots)).toContainEqual({ value: '10', slotType: 'AMAZON.NUMBER' });
  });

  it('carries the words of an unmatched custom slot value, so the crisis net can read them', () => {
    const resolution = nlu.resolve('help me with a thought about my boss hating my work', { sessionOpen: true });
    expect(resolution).toMatchObject({ kind: 'intent', name: 'AnxiousThoughtIntent' });
    if (resolution.kind !== 'intent') throw new Error('unreachable');
    expect(resolution.slots.theme).toEqual({ value: 'my boss hating my work', resolved: false, slotType: 'ANXIOUS_THEME' });
  });

  it("does not take an intent's own carrier words for a slot value", () => {
    const resolution = nlu.resolve('could you do some breathing with me', { sessionOpen: true });
    expect(resolution).toMatchObject({ kind: 'intent', name: 'BreatheIntent' });
    if (resolution.kind !== 'intent') throw new Error('unreachable');
    expect(resolution.slots.technique).toBeUndefined();
  });

  it.each([
    ['help', 'AMAZON.HelpIntent'],
    ['stop', 'AMAZON.StopIntent'],
    ['cancel', 'AMAZON.CancelIntent'],
    ['say that again', 'AMAZON.RepeatIntent'],
    ['go home', 'AMAZON.NavigateHomeIntent'],
  ])('in session, "%s" is %s', (text, name) => {
    expect(nlu.resolve(text, { sessionOpen: true })).toMatchObject({ kind: 'intent', name });
  });

  it.each([
    ['calm me down', 'BreatheIntent'],
    ['can we do some breathing', 'BreatheIntent'],
    ["how's my streak", 'StreakIntent'],
    ['the physiological sigh', 'BreatheIntent'],
    ['sleep', 'BedtimeIntent'],
    ['breathe', 'BreatheIntent'],
    ["I don't want to be alive anymore", 'CrisisIntent'],
  ])('understands "%s", which once fell through, as %s', (text, name) => {
    expect(nlu.resolve(text, { sessionOpen: true })).toMatchObject({ kind: 'intent', name });
  });

  it('fills the feelings phrase after its carrier', () => {
    expect(nlu.resolve("tell steady i've been feeling really left out lately", { sessionOpen: false })).toMatchObject({
      name: 'FeelingsIntent',
      slots: { feeling: { value: 'really left out lately', slotType: 'AMAZON.SearchQuery' } },
    });
  });

  it('reads "the physiological sigh" and "4 7 8" as techniques, and "a quick one" as a length', () => {
    expect(nlu.resolve('the physiological sigh', { sessionOpen: true })).toMatchObject({
      slots: { technique: { id: idOf('physiological sigh') } },
    });
    expect(nlu.resolve('4 7 8', { sessionOpen: true })).toMatchObject({ slots: { technique: { id: idOf('4 7 8') } } });
    expect(nlu.resolve('a quick one', { sessionOpen: true })).toMatchObject({ name: 'BreatheIntent', slots: { length: { id: 'quick' } } });
  });

  it('compiles every sample of the model', () => {
    expect(() => new Nlu(model)).not.toThrow();
  });
});

describe('a sample said word for word', () => {
  it('reaches the intent it was written for, even where the classifier leans elsewhere', () => {
    const model = loadInteractionModel('en-US');
    const nlu = new Nlu(model);
    const said = "i'm back";
    const feedback = model.interactionModel.languageModel.intents.find((intent) => intent.name === 'TimeApartFeedbackIntent');
    expect(feedback?.samples).toContain(said);
    // The classifier alone puts cancelling the time on one's own first for these words.
    expect(nlu.classify(said)[0]?.intent).not.toBe('TimeApartFeedbackIntent');
    const heard = nlu.resolve(said, { sessionOpen: true });
    expect(heard.kind === 'intent' && heard.name).toBe('TimeApartFeedbackIntent');
  });
});

describe('Spanish commands wrapped in courtesies and fillers', () => {
  const nlu = new Nlu(loadInteractionModel('es-MX'), { language: 'es' });
  const heard = (text: string) => {
    const resolution = nlu.resolve(text, { sessionOpen: true });
    return resolution.kind === 'intent' ? resolution.name : resolution.kind;
  };

  it.each([
    ['para por favor', 'AMAZON.StopIntent'],
    ['órale, ya estuvo', 'AMAZON.StopIntent'],
    ['venga, ya está, para', 'AMAZON.StopIntent'],
    ['detente ya', 'AMAZON.StopIntent'],
    ['oye, ¿qué opciones tengo?', 'AMAZON.HelpIntent'],
  ])('"%s" reaches %s, where the feelings net used to take it', (text, name) => {
    expect(heard(text)).toBe(name);
  });

  it.each(['necesito ayuda, no puedo más', 'gracias por todo, adiós', 'ya no importa', 'ya está, ya lo hice', 'para entonces'])(
    '"%s" is not taken for a command: a word that is neither the phrase nor a filler keeps it with the words that carry it',
    (text) => {
      expect(heard(text)).not.toMatch(/^AMAZON\./);
    },
  );
});
