/**
 * A FeelingsIntent carrier takes its words from what was said: "swallowed {feeling}" sends only
 * "the whole bottle". The grader reads the slot again with each opening put back, so every
 * carrier of the English model must be one of its openings, say nothing of danger, or be named
 * here as left out on purpose.
 */
import { safetyPhrasesFor } from '../../../lambda/content/heard';
import { normaliseFeelingText } from '../../../lambda/understanding/normalise';
import { loadInteractionModel } from '../../../tools/simulator';

/**
 * Carriers whose words are not put back: fillers and forms of address say nothing, and a time or a
 * bare "do", put back before any slot, would lend it a time or a question it was not said with.
 */
const SAY_NOTHING = new Set(
  [
    'so',
    'okay',
    'honestly',
    'bro',
    'mate',
    'dude',
    'yaar',
    'um',
    'like',
    'well',
    'right',
    'oh',
    'eh',
    'look',
    'sorry',
    'please',
    'ngl',
    'lowkey',
    'tbh',
    'genuinely',
    'literally',
    'seriously',
    'bruh',
    'hey',
    'just',
    'been',
    'today',
    'tomorrow',
    'now',
    'right now',
    'soon',
    'after',
    'once',
    'last night',
    'last',
    'sometimes',
    'since',
    'maybe',
    'do',
  ].map((words) => normaliseFeelingText(words, 'en')),
);

/** Carriers of everyday idioms ("i'm dying to {feeling}"): what follows them is never a danger. */
const IDIOM_CARRIERS = new Set(
  [
    "i'm dying to",
    "i'm dying of",
    'i could die of',
    'i nearly died',
    "i'm dead",
    'i killed it',
    "i'm killing it",
    "i'm at the end of my",
    "i'm on the edge of my",
    "i'm going to miss",
    'i miss',
  ].map((words) => normaliseFeelingText(words, 'en')),
);

/**
 * Verbs said without their "i" that are not put back: before every slot they read everyday words as
 * danger ("i sorted" before "the pills my gp gave me", "i tied" before "the rope toy"), so the slot
 * is graded without them, and the danger rules read such statements from their other words.
 */
const LEFT_OUT = new Set([
  'sorted',
  'bought',
  'found',
  'opened',
  'parked',
  'pulled',
  'decided',
  'started',
  'looked',
  'googled',
  'relapsed',
  'wrote',
  'written',
  'sent',
  'said',
  'texted',
  'left',
  'tied',
  'hung',
  'put',
  'set',
  'lit',
  'taped',
  'turned',
  'jumped',
  'climbed',
  'driving',
  'gave',
  'given',
  'had',
  'mixed',
  'hanging',
  'swimming',
]);

const carriers = (): string[] => {
  const model = loadInteractionModel('en-US').interactionModel.languageModel;
  const feelings = model.intents.find((intent) => intent.name === 'FeelingsIntent');
  return (feelings?.samples ?? []).filter((sample) => sample.endsWith(' {feeling}')).map((sample) => sample.slice(0, -' {feeling}'.length));
};

describe('the carriers of the feelings phrase and the openings the grader puts back', () => {
  const openings = new Set(
    safetyPhrasesFor('en-US').openings.map((opening) => normaliseFeelingText(typeof opening === 'string' ? opening : opening.words, 'en')),
  );

  it.each(carriers())('"%s {feeling}" is put back before its words, or says nothing of danger', (carrier) => {
    const words = normaliseFeelingText(carrier, 'en');
    const putBack =
      openings.has(words) ||
      openings.has(`i ${words}`) ||
      openings.has(`i am ${words}`) ||
      openings.has(`i have ${words}`) ||
      SAY_NOTHING.has(words) ||
      IDIOM_CARRIERS.has(words) ||
      LEFT_OUT.has(words) ||
      [...openings].some((opening) => words.endsWith(` ${opening}`) && SAY_NOTHING.has(words.slice(0, -opening.length - 1)));
    expect(putBack).toBe(true);
  });

  it('no opening grades anything on its own: put before harmless words, each leaves them harmless', async () => {
    const { gradeSlotText } = await import('../../../lambda/safety/grade');
    for (const harmless of ['the weather in town', 'a cup of tea', 'my sister on saturday', 'the shopping list']) {
      expect(gradeSlotText(harmless, 'en-US')).toBe('none');
    }
  });
});
