import { wordsFor } from '../../../lambda/content/words';
import { sessionCatalogue } from '../../../lambda/guidance/catalogue';
import { pmrTimeline } from '../../../lambda/guidance/pmr/session';
import { pmrTrackClose } from '../../../lambda/guidance/pmr/wording';
import { longestClosing } from '../../support/longest-closing';
import type { CompassionKind } from '../../../lambda/guidance/compassion';
import { styleOf } from '../../../lambda/guidance/session-style';
import { estimateSpeechMs } from '../../../lambda/speech/estimate';
import { closingPhrases, LEAST_DAILY_DIFFERENCE, leastDifference, notYetFresh, wordsOf } from '../../../tools/lib/word-variety';

const PMR_CLOSE = pmrTrackClose(wordsFor('en-US'));
const BODY_CHECKS = wordsFor('en-US').breathing.bodyChecks;

const SEVEN_DAYS = [...Array(7).keys()].map((i) => new Date(Date.UTC(2026, 2, 2 + i)).toISOString().slice(0, 10));

describe('closing words', () => {
  it.each(SEVEN_DAYS)('on %s no closing phrase closes more than half of the session types', (localDay) => {
    const catalogue = sessionCatalogue(wordsFor('en-US'));
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
      const wellDone = sessionCatalogue(wordsFor('en-US')).filter((session) =>
        /well done/i.test(session.closing(styleOf({ localDay })).join(' ')),
      );
      expect(wellDone.length).toBeLessThanOrEqual(sessionCatalogue(wordsFor('en-US')).length / 4);
    }
  });

  it.each(['everyday', 'attachment'] as CompassionKind[])(
    '%s: no introduction to the user’s own words is longer than the first, which budgets plan on',
    (kind) => {
      const [first, ...others] = wordsFor('en-US').compassion.introductions[kind];
      expect(others.length).toBeGreaterThanOrEqual(4);
      for (const other of others) {
        expect(other.length).toBeLessThanOrEqual(first!.length);
        expect(estimateSpeechMs(other)).toBeLessThanOrEqual(estimateSpeechMs(first!));
      }
    },
  );
});

describe('no two days sound alike', () => {
  it.each(
    sessionCatalogue(wordsFor('en-US'))
      .filter((session) => !notYetFresh(session.name))
      .map((session) => [session.name, session] as const),
  )('%s: across seven days, any two days differ in at least 20% of their words', (_name, session) => {
    const days = SEVEN_DAYS.map((localDay) => {
      const style = styleOf({ localDay });
      return wordsOf(session.build(session.closing(style), style));
    });
    expect(leastDifference(days)).toBeGreaterThanOrEqual(LEAST_DAILY_DIFFERENCE);
  });

  it('the sessions not yet fresh enough are named, and still change from day to day', () => {
    const lagging = sessionCatalogue(wordsFor('en-US')).filter((session) => notYetFresh(session.name));
    expect(lagging.length).toBeLessThan(sessionCatalogue(wordsFor('en-US')).length / 2);
    for (const session of lagging) {
      const days = SEVEN_DAYS.map((localDay) => {
        const style = styleOf({ localDay });
        return wordsOf(session.build(session.closing(style), style));
      });
      expect(leastDifference(days)).toBeGreaterThan(0);
    }
  });
});

describe('fresh words keep the budgets', () => {
  it('no body check after breathing is longer than the first, which the session length is planned on', () => {
    for (const check of BODY_CHECKS) {
      expect(check).toMatch(/your body/);
      expect(estimateSpeechMs(check)).toBeLessThanOrEqual(estimateSpeechMs(BODY_CHECKS[0]!));
    }
  });

  it('the seven-part relaxation fits one reply on every day and round, in the night voice, with the longest closing', () => {
    for (const localDay of [...SEVEN_DAYS, '2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13']) {
      for (const round of [0, 1, 2]) {
        const timeline = pmrTimeline(
          wordsFor('en-US'),
          'standard',
          longestClosing(PMR_CLOSE),
          styleOf({ localDay, round, nightVoice: true }),
        );
        expect(timeline.segments.filter((s) => s.kind !== 'sound' && s.mark?.phase === 'instruct')).toHaveLength(7);
      }
    }
  });
});
