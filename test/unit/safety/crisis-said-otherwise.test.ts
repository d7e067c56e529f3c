/**
 * Crisis, and danger now, said in the shapes the grader missed on the development sets: a death
 * imagined and met with relief, a wish that an accident had been the end, self-harm told by what
 * was done to the body, things given away "for after", a last hug, a death prayed for; blood from
 * what was done, tomorrow made sure of, an hour set. Each shape beside the everyday sentences a review
 * found sharing its words, which must stay everyday.
 */
import { gradeSlotText, gradeText } from '../../../lambda/safety/grade';

describe('English crisis in other shapes', () => {
  it.each([
    ["if i died tonight i'd be relieved"],
    ['if i got hit by a bus tomorrow i honestly wouldn’t mind'],
    ['if i died tomorrow would anyone care'],
    ["wish i hadn't survived the crash"],
    ['i wish the accident had killed me'],
    ['i bit my arm until it bled'],
    ["pressed the hot iron on my arm and i can't stop"],
    ["i'm giving away my records and my bike this week i won't need them"],
    ['hugged my parents for the last time today'],
    ['keep praying god will just take me'],
    ['hoping the cancer takes me quickly'],
    ["i've been tying things round my neck when i get upset"],
    ["i've been daydreaming about dying"],
    ["it'd be so much easier to not exist"],
    ['death would be a mercy'],
    ['i miss the blade'],
    ['i need to cut just to feel something'],
    ['cutting is the only thing that helps'],
    ['hate my body so i hurt it'],
    ['why bother living'],
    ["there's no reason left to keep going"],
    ["hanging's been on my mind a lot lately"],
  ])('"%s" hears the crisis line', (said) => {
    expect(gradeText(said, 'en-US')).toBe('crisis');
  });
});

describe('English danger now in other shapes', () => {
  it.each([
    ['blood dripping off my arm onto the carpet'],
    ["i won't see tomorrow i've made sure of it"],
    ["at 3 am i'm going to do it"],
    ["set an alarm for 4 am that's when i'm going"],
    ["my flatmate's out till 10 so that's when it's happening"],
    ["midnight tonight is when it happens i've planned it all out"],
  ])('"%s" hears the emergency number first', (said) => {
    expect(gradeSlotText(said, 'en-US')).toBe('danger');
  });
});

describe('the same words said of everyday things', () => {
  it.each([
    ["at 9 i'm going to do it"],
    ['8 pm is when it happens, the fireworks'],
    ["My grandma died tonight, she was in so much pain, honestly I'm relieved she's at peace"],
    ['I died today in Elden Ring like fifty times, so glad I finally beat the boss'],
    ["I hit my hand with a hammer and couldn't stop cursing"],
    ['I burned my hand on the barbecue grill until it blistered'],
    ['I told the movers where my stuff should go'],
    ["I'm leaving my lunch in the fridge for after the gym"],
    ["I hugged my daughter for the last time before school camp, she's off for a week"],
    ["I kissed my kids goodnight for the last time this week, I'm off on a work trip tomorrow"],
    ['I hope the universe takes me somewhere new this year'],
    ['My toddler wrapped his arms round my neck so tight when I picked him up'],
    ['I wish the boss fight had killed me sooner so I could respawn'],
    ["I keep daydreaming about Death Valley, we're doing the road trip in March"],
    ['I would not exist without coffee'],
    ['I wish I could just not exist on Mondays'],
    ["I miss my blades, I haven't skated since winter"],
    ['I need to cut just a bit more weight before the fight'],
    ['My body has been lazy so I punish it with burpees'],
    ['The party is dead, why am I still here'],
    ["I'm planning my exit, this job is killing me"],
    ['I drank the petrol station coffee and it was awful'],
    ["I gave blood and there's blood dripping down my arm from the plaster"],
    ["It's done, I hit send, too late now"],
    ['The baby wakes up crying every night, three am is when it happens'],
    ['We set a time for it, tonight at eight, movie night'],
  ])('"%s" stays everyday', (said) => {
    expect(gradeSlotText(said, 'en-US')).toBe('none');
    expect(gradeText(said, 'en-US')).toBe('none');
  });
});

describe('a day off or a sleep aid is not danger now', () => {
  // Older rules hear "won't be here tomorrow" and "won't wake up" as crisis words; the rule for
  // tomorrow made sure of must not raise them to the emergency number.
  it.each([["I already took the day off, I won't be here tomorrow"], ["I took melatonin, I won't wake up for anything"]])(
    '"%s" does not hear the emergency number first',
    (said) => {
      expect(gradeSlotText(said, 'en-US')).not.toBe('danger');
    },
  );
});
