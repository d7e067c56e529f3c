/**
 * Words of danger as speech recognition writes them when it mishears ("suey side", "self arming",
 * "an o d", "the hole packet", "the knows is tied"): read as meant, and only where the everyday
 * word they sound like could not stand.
 */
import { gradeSlotText, gradeText } from '../../../lambda/safety/grade';

describe('misheard words of danger', () => {
  it.each([
    ["i've been having suey side thoughts", 'crisis'],
    ["i've been self arming again", 'crisis'],
    ['took an o d cant feel my legs', 'danger'],
    ['i took the hole packet, every single one', 'danger'],
    ["the knows is tied to the door and i'm ready", 'danger'],
  ])('"%s" is heard as meant: %s', (said, grade) => {
    expect(gradeText(said, 'en-US')).toBe(grade);
  });

  it.each([
    ["there's a hole in the packet of crisps"],
    ['the news is tied to the election results'],
    ['the news was hanging over us all week'],
    ['my nose is ready for the surgery on monday'],
    ["i'm on sue's side in this argument"],
    ['who knows is tied for first place'],
    ['the army is arming the rebels, said the news'],
  ])('"%s" stays everyday', (said) => {
    expect(gradeText(said, 'en-US')).toBe('none');
    expect(gradeSlotText(said, 'en-US')).toBe('none');
  });
});
