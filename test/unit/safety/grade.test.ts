/**
 * The grader's parts said together: a means and a sign it is at hand, a place and a person on it,
 * an attempt stopped, a question after a method; the sightseer and the idioms left alone; and a
 * slot's words read again with the first-person opening its carrier took from them.
 */
import { gradeSlotText, gradeText } from '../../../lambda/safety/grade';

describe('statements made of parts said in any order', () => {
  it.each([
    ['the gun is loaded and it is on my lap'],
    ['on my lap is the gun and it is loaded'],
    ["the rope's already up in the garage"],
    ["i'm sat on the parapet of the bridge"],
    ['swallowed a whole packet of sleeping pills'],
    ['the car is running in the garage with the door shut'],
  ])('"%s" is danger now', (said) => {
    expect(gradeText(said, 'en-US')).toBe('danger');
  });

  it.each([
    ['how many of these tablets would be enough to kill a person'],
    ['my thighs are all scars and i made fresh ones'],
    ['the police pulled me off the bridge in june'],
    ['i keep hoping a bus hits me'],
  ])('"%s" is crisis', (said) => {
    expect(gradeText(said, 'en-US')).not.toBe('none');
  });

  it.each([
    ["i'm on the bridge taking photos of the sunset"],
    ['i take my blood pressure tablets with breakfast'],
    ['we are roping off the garden for the party'],
    ['i cut myself shaving this morning'],
    ['my phone is about to die'],
  ])('"%s" is an everyday sentence', (said) => {
    expect(gradeText(said, 'en-US')).toBe('none');
  });
});

describe("a slot's words, read with the opening its carrier took", () => {
  it('hears "up on the multi storey right now" as said after "i am"', () => {
    expect(gradeText('up on the multi storey right now', 'en-US')).toBe('none');
    expect(gradeSlotText('up on the multi storey right now', 'en-US')).toBe('danger');
  });

  it('leaves an everyday slot as it is', () => {
    expect(gradeSlotText('on the roof fixing the gutter', 'en-US')).toBe('none');
  });

  it.each([
    // Openings that would lend a verb or a time to words that cannot follow them.
    ['killing weeds in the garden today'],
    ['phone dying so play something calming'],
    ['take it anymore with the drilling next door'],
    ['all over for my team this season'],
    ['on antidepressants and they are actually helping'],
    ['my blood pressure tablets'],
    // Idioms a carrier leaves in the slot.
    ['keys have disappeared again'],
    ['old cafe down the road is gone for good'],
    ['cat is sitting on the window ledge'],
    ['knife is best for carving a turkey'],
    ['said goodbye to my friend at the airport'],
  ])('hears no danger in the everyday slot "%s" after any opening', (slot) => {
    expect(gradeSlotText(slot, 'en-US')).toBe('none');
  });

  it.each([
    ["my whole month's supply of lithium", 'danger'],
    ['the hose hooked up to the exhaust', 'danger'],
    ['sent goodbye texts to my family', 'danger'],
    ['keep hoping something kills me', 'crisis'],
    ['a voice that keeps saying i should jump', 'crisis'],
    ['psychiatrist does not know i stopped my meds so i can save them up', 'crisis'],
    ['my guitar to my cousin cos i will not be needing it', 'crisis'],
  ] as const)('hears "%s" as %s', (slot, grade) => {
    expect(gradeSlotText(slot, 'en-US')).toBe(grade);
  });
});

describe('the same grader in Spanish, with its own words', () => {
  it.each([['es-US'], ['es-MX'], ['es-ES']])('in %s, the everyday idioms stay everyday', (locale) => {
    for (const said of ['me muero de hambre', 'este tráfico me mata', 'estoy muerto de cansancio', 'mi celular se murió']) {
      expect(gradeText(said, locale)).toBe('none');
    }
  });

  it('hears a wish to die as crisis, and something taken or a height as danger now', () => {
    expect(gradeText('ya no quiero vivir', 'es-MX')).toBe('crisis');
    expect(gradeText('a veces pienso en quitarme la vida', 'es-US')).toBe('crisis');
    expect(gradeText('me tomé todas las pastillas', 'es-MX')).toBe('danger');
    expect(gradeText('estoy en el puente', 'es-ES')).toBe('danger');
  });

  it('reads Spanish words with their accents as without them, and English words as English still', () => {
    expect(gradeText('Me tomé TODAS las pastillas', 'es-ES')).toBe(gradeText('me tome todas las pastillas', 'es-ES'));
    expect(gradeText('ya no quiero vivir', 'en-US')).toBe('none');
  });

  it('reads English without taking accents off: letters of other scripts do not turn into a word like "sh"', () => {
    expect(gradeText('ŚḢ', 'en-US')).toBe('none');
    expect(gradeText('ŚḢ', '')).toBe('none');
  });
});
