/**
 * Shows a reply the way it will sound: the words, the silences between them and how long it all
 * lasts, for example `Breathe in · 3.4 s · Hold · 3.4 s · Out · 5.3 s`.
 */
import { estimateSpeechMs } from '../../lambda/speech/estimate';
import { type SpokenVoice, ssmlPieces } from '../lib/ssml-pieces';

export interface SpeechPrintout {
  /** The reply on one line, silences summed and shown in seconds. */
  readonly text: string;
  /** Estimated speaking time plus silences. Sounds are not counted (their length is unknown here). */
  readonly estimatedMs: number;
  readonly speechMs: number;
  readonly pauseMs: number;
  readonly sounds: number;
}

/** `3.4 s`, `12 s`, `1 min 52 s`. */
export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 100) / 10;
  if (seconds < 60) return `${seconds} s`;
  const whole = Math.round(ms / 1000);
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

/** How a voice differs from Alexa's normal one, in a word or two: `soft`, `whispered, 80%`. */
export function voiceNote(voice: SpokenVoice): string | undefined {
  const notes: string[] = [];
  if (voice.whispered) notes.push('whispered');
  if (voice.volume && voice.volume !== 'medium') notes.push(voice.volume);
  if (voice.ratePercent !== 100) notes.push(`${voice.ratePercent}%`);
  if (voice.pitch && voice.pitch !== 'medium') notes.push(`pitch ${voice.pitch}`);
  return notes.length > 0 ? notes.join(', ') : undefined;
}

export function printSpeech(ssml: string): SpeechPrintout {
  const parts: string[] = [];
  let speechMs = 0;
  let pauseMs = 0;
  let pendingPauseMs = 0;
  let sounds = 0;

  const flushPause = (): void => {
    if (pendingPauseMs > 0) parts.push(`· ${formatDuration(pendingPauseMs)} ·`);
    pendingPauseMs = 0;
  };

  for (const piece of ssmlPieces(ssml)) {
    if (piece.kind === 'pause') {
      pendingPauseMs += piece.ms;
      pauseMs += piece.ms;
      continue;
    }
    flushPause();
    if (piece.kind === 'sound') {
      sounds += 1;
      parts.push('[sound]');
      continue;
    }
    const text = piece.text.trim();
    if (text === '') continue;
    speechMs += estimateSpeechMs(text, piece.voice.ratePercent);
    const note = voiceNote(piece.voice);
    parts.push(note ? `(${note}) ${text}` : text);
  }
  flushPause();

  return { text: parts.join(' '), estimatedMs: speechMs + pauseMs, speechMs, pauseMs, sounds };
}
