import { wordsFor } from '../../../lambda/content/words';
import { sessionCatalogue } from '../../../lambda/guidance/catalogue';
import { EVERYDAY_STYLE } from '../../../lambda/guidance/session-style';
import { PRACTICE_KINDS, practiceKindOf } from '../../../lambda/practice/practice-kind';
import { allTrackIds, trackSpec } from '../../../lambda/guidance/tracks/catalog';
import { recordFromItem } from '../../../lambda/store/practice-item';
import { STATE_WORDS } from '../../support/state-words';

describe('the kinds of practice kept', () => {
  test.each(PRACTICE_KINDS)('%s names a practice, not a state', (kind) => {
    expect(kind).not.toMatch(STATE_WORDS);
  });

  test.each(sessionCatalogue(wordsFor('en-US')).map((session) => [session.name, session] as const))(
    'the session %s counts as a kind',
    (_, session) => {
      const { practice } = session.build([], EVERYDAY_STYLE);
      expect(PRACTICE_KINDS).toContain(practiceKindOf(practice));
    },
  );

  test.each(allTrackIds())('the track %s counts as a kind, or not at all (sleep sounds)', (id) => {
    const spec = trackSpec(id, wordsFor('en-US'))!;
    if (spec.practice === 'sleep-sounds') expect(practiceKindOf(spec.practice)).toBeUndefined();
    else expect(PRACTICE_KINDS).toContain(practiceKindOf(spec.practice));
  });

  test.each([
    ['panic', 'breathing'],
    ['reframe', 'reflection'],
    ['i-statement', 'reflection'],
    ['pmr', 'relaxation'],
    ['box', 'breathing'],
    ['bedtime', 'bedtime'],
  ])('a session of %s counts as %s', (session, kind) => {
    expect(practiceKindOf(session)).toBe(kind);
  });

  test.each(['constructor', '__proto__', 'lonely', ''])('%p is no kind', (name) => {
    expect(practiceKindOf(name)).toBeUndefined();
  });
});

describe('counts kept by earlier layouts', () => {
  test('are folded into the kind of practice each was; a name of no known kind is dropped', () => {
    const { history } = recordFromItem({
      sessions: 9,
      techniques: { panic: 3, box: 2, reframe: 1, 'i-statement': 1, lonely: 1, pmr: 1 },
    });
    expect(history.practices).toEqual({ breathing: 5, reflection: 2, relaxation: 1 });
    expect(history.sessions).toBe(9);
  });

  test('the earliest counters too', () => {
    expect(recordFromItem({ t_panic: 2, t_grounding: 1, t_bedtime: 4 }).history.practices).toEqual({
      breathing: 2,
      grounding: 1,
      bedtime: 4,
    });
  });

  test('the current layout keeps only kinds', () => {
    expect(recordFromItem({ practices: { breathing: 2, panic: 3, relaxation: -1 } }).history.practices).toEqual({ breathing: 2 });
  });
});
