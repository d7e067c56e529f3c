import AmazonSpeech = require('ssml-builder/amazon_speech');
import type { Spoken, Voice } from '../../timeline';
import { MAX_BREAK_MS } from '../../speech/limits';

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
  return voice.ratePercent === 100 && voice.volume === 'medium' && !voice.whispered && voice.pitch === undefined;
}

function sayWithVoice(speech: AmazonSpeech, text: string, voice: Voice): void {
  if (voice.whispered) {
    speech.whisper(text);
  } else if (isPlainVoice(voice)) {
    speech.say(text);
  } else {
    const attributes: { rate?: string; volume?: string; pitch?: string } = {};
    if (voice.ratePercent !== 100) attributes.rate = `${voice.ratePercent}%`;
    if (voice.pitch !== undefined) attributes.pitch = voice.pitch;
    if (voice.volume !== 'medium') attributes.volume = voice.volume;
    speech.prosody(attributes, text);
  }
}

/** ssml-builder's own rendering of one element (a phrase in its voice, a break, a sound). */
function element(build: (speech: AmazonSpeech) => void): string {
  const speech = new AmazonSpeech();
  build(speech);
  return speech.ssml(true);
}

const sayElement = (text: string, voice: Voice): string => element((speech) => sayWithVoice(speech, text, voice));
const breakElement = (ms: number): string => element((speech) => speech.pause(breakTime(ms)));
const audioElement = (src: string): string => element((speech) => speech.audio(src));

/** The SSML elements of a Timeline's segments, in order, as ssml-builder renders each one. */
function ssmlElements(segments: readonly Spoken[]): string[] {
  const rendered: string[] = [];
  let pendingPauseMs = 0;
  const flushPause = () => {
    for (const piece of chainedBreaks(pendingPauseMs)) if (piece >= 10) rendered.push(breakElement(piece));
    pendingPauseMs = 0;
  };
  for (const segment of segments) {
    if (segment.kind === 'pause') {
      pendingPauseMs += segment.ms;
      continue;
    }
    flushPause();
    rendered.push(segment.kind === 'say' ? sayElement(segment.text, segment.voice) : audioElement(segment.src));
  }
  flushPause();
  return rendered;
}

const SPEAK_OPEN = '<speak>';
const SPEAK_CLOSE = '</speak>';

/**
 * Renders a Timeline's segments to Alexa SSML: every element from ssml-builder (which escapes
 * every text), joined as its `ssml()` joins them.
 */
export function renderSsml(segments: readonly Spoken[]): string {
  return SPEAK_OPEN + ssmlElements(segments).join(' ') + SPEAK_CLOSE;
}
