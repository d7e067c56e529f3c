import type { Voice } from '../../lambda/timeline';

/**
 * A text-to-speech backend: one stretch of speech in, mono samples at `SAMPLE_RATE` out, with the
 * synthesizer's own leading and trailing silence trimmed so a cue starts on its mark.
 */
export interface TextToSpeech {
  /** Names the voice in logs and in the rendered manifest, for example `polly:Joanna:neural`. */
  readonly name: string;
  synthesize(text: string, voice: Voice): Promise<Float32Array>;
}

/** A synthesis that failed, with which text it was (never user words: tracks hold Steady's own). */
export class SpeechSynthesisError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SpeechSynthesisError';
  }
}

/** The same text in the same voice is synthesized once per render. */
export function speechKey(text: string, voice: Voice): string {
  return `${voice.ratePercent}|${voice.volume}|${voice.whispered ? 'w' : ''}|${text}`;
}
