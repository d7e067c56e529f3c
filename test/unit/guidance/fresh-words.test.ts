import { wordsFor, type Words } from '../../../lambda/content/words';
import { planBreathing } from '../../../lambda/guidance/breathing/plan';
import { breathingTimeline } from '../../../lambda/guidance/breathing/session';
import { TECHNIQUES, type TechniqueId } from '../../../lambda/guidance/breathing/techniques';
import type { LengthRequest } from '../../../lambda/guidance/session-length';
import { CUE_VOICE, GUIDE_VOICE } from '../../../lambda/guidance/voices';
import { marksOf, pacingErrorsMs } from '../../support/pacing';
import { sessionCatalogue } from '../../../lambda/guidance/catalogue';
import { pmrTimeline } from '../../../lambda/guidance/pmr/session';
import { pmrTrackClose } from '../../../lambda/guidance/pmr/wording';
import { longestClosing } from '../../support/longest-closing';
import type { CompassionKind } from '../../../lambda/guidance/compassion';
import { styleOf } from '../../../lambda/guidance/session-style';
import { estimateSpeechMs } from '../../../lambda/speech/estimate';
import { LONGEST_LINE_IN_A_BREATH_MS } from '../../../lambda/guidance/breathing/rhythm';
import { closingPhrases, LEAST_DAILY_DIFFERENCE, leastDifference, wordsOf } from '../../../tools/lib/word-variety';

const PMR_CLOSE = pmrTrackClose(wordsFor('en-US'));
const BODY_CHECKS = wordsFor('en-US').breathing.bodyChecks;
const LANGUAGES = [
  ['English', wordsFor('en-US')],
  ['Spanish', wordsFor('es-MX')],
] as const;
const TECHNIQUE_IDS = Object.keys(TECHNIQUES) as TechniqueId[];
type Phase = keyof Words['breathing']['cues']['plain'];

/** What each cue must name, in each language: a listener always hears what to do. */
const ACTIONS: Readonly<Record<string, Readonly<Record<Phase, RegExp>>>> = {
  English: { inhale: /^(Breathe in|In)\b/, topUp: /\bmore\b/i, hold: /\bhold\b/i, exhale: /\bout\b/i, holdEmpty: /\brest\b/i },
  Spanish: {
    inhale: /\b(inhala|toma aire|entrar)/i,
    topUp: /\bmás\b/i,
    hold: /\b(sostén|mantén|retén)/i,
    exhale: /\b(exhala|suelta|sopla)/i,
    holdEmpty: /\b(pausa|descansa)/i,
  },
};

/** Every list of a cue's full wordings, one a day: the general ones and each technique's own. */
function fullWordings(words: Words): [string, Phase, readonly string[]][] {
  const general = Object.entries(words.breathing.cues.full).map(([phase, list]) => [`general ${phase}`, phase, list]);
  const own = TECHNIQUE_IDS.flatMap((id) =>
    Object.entries(words.breathing.techniques[id].cues ?? {}).map(([phase, list]) => [`${id} ${phase}`, phase, list]),
  );
  return [...general, ...own] as [string, Phase, readonly string[]][];
}

/** The characters a line takes in a reply's SSML, where the budget of a long session is counted. */
const written = (text: string): number => text.replaceAll("'", '&apos;').length;

/** Longer to say, or to write, than the line the plan was sized on. */
const longer = (line: string, first: string, ratePercent: number): boolean =>
  estimateSpeechMs(line, ratePercent) > estimateSpeechMs(first, ratePercent) || written(line) > written(first);

/** The marks of a timeline (which phase, how long, whether a word starts it): its shape without its words. */
const shapeOf = (timeline: Parameters<typeof marksOf>[0]) =>
  marksOf(timeline).map((m) => `${m.mark.phase}:${m.mark.index}:${m.mark.phaseMs}:${m.text === '' ? 'quiet' : 'said'}`);

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
  it.each(sessionCatalogue(wordsFor('en-US')).map((session) => [session.name, session] as const))(
    '%s: across seven days, any two days differ in at least 20% of their words',
    (_name, session) => {
      const days = SEVEN_DAYS.map((localDay) => {
        const style = styleOf({ localDay });
        return wordsOf(session.build(session.closing(style), style));
      });
      expect(leastDifference(days)).toBeGreaterThanOrEqual(LEAST_DAILY_DIFFERENCE);
    },
  );
});

describe('fresh words keep the budgets', () => {
  it('no body check after breathing is longer than the first, which the session length is planned on', () => {
    for (const check of BODY_CHECKS) {
      expect(check).toMatch(/your body/);
      expect(estimateSpeechMs(check)).toBeLessThanOrEqual(estimateSpeechMs(BODY_CHECKS[0]!));
    }
  });

  it.each(LANGUAGES)(
    '%s: no day’s full wording of a cue is longer to say or to write than the first, which fits and budgets are judged on, and each names its action',
    (language, words) => {
      const wrong: string[] = [];
      for (const [name, phase, list] of fullWordings(words)) {
        if (list.length !== 7 || new Set(list).size !== 7) wrong.push(`${name}: not seven different wordings`);
        for (const wording of list) {
          if (!ACTIONS[language]![phase].test(wording)) wrong.push(`${name}: "${wording}" does not name its action`);
          if (longer(wording, list[0]!, CUE_VOICE.ratePercent)) wrong.push(`${name}: "${wording}" is longer than "${list[0]}"`);
        }
      }
      const { plain, checkIns, checkInOuts, comfort } = words.breathing.cues;
      for (const [phase, wording] of Object.entries(plain)) if (!ACTIONS[language]![phase as Phase].test(wording)) wrong.push(wording);
      for (const checkIn of checkIns) if (!checkIn.endsWith(plain.inhale)) wrong.push(`check-in "${checkIn}" does not end in the cue`);
      for (const out of checkInOuts) if (!ACTIONS[language]!.exhale.test(out)) wrong.push(`"${out}" does not name its action`);
      for (const list of [checkIns, checkInOuts, comfort]) if (new Set(list).size !== 7) wrong.push(`not seven: ${list.join(' / ')}`);
      expect(wrong).toEqual([]);
    },
  );

  it.each(LANGUAGES)('%s: no day’s second line introducing a technique is longer to say or to write than the first', (_language, words) => {
    const wrong: string[] = [];
    for (const id of TECHNIQUE_IDS) {
      const { second } = words.breathing.techniques[id].introduction;
      if (new Set(second).size !== 7) wrong.push(`${id}: not seven different lines`);
      for (const line of second)
        if (longer(line, second[0]!, GUIDE_VOICE.ratePercent)) wrong.push(`${id}: "${line}" is longer than "${second[0]}"`);
    }
    expect(wrong).toEqual([]);
  });

  it.each(LANGUAGES)(
    '%s: every line said inside a breath besides its cue (introductions, comfort phrases, the hand-over to a track) takes at most 1.8 s, every day',
    (_language, words) => {
      const long: string[] = [];
      const atMost = (line: string, ratePercent: number) => {
        const ms = estimateSpeechMs(line, ratePercent);
        if (ms > LONGEST_LINE_IN_A_BREATH_MS) long.push(`"${line}" takes ${ms} ms`);
      };
      for (const id of TECHNIQUE_IDS) {
        const { first, second } = words.breathing.techniques[id].introduction;
        for (const line of [first, ...second]) atMost(line, GUIDE_VOICE.ratePercent);
      }
      for (const line of words.breathing.cues.comfort) atMost(line, CUE_VOICE.ratePercent);
      for (const line of words.audio.handover) atMost(line, GUIDE_VOICE.ratePercent);
      expect(long).toEqual([]);
    },
  );

  it.each(LANGUAGES)(
    '%s: every breathing session keeps its timing on every day of a week: the same phases, the same quiet, only the words change',
    (_language, words) => {
      for (const technique of TECHNIQUE_IDS) {
        for (const length of [{ kind: 'default' }, { kind: 'minutes', ms: 20 * 60_000 }] as LengthRequest[]) {
          const plan = planBreathing(words, { technique, length, introduce: true });
          const [first, ...others] = SEVEN_DAYS.map((localDay) => breathingTimeline(words, plan, [], styleOf({ localDay })));
          for (const timeline of [first!, ...others]) {
            expect(shapeOf(timeline)).toEqual(shapeOf(first!));
            for (const error of pacingErrorsMs(timeline)) expect(Math.abs(error)).toBeLessThanOrEqual(100);
          }
        }
      }
    },
  );

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
