import { planBreathing, type BreathingChoice } from '../../../../lambda/guidance/breathing/plan';
import { inBreathCueGapsMs, RHYTHM_TOLERANCE_MS, RHYTHM_WINDOW_MS } from '../../../../lambda/guidance/breathing/rhythm';
import { breathingTimeline } from '../../../../lambda/guidance/breathing/session';
import { cycleMs, TECHNIQUES, type TechniqueId } from '../../../../lambda/guidance/breathing/techniques';
import type { LengthRequest } from '../../../../lambda/guidance/session-length';
import { styleOf } from '../../../../lambda/guidance/session-style';
import { wordsFor } from '../../../../lambda/content/words';

const words = wordsFor('en-US');

const LENGTHS: LengthRequest[] = [
  { kind: 'default' },
  { kind: 'minutes', ms: 5 * 60_000 },
  { kind: 'minutes', ms: 20 * 60_000 },
  { kind: 'breaths', count: undefined },
];
const CHOICES: Partial<BreathingChoice>[] = [
  { introduce: true },
  { introduce: false },
  { introduce: true, unknownTechniqueName: 'dragon breathing' },
];
const STYLES = [styleOf({}), styleOf({ nightVoice: true }), styleOf({ bells: false })];

describe('the rhythm holds from the first breath', () => {
  it.each(Object.keys(TECHNIQUES) as TechniqueId[])(
    '%s: over the first two minutes each in-breath cue comes one cycle after the last, within half a second',
    (id) => {
      const cycle = cycleMs(TECHNIQUES[id]);
      const offBeat: string[] = [];
      for (const length of LENGTHS) {
        for (const choice of CHOICES) {
          for (const style of STYLES) {
            const plan = planBreathing(words, { technique: id, length, introduce: true, ...choice });
            const gaps = inBreathCueGapsMs(breathingTimeline(words, plan, ['Well done.'], style).segments);
            const breathsInWindow = Math.min(Math.floor(RHYTHM_WINDOW_MS / cycle), (plan.breaths ?? Number.POSITIVE_INFINITY) - 1);
            expect(gaps.length).toBeGreaterThanOrEqual(Math.min(breathsInWindow, 3));
            for (const gap of gaps) {
              if (Math.abs(gap - cycle) > RHYTHM_TOLERANCE_MS) offBeat.push(`${JSON.stringify({ length, choice, style })}: ${gap} ms`);
            }
          }
        }
      }
      expect(offBeat).toEqual([]);
    },
  );
});
