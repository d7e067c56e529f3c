/** espeak-ng as a speech backend: on the developer's machine and in tests, no network needed. */
import { spawn } from 'node:child_process';
import { escapeXmlCharacters } from 'ask-sdk-core';
import { isSpanishText } from '../../lambda/speech/text-language';
import type { Voice } from '../../lambda/timeline';
import { parseWav, resample, trimSilence } from './pcm';
import { SpeechSynthesisError, type TextToSpeech } from './tts';

const BASE_WORDS_PER_MINUTE = 160;
const AMPLITUDE: Record<Voice['volume'], number> = { medium: 100, soft: 70, 'x-soft': 50 };

/** Runs espeak-ng once and returns the WAV it writes to stdout. */
export function espeakWav(text: string, voice: Voice, command = 'espeak-ng'): Promise<Buffer> {
  // A Spanish line in espeak-ng's Latin American Spanish voice, an English one in its US voice.
  const language = isSpanishText(text) ? 'es-419' : 'en-us';
  const args = [
    '-v',
    voice.whispered ? `${language}+whisper` : language,
    '-s',
    String(Math.round((BASE_WORDS_PER_MINUTE * voice.ratePercent) / 100)),
    '-a',
    String(AMPLITUDE[voice.volume]),
    '--stdout',
    '-m',
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        new SpeechSynthesisError(
          error.code === 'ENOENT'
            ? 'espeak-ng is not installed; on Debian: apt-get install espeak-ng'
            : `espeak-ng failed: ${error.message}`,
          { cause: error },
        ),
      ),
    );
    child.on('close', (code) =>
      code === 0 ? resolve(Buffer.concat(out)) : reject(new SpeechSynthesisError(`espeak-ng exited with code ${code}: ${stderr.trim()}`)),
    );
    child.stdin.on('error', () => undefined);
    child.stdin.end(`<speak>${escapeXmlCharacters(text)}</speak>`);
  });
}

export class EspeakTextToSpeech implements TextToSpeech {
  readonly name = 'espeak-ng:en-us';

  constructor(private readonly command = 'espeak-ng') {}

  async synthesize(text: string, voice: Voice): Promise<Float32Array> {
    const { samples, sampleRate } = parseWav(await espeakWav(text, voice, this.command));
    return trimSilence(resample(samples, sampleRate));
  }
}
