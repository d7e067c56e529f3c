/**
 * Someone else in danger now, told by the person who knows, and the scene found: each hears the
 * emergency number first, as the speaker's own danger does. Beside each shape, the everyday
 * sentences that share its words (a play, a joke, a nosebleed, a climbing wall) stay everyday.
 */
import { gradeText } from '../../../lambda/safety/grade';

describe('English danger someone else is in, and the scene found', () => {
  it.each([
    ['my brother is burning himself with a lighter right now'],
    ['my son locked himself in and is cutting himself'],
    ['my wife texted that she is going to kill herself and her phone is off now'],
    ['my dad collapsed and his lips are blue after taking pills'],
    ['there is blood all over the bathroom floor and she is not answering'],
    ['the bath water has turned red'],
    ['my little girl swallowed a button battery from the remote'],
    ['a man is standing on the wrong side of the bridge railing'],
  ])('"%s" hears the emergency number first', (said) => {
    expect(gradeText(said, 'en-US')).toBe('danger');
  });

  it.each([['my friend keeps cutting herself and i do not know what to do'], ['my sister told me she is going to kill herself']])(
    '"%s" hears the crisis answer',
    (said) => {
      expect(gradeText(said, 'en-US')).toBe('crisis');
    },
  );

  it.each([
    ['in the play juliet stabs herself right now in the last scene'],
    ['my mum said she will kill herself laughing if i wear that'],
    ['the bathroom floor is covered in blood red hair dye'],
    ['my kid ate a battery-shaped sweet'],
    ['my son is sitting on the climbing wall ledge at the gym'],
  ])('"%s" stays everyday', (said) => {
    expect(gradeText(said, 'en-US')).toBe('none');
  });
});

describe('English crisis said as a wish for an accident, a method read about, a goodbye with an apology', () => {
  it.each([
    ['secretly hoping a bus hits me, or that i get hit by a bus'],
    ['i have been researching lethal doses all night'],
    ['i ripped my skin until it bled'],
    ['i want to feel pain, i deserve it'],
    ['goodbye everyone, sorry for everything'],
    ['i really should not have survived the last attempt'],
    ['i am done fighting'],
  ])('"%s" hears the crisis answer', (said) => {
    expect(gradeText(said, 'en-US')).toBe('crisis');
  });

  it.each([
    ['i have been reading up on overdoses for my nursing exam'],
    ['i scratched the mosquito bite until it bled'],
    ['my legs hurt after leg day but i deserve it'],
    ['goodbye everyone, sorry i was late to the party'],
  ])('"%s" stays everyday', (said) => {
    expect(gradeText(said, 'en-US')).toBe('none');
  });
});
