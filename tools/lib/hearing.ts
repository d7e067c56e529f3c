/**
 * How a session is heard: each spoken line said on its own with espeak-ng (in its own voice) and
 * timed, the breaks and sounds added as written (tools/audition.ts).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inBreathCueGapsMs } from '../../lambda/guidance/breathing/rhythm';
import { releaseLengthsMs } from '../../lambda/guidance/pmr/releases';
import { longestUnpacedSilence, type UnpacedSilence } from '../../lambda/guidance/unpaced-silence';
import { isQuietCue } from '../../lambda/guidance/voices';
import { renderSsml } from '../../lambda/renderers/ssml/ssml';
import { isSpanishText } from '../../lambda/speech/text-language';
import type { Segment, Timeline } from '../../lambda/timeline';
import { speakToWav } from './espeak';
import { readWavInfo } from './wav';

/** Audible length of a 16-bit PCM WAV: espeak pads every utterance with silence. */
function audibleMs(wav: Buffer): number {
  const info = readWavInfo(wav);
  const dataStart = wav.indexOf('data') + 8;
  const samples = (wav.length - dataStart) / 2;
  let first = -1;
  let last = -1;
  for (let i = 0; i < samples; i += 1) {
    if (Math.abs(wav.readInt16LE(dataStart + i * 2)) > 500) {
      if (first < 0) first = i;
      last = i;
    }
  }
  return first < 0 ? 0 : ((last - first) / info.sampleRate) * 1000;
}

/** espeak-ng's speed for the audition: inside the 150-170 words a minute of Alexa's voice. */
export const HEARING_WORDS_PER_MINUTE = 155;

/** espeak-ng's voice for a line: its Latin American Spanish voice for a Spanish line, as the tracks use. */
export function espeakVoiceFor(text: string): string {
  return isSpanishText(text) ? 'es-419' : 'en-us';
}

export class LineTimer {
  private readonly known = new Map<string, number>();
  constructor(
    private readonly dir: string,
    private readonly wordsPerMinute: number,
  ) {}

  async ms(segment: Extract<Segment, { kind: 'say' }>): Promise<number> {
    const { voice } = segment;
    const key = `${voice.ratePercent}|${voice.volume}|${voice.pitch ?? ''}|${segment.text}`;
    let ms = this.known.get(key);
    if (ms === undefined) {
      const file = join(this.dir, `line-${this.known.size}.wav`);
      await speakToWav(renderSsml([segment]), file, { wordsPerMinute: this.wordsPerMinute, voice: espeakVoiceFor(segment.text) });
      ms = audibleMs(await readFile(file));
      this.known.set(key, ms);
    }
    return ms;
  }

  get lines(): number {
    return this.known.size;
  }
}

export interface Heard {
  readonly totalMs: number;
  readonly firstBreathMs: number | undefined;
  /** From the end of what must be said before the first breath (a length clamped, a technique not known). */
  readonly firstBreathAfterWordsMs: number | undefined;
  /** The smallest quiet a marked cue leaves before its phase ends, as heard. */
  readonly leastRoomMs: number;
  readonly tightestCue: string;
  readonly longestSilence: UnpacedSilence;
  /** Gaps between in-breath cues over the first two minutes, as heard. */
  readonly inBreathGapsMs: readonly number[];
  /** Each PMR release from the end of "and… relax" to what is asked next, as heard. */
  readonly releasesMs: readonly number[];
}

export async function hear(timeline: Timeline, timer: LineTimer): Promise<Heard> {
  let clock = 0;
  let firstBreathMs: number | undefined;
  let wordsEndMs = 0;
  let leastRoomMs = Number.POSITIVE_INFINITY;
  let tightestCue = '';
  const heardMs = new Map<Segment, number>();
  for (const segment of timeline.segments) {
    if (segment.kind !== 'sound' && segment.mark?.phase === 'inhale' && firstBreathMs === undefined) firstBreathMs = clock;
    if (segment.kind === 'say') {
      const ms = await timer.ms(segment);
      if (segment.mark && segment.mark.phaseMs - ms < leastRoomMs) {
        leastRoomMs = segment.mark.phaseMs - ms;
        tightestCue = segment.text;
      }
      heardMs.set(segment, ms);
      clock += ms;
      if (firstBreathMs === undefined) wordsEndMs = clock;
    } else {
      clock += segment.ms;
    }
  }
  const msOf = (segment: Segment) => (segment.kind === 'say' ? heardMs.get(segment)! : segment.ms);
  return {
    totalMs: clock,
    firstBreathMs,
    firstBreathAfterWordsMs: firstBreathMs === undefined ? undefined : firstBreathMs - wordsEndMs,
    leastRoomMs,
    tightestCue,
    longestSilence: longestUnpacedSilence(timeline.segments, msOf),
    inBreathGapsMs: inBreathCueGapsMs(timeline.segments, msOf),
    releasesMs: releaseLengthsMs(timeline.segments, msOf),
  };
}

/**
 * How often each cue that starts a phase is said, most often first; the quiet middle's soft "in"
 * and "out" are left out, since they stand in for a tone (Alexa allows five sounds a reply).
 */
export function cueCounts(timeline: Timeline): [string, number][] {
  const counts = new Map<string, number>();
  for (const segment of timeline.segments) {
    if (segment.kind === 'say' && segment.mark && !isQuietCue(segment.voice)) counts.set(segment.text, (counts.get(segment.text) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}
