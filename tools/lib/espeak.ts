/** Speaks a reply's SSML into a WAV file with espeak-ng, to hear its pacing without an Echo. */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { BREAK_STRENGTH_MS, parseBreakTime } from './ssml-pieces';
import { readWavInfo } from './wav';

export class EspeakMissingError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('espeak-ng is not installed; on Debian: sudo apt-get install espeak-ng', options);
    this.name = 'EspeakMissingError';
  }
}

/**
 * espeak-ng reads standard SSML (break, prosody, say-as) but not Alexa's own tags; those keep
 * their words and lose the tag. Sounds are dropped: they are links espeak cannot fetch. espeak
 * also ignores decimal seconds ("3.4s") and honours only the first of several breaks in a row, so
 * each run of breaks becomes one break in whole milliseconds.
 */
export function ssmlForEspeak(ssml: string): string {
  const withoutAlexaTags = ssml.replace(/<audio\b[^>]*\/>/gi, '').replace(/<\/?(?:amazon:[\w-]+|voice|lang|phoneme)\b[^>]*>/gi, '');
  const withMergedBreaks = withoutAlexaTags.replace(/(?:<break\b[^>]*\/>\s*)+/gi, (run) => {
    const ms = [...run.matchAll(/<break\b[^>]*\/>/gi)].reduce((sum, [tag]) => sum + breakMs(tag), 0);
    return `<break time="${ms}ms"/>`;
  });
  return /^\s*<speak[\s>]/i.test(withMergedBreaks) ? withMergedBreaks : `<speak>${withMergedBreaks}</speak>`;
}

function breakMs(tag: string): number {
  const time = /time\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
  if (time !== undefined) return parseBreakTime(time) ?? 0;
  const strength = /strength\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1] ?? 'medium';
  return BREAK_STRENGTH_MS[strength] ?? 0;
}

export interface SpokenWav {
  readonly file: string;
  readonly durationMs: number;
}

export async function speakToWav(
  ssml: string,
  file: string,
  options: { voice?: string; wordsPerMinute?: number; command?: string } = {},
): Promise<SpokenWav> {
  const args = ['-m', '-v', options.voice ?? 'en-us', '-s', String(options.wordsPerMinute ?? 160), '-w', file];
  await new Promise<void>((resolve, reject) => {
    const child = spawn(options.command ?? 'espeak-ng', args, { stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error: NodeJS.ErrnoException) => reject(error.code === 'ENOENT' ? new EspeakMissingError({ cause: error }) : error));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`espeak-ng exited with code ${code}: ${stderr.trim()}`))));
    child.stdin.on('error', () => undefined); // a missing binary closes stdin; the 'error' above reports it
    child.stdin.end(ssmlForEspeak(ssml));
  });
  const { durationMs } = readWavInfo(await readFile(file));
  return { file, durationMs };
}
