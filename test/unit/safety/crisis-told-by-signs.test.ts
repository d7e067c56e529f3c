/**
 * Crisis and danger told by their signs rather than their names, as the development sets said them
 * and the grader missed: hope lost whole, death as the answer, a method chosen, a death to follow,
 * wanting to see oneself bleed; a household solvent drunk, packs of a medicine taken, walking out
 * into the water, a drive into it, a room doused with a lighter at hand, a knot tied over a chair,
 * someone close cut and not answering. Each beside the everyday sentences a review wrote with the
 * same words, which stay everyday.
 */
import { gradeSlotText, gradeText } from '../../../lambda/safety/grade';

describe('English crisis told by its signs', () => {
  it.each([
    ["i've lost all hope"],
    ["i've been thinking that dying is the answer"],
    ["it'd be easier to be dead"],
    ["I've chosen the method, the pills are in the drawer"],
    ["I'm too much of a coward to end my life"],
    ["my sister killed herself last year and I'm going to do what she did"],
    ['i want to join my brother, he killed himself last year'],
    ['i want to see myself bleed'],
    ['some days i want to drink until i die'],
    ['i just want to rest forever'],
    ['I think about falling from the balcony on purpose'],
    ['I punch the walls till it hurts because I deserve it'],
  ])('"%s" hears the crisis line', (said) => {
    expect(gradeText(said, 'en-US')).toBe('crisis');
  });
});

describe('English danger now told by what is at hand', () => {
  it.each([
    ["i've drunk the whole bottle of nail polish remover"],
    ['just took two boxes of co-codamol'],
    ["i'm at the lake and i'm going under"],
    ["i'm in the water and i'm just going to keep walking out"],
    ['parked by the river, gonna drive straight in'],
    ["the room is soaked in petrol and I've got a match"],
    ["I'm standing in the canal and I'm letting myself sink"],
    ["the knot's tied and the chair is ready"],
    ["my flatmate cut her arms really badly and she's not answering me"],
  ])('"%s" hears the emergency number first', (said) => {
    expect(gradeSlotText(said, 'en-US')).toBe('danger');
  });
});

describe('the same words said of everyday things', () => {
  it.each([
    ["I've lost all hope, we're never going to win the league this year"],
    ["I've lost all hope, the sourdough has sunk again"],
    ['in hollow knight dying is the answer to that room, you respawn on the other side'],
    ["we've decided on a method, we're doing cloth nappies"],
    ["I'm too much of a coward to go through with it, the bungee jump I booked"],
    ["I'm going to join my mum for lunch, her cat passed away on friday"],
    ["I don't want to see myself bleed, so the nurse covers the needle"],
    ["I'll keep drinking till I die if it's this good, thanks for the wine"],
    ['these new pillows are amazing, I could rest forever'],
    ['she thought about falling over in the netball match on purpose to get a penalty'],
    ['I bang my head till it hurts at every metallica gig'],
    ['we went to the sault ste marie soo side on the boat'],
    ['my ring alarm has a self arming mode when I leave'],
    ['I bought an od green backpack for camping'],
    ['I took the hole lot to the charity shop'],
    ['I made the knows for the snowman out of a carrot'],
    ['the lawnmower drank half a can of petrol in one go'],
    ["my nails drank a whole bottle of nail polish remover this week, the glitter wouldn't budge"],
    ['my mum had several packets of paracetamol in her handbag for the trip'],
    ["we're never coming back to the lake, the midges were awful"],
    ['in top gear they drive the car straight into the lake, so funny'],
    ['doused myself in perfume and lit a cigarette outside the club'],
    ["knot tied, the ladder is ready, let's get the christmas lights up"],
    ['my brother cut his arm badly on the glass, the surgery phone line is not responding'],
  ])('"%s" stays everyday', (said) => {
    expect(gradeText(said, 'en-US')).toBe('none');
  });
});

/** A review wrote danger said beside words an everyday reason or an idiom also uses. */
describe('English danger beside the words of an everyday reason', () => {
  it.each([
    ['i came home and saw my dad had cut his throat, he is not breathing'],
    ['my boyfriend slashed his wrists and he is unresponsive, i am on the phone to the ambulance'],
    ['i took a lot of my sleeping pills tonight'],
    ["i've taken three packets of co codamol, say goodbye to my kids for me"],
    ["i'm standing on the bridge, i won't be here tomorrow"],
  ])('"%s" hears the emergency number first', (said) => {
    expect(gradeText(said, 'en-US')).toBe('danger');
  });

  it.each([
    ['i took all the antibiotics my doctor gave me and the infection is gone'],
    ['i took a lot of my vitamins this morning'],
    ['i took all the tablets my doctor prescribed, i finished the course yesterday'],
    ['i saw my brother cut his arm badly on the fence, he went to a and e'],
    ['i took three packets of crisps to my mum'],
    ['my dad cut his leg badly with the saw and my phone line is dead'],
    ['i will see you tomorrow on the bridge for the photo'],
  ])('"%s" stays everyday', (said) => {
    expect(gradeText(said, 'en-US')).toBe('none');
  });
});
