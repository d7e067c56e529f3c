import { sessionCatalogue } from '../../../lambda/guidance/catalogue';
import { INTRODUCTIONS, type CompassionKind } from '../../../lambda/guidance/compassion';
import { styleOf } from '../../../lambda/guidance/session-style';
import { estimateSpeechMs } from '../../../lambda/renderers/ssml/estimate';
import { closingPhrases } from '../../../tools/lib/word-variety';

const SEVEN_DAYS = [...Array(7).keys()].map((i) => new Date(Date.UTC(2026, 2, 2 + i)).toISOString().slice(0, 10));

describe('closing words', () => {
  it.each(SEVEN_DAYS)('on %s no closing phrase closes more than half of the session types', (localDay) => {
    const catalogue = sessionCatalogue();
    const sessionsSaying = new Map<string, string[]>();
    for (const session of catalogue) {
      for (const phrase of closingPhrases(session.closing(styleOf({ localDay })))) {
        sessionsSaying.set(phrase, [...(sessionsSaying.get(phrase) ?? []), session.name]);
      }
    }
    const stock = [...sessionsSaying].filter(([, sessions]) => sessions.length > catalogue.length / 2);
    expect(stock).toEqual([]);
  });

  it('"Well done" opens at most one close a day across the session types', () => {
    for (const localDay of SEVEN_DAYS) {
      const wellDone = sessionCatalogue().filter((session) => /well done/i.test(session.closing(styleOf({ localDay })).join(' ')));
      expect(wellDone.length).toBeLessThanOrEqual(sessionCatalogue().length / 4);
    }
  });

  it.each(['everyday', 'attachment'] as CompassionKind[])(
    '%s: no introduction to the user’s own words is longer than the first, which budgets plan on',
    (kind) => {
      const [first, ...others] = INTRODUCTIONS[kind];
      expect(others.length).toBeGreaterThanOrEqual(4);
      for (const other of others) {
        expect(other.length).toBeLessThanOrEqual(first!.length);
        expect(estimateSpeechMs(other)).toBeLessThanOrEqual(estimateSpeechMs(first!));
      }
    },
  );
});
