/**
 * The warning words and looser rules in their everyday use, as the development sets said them:
 * mosquitoes eating someone alive, a slit vanilla pod, a nosebleed that bled everywhere,
 * tomatoes drowned in the rain, a phone about to die, a haircut today, the night someone proposes.
 * Each must stay everyday, and the same words said of oneself must still hear the line.
 */
import { gradeSlotText, gradeText } from '../../../lambda/safety/grade';

describe('everyday uses of the warning words stay everyday', () => {
  it.each([
    ['the mosquitoes are eating me alive out here'],
    ['slit the vanilla pod and scrape out the seeds'],
    ['the grapes were overripe and the wine tastes like poison'],
    ['the fake noose decoration from halloween is still on the porch'],
    ['got a nosebleed and bled all over my shirt'],
    ['got a paper cut and it bled everywhere'],
    ['the tomatoes drowned in all this rain'],
    ['news said a swimmer drowned at bondi this morning, how awful'],
    ['the rain was so heavy i nearly drowned walking home'],
    ["my daughter's learning to swim and she's scared she'll drown"],
    ["i'm so full i could die"],
    ['so hungover i want to die'],
    ['that joke was so bad i wanted to die'],
    ["my phone's dying, can you be quick"],
    ["pretty sure i'm going to end it with my boyfriend"],
    ["won't be here tomorrow, i'm working from home"],
    ["i'll be gone for two weeks in bali"],
    ['finally pulling the trigger on buying a house'],
    ["gun to my head i'd pick pizza over tacos"],
    ["it's a knife edge match tonight"],
    ['dying laughing at this cat video'],
    ['i want to disappear into a good book this weekend'],
    ['already giving up on my new year resolution'],
    ['i could kill myself for forgetting her birthday'],
    ['my kid wants to jump off the high dive'],
    ['i could sleep forever after that run'],
    ["tonight's the night i'm finally proposing to her"],
    ["tonight's the night we finally watch the finale"],
    ['got my hair cut today and i love it'],
    ['they announced a pay cut today'],
  ])('"%s" hears no crisis words', (said) => {
    expect(gradeText(said, 'en-US')).toBe('none');
    expect(gradeSlotText(said, 'en-US')).toBe('none');
  });
});

it('hears medicine taken as directed, said whole, as everyday', () => {
  // As a slot, the "i took" opening still reads a prescription as what was taken.
  expect(gradeText("picked up my prescription and i'm taking them as directed", 'en-US')).toBe('none');
});

describe('the same words said of oneself still hear the line', () => {
  it.each([
    ['i want to drown'],
    ['i hope i drown'],
    ["i'm in the water and i'm going to drown"],
    ['just let me drown'],
    ['i cut again today'],
    ["i'm so embarrassed i can't face anyone, i want to die"],
    ['pull the trigger on myself'],
  ])('"%s" hears the crisis line', (said) => {
    expect(gradeText(said, 'en-US')).not.toBe('none');
  });

  it('hears "tonight\'s the night, i\'ve decided" as danger now', () => {
    expect(gradeSlotText("tonight's the night, i've decided", 'en-US')).toBe('danger');
  });
});

describe('"i took" is put back only before what was taken, not before someone else taking theirs', () => {
  it.each([
    ['nan takes her heart pills every morning with her tea'],
    ['dog needs his heartworm pills every month'],
    ['picked up my prescription and i am taking them as directed'],
  ])('the slot "%s" stays everyday', (slot) => {
    expect(gradeSlotText(slot, 'en-US')).toBe('none');
  });

  it.each([['the whole bottle of pills'], ["my mum's pills, all of them"], ["fifty of my dad's sleeping pills"]])(
    'the slot "%s" is still danger now',
    (slot) => {
      expect(gradeSlotText(slot, 'en-US')).toBe('danger');
    },
  );
});
