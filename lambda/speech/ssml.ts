import AmazonSpeech = require('ssml-builder/amazon_speech');
import type { Segment, Voice } from '../guidance/timeline';
import { MAX_BREAK_MS } from './limits';

function breakTime(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}

/** Alexa allows at most 10 s in one break, so longer silences are chained. */
export function chainedBreaks(totalMs: number): number[] {
  const pieces: number[] = [];
  let left = Math.round(totalMs);
  while (left > 0) {
    const piece = Math.min(left, MAX_BREAK_MS);
    pieces.push(piece);
    left -= piece;
  }
  return pieces;
}

function isPlainVoice(voice: Voice): boolean {
  return voice.ratePercent === 100 && voice.volume === 'medium' && !voice.whispered;
}

function sayWithVoice(speech: AmazonSpeech, text: string, voice: Voice): void {
  if (voice.whispered) {
    speech.whisper(text);
  } else if (isPlainVoice(voice)) {
    speech.say(text);
  } else {
    const attributes: { rate?: string; volume?: string } = {};
    if (voice.ratePercent !== 100) attributes.rate = `${voice.ratePercent}%`;
    if (voice.volume !== 'medium') attributes.volume = voice.volume;
    speech.prosody(attributes, text);
  }
}

/** Renders a Timeline's segments to Alexa SSML. ssml-builder escapes every text. */
export function renderSsml(segments: readonly Segment[]): string {
  const speech = new AmazonSpeech();
  let pendingPauseMs = 0;
  const flushPause = () => {
    for (const piece of chainedBreaks(pendingPauseMs)) if (piece >= 10) speech.pause(breakTime(piece));
    pendingPauseMs = 0;
  };
  for (const segment of segments) {
    if (segment.kind === 'pause') {
      pendingPauseMs += segment.ms;
      continue;
    }
    flushPause();
    if (segment.kind === 'say') sayWithVoice(speech, segment.text, segment.voice);
    else speech.audio(segment.src);
  }
  flushPause();
  return speech.ssml();
}
