import { planBreathing, type BreathingChoice } from '../../../../lambda/guidance/breathing/plan';
import {
  inBreathCueGapsMs,
  LONGEST_LINE_IN_A_BREATH_MS,
  RHYTHM_TOLERANCE_MS,
  RHYTHM_WINDOW_MS,
} from '../../../../lambda/guidance/breathing/rhythm';
import { breathingTimeline } from '../../../../lambda/guidance/breathing/session';
import { cycleMs, TECHNIQUES, type TechniqueId } from '../../../../lambda/guidance/breathing/techniques';
import type { LengthRequest } from '../../../../lambda/guidance/session-length';
import { styleOf } from '../../../../lambda/guidance/session-style';
import { wordsFor, type Words } from '../../../../lambda/content/words';
import { estimateSpeechMs } from '../../../../lambda/speech/estimate';
import { timeSegments } from '../../../../lambda/speech/timing';
import type { Segment } from '../../../../lambda/timeline';

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

/** The breaths of the first two minutes that another in-breath follows: each one's spoken lines. */
function breathsInWindow(segments: readonly Segment[]): Extract<Segment, { kind: 'say' }>[][] {
  const breaths: Extract<Segment, { kind: 'say' }>[][] = [];
  for (const { segment, startMs } of timeSegments(segments)) {
    if (startMs > RHYTHM_WINDOW_MS) break;
    if (segment.kind !== 'say') continue;
    if (segment.mark?.phase === 'inhale') breaths.push([]);
    breaths.at(-1)?.push(segment);
  }
  return breaths.slice(0, -1);
}

describe('a breath says little while the rhythm is set', () => {
  it.each([
    ['English', wordsFor('en-US')],
    ['Spanish', wordsFor('es-US')],
  ] as [string, Words][])(
    '%s: over the first two minutes each breath says its cues and counts and at most one line more, and no line takes more than 1.8 s',
    (_language, said) => {
      const { plain, oneWord, numbers } = said.breathing.cues;
      const cueWords = new Set([...Object.values(plain), ...Object.values(oneWord), ...numbers]);
      const wordy: string[] = [];
      for (const id of Object.keys(TECHNIQUES) as TechniqueId[]) {
        for (const length of LENGTHS) {
          for (const choice of CHOICES) {
            for (const style of STYLES) {
              const plan = planBreathing(said, { technique: id, length, introduce: true, ...choice });
              const breaths = breathsInWindow(breathingTimeline(said, plan, ['Well done.'], style).segments);
              breaths.forEach((lines, i) => {
                const more = lines.filter((line) => !cueWords.has(line.text)).map((line) => line.text);
                if (more.length > 1) wordy.push(`${id} breath ${i + 1}: ${more.join(' / ')}`);
                if (style.nightVoice) return; // the same words, a tenth slower
                for (const line of lines) {
                  const ms = estimateSpeechMs(line.text, line.voice.ratePercent);
                  if (ms > LONGEST_LINE_IN_A_BREATH_MS) wordy.push(`${id} breath ${i + 1}: "${line.text}" takes ${ms} ms`);
                }
              });
            }
          }
        }
      }
      expect(wordy).toEqual([]);
    },
  );
});
