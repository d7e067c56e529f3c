/**
 * Listens to Steady's sessions with espeak-ng: speaks each session's SSML, measures it, and
 * speaks every cue on its own to check it fits the window the Timeline gives it. A session whose
 * pauses are right on paper but rushed when spoken shows up here as a cue with too little room.
 *
 *   npm run audition                       every session
 *   npm run audition -- --session bedtime  one session (see the list it prints)
 *   npm run audition -- --wav .local/audition   keep the WAV files
 */
import { DEBUG_VARIABLE, oneLine } from './lib/cli-errors';
import { mkdtemp, mkdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bedtimeTimeline } from '../lambda/guidance/bedtime/session';
import { planBreathing } from '../lambda/guidance/breathing/plan';
import { breathingTimeline } from '../lambda/guidance/breathing/session';
import type { TechniqueId } from '../lambda/guidance/breathing/techniques';
import { groundingTimeline } from '../lambda/guidance/grounding/session';
import { pmrTimeline } from '../lambda/guidance/pmr/session';
import { overwhelmedTimeline } from '../lambda/guidance/safety/session';
import type { Timeline } from '../lambda/guidance/timeline';
import { ssmlLength } from '../lambda/speech/budget';
import { SESSION_SSML_BUDGET } from '../lambda/speech/limits';
import { renderSsml } from '../lambda/speech/ssml';
import { spokenMs, timeSegments } from '../lambda/speech/timing';
import { EspeakMissingError, speakToWav } from './lib/espeak';
import { formatDuration } from './lib/printout';
import { readWavInfo } from './lib/wav';

const CLOSING = ['Well done. You can come back to this breath whenever you need it.'];

function breathing(technique: TechniqueId, minutes?: number): () => Timeline {
  return () => {
    const length = minutes ? { kind: 'minutes' as const, ms: minutes * 60_000 } : { kind: 'default' as const };
    return breathingTimeline(planBreathing({ technique, length, introduce: true }), CLOSING, ssmlLength, SESSION_SSML_BUDGET);
  };
}

const SESSIONS: Readonly<Record<string, () => Timeline>> = {
  calm: breathing('calm'),
  'calm-5min': breathing('calm', 5),
  box: breathing('box'),
  '478': breathing('478'),
  resonance: breathing('resonance'),
  sigh: breathing('sigh'),
  belly: breathing('belly'),
  'pmr-quick': () => pmrTimeline('quick', CLOSING),
  'pmr-standard': () => pmrTimeline('standard', CLOSING),
  'pmr-full': () => pmrTimeline('full', CLOSING),
  grounding: () => groundingTimeline(CLOSING),
  bedtime: () => bedtimeTimeline(CLOSING),
  overwhelmed: () => overwhelmedTimeline('overwhelmed', CLOSING),
};

/** Length of the audible part of a 16-bit PCM WAV: espeak pads every utterance with silence. */
function audibleMs(wav: Buffer): number {
  const info = readWavInfo(wav);
  const dataStart = wav.indexOf('data') + 8;
  const samples = (wav.length - dataStart) / 2;
  const threshold = 500;
  let first = -1;
  let last = -1;
  for (let i = 0; i < samples; i += 1) {
    if (Math.abs(wav.readInt16LE(dataStart + i * 2)) > threshold) {
      if (first < 0) first = i;
      last = i;
    }
  }
  return first < 0 ? 0 : ((last - first) / info.sampleRate) * 1000;
}

interface CueFit {
  readonly text: string;
  readonly windowMs: number;
  readonly spokenMs: number;
}

async function cueFits(timeline: Timeline, dir: string, wordsPerMinute: number): Promise<CueFit[]> {
  const measured = new Map<string, number>();
  const fits: CueFit[] = [];
  for (const { segment } of timeSegments(timeline.segments)) {
    if (segment.kind !== 'say' || !segment.mark) continue;
    const key = `${segment.voice.ratePercent}|${segment.text}`;
    let ms = measured.get(key);
    if (ms === undefined) {
      const file = join(dir, `cue-${measured.size}.wav`);
      const ssml = renderSsml([segment]);
      await speakToWav(ssml, file, { wordsPerMinute });
      ms = audibleMs(await readFile(file));
      measured.set(key, ms);
    }
    fits.push({ text: segment.text, windowMs: segment.mark.phaseMs, spokenMs: ms });
  }
  return fits;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      session: { type: 'string' },
      wav: { type: 'string' },
      wpm: { type: 'string', default: '155' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(`npm run audition [-- --session NAME] [--wav DIR] [--wpm 155]\nSessions: ${Object.keys(SESSIONS).join(', ')}`);
    return;
  }
  const names = values.session ? [values.session] : Object.keys(SESSIONS);
  const unknown = names.filter((name) => !(name in SESSIONS));
  if (unknown.length > 0) throw new Error(`unknown session ${unknown.join(', ')}; try one of ${Object.keys(SESSIONS).join(', ')}`);
  const wordsPerMinute = Number(values.wpm);
  const scratch = await mkdtemp(join(tmpdir(), 'steady-audition-'));
  if (values.wav) await mkdir(values.wav, { recursive: true });
  console.log(`espeak-ng at ${wordsPerMinute} words a minute; "room" is a cue's window less its spoken length.\n`);
  console.log('session          planned    espeak   ssml  cues  least room  cue with least room');
  try {
    for (const name of names) {
      const timeline = SESSIONS[name]!();
      const ssml = renderSsml(timeline.segments);
      const wavFile = join(values.wav ?? scratch, `${name}.wav`);
      const spoken = await speakToWav(ssml, wavFile, { wordsPerMinute });
      const fits = await cueFits(timeline, scratch, wordsPerMinute);
      const tightest = fits.reduce<CueFit | undefined>(
        (worst, fit) => (worst === undefined || fit.windowMs - fit.spokenMs < worst.windowMs - worst.spokenMs ? fit : worst),
        undefined,
      );
      const room = tightest ? tightest.windowMs - tightest.spokenMs : 0;
      console.log(
        [
          name.padEnd(15),
          formatDuration(spokenMs(timeline)).padStart(9),
          formatDuration(spoken.durationMs).padStart(9),
          String(ssml.length).padStart(6),
          String(fits.length).padStart(5),
          `${(room / 1000).toFixed(1)} s`.padStart(11),
          tightest ? ` "${tightest.text}" in ${(tightest.windowMs / 1000).toFixed(1)} s${room < 500 ? '  RUSHED' : ''}` : '',
        ].join(' '),
      );
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  if (values.wav) console.log(`\nWAV files in ${values.wav}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof EspeakMissingError ? error.message : oneLine(error, 'npm run audition'));
  if (process.env[DEBUG_VARIABLE]) console.error(error);
  process.exitCode = 1;
});
