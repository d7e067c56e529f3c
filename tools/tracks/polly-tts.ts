/**
 * Amazon Polly as a speech backend, through the real AWS SDK client. Steady asks for raw 16 kHz
 * PCM (no decoding needed) from the neural engine in the voice Joanna: a warm, clear US English
 * woman's voice, the nearest Polly voice to Alexa's own default, so the spoken start of a session
 * and its track sound like one guide. Spanish lines are said by Lupe, Polly's neural US Spanish
 * woman's voice, whose Spanish is heard as neutral across the Americas and understood in Spain:
 * one Spanish recording serves es-US, es-MX and es-ES, as one script does. Neural voices take `<prosody rate volume>` but not the
 * whisper effect, so a whispered line is asked for extra soft and a little slower instead.
 *
 * SynthesizeSpeech accepts at most 3,000 billed characters (6,000 with tags) per call; each stretch
 * of a Timeline is a few sentences, and a longer one is refused here before any call is made.
 */
import { PollyClient, SynthesizeSpeechCommand, type PollyClientConfig } from '@aws-sdk/client-polly';
import { escapeXmlCharacters } from 'ask-sdk-core';
import { isSpanishText } from '../../lambda/speech/text-language';
import type { Voice } from '../../lambda/timeline';
import { fromInt16, resample, trimSilence } from './pcm';
import { SpeechSynthesisError, type TextToSpeech } from './tts';

export const POLLY_VOICE = 'Joanna';
export const POLLY_SPANISH_VOICE = 'Lupe';
export const POLLY_ENGINE = 'neural';
export const POLLY_SAMPLE_RATE = 16_000;
export const POLLY_MAX_BILLED_CHARS = 3000;

/** The SSML Polly is sent for one stretch of speech. */
export function pollySsml(text: string, voice: Voice): string {
  const volume = voice.whispered ? 'x-soft' : voice.volume;
  const rate = voice.whispered ? Math.min(voice.ratePercent, 90) : voice.ratePercent;
  return `<speak><prosody rate="${rate}%" volume="${volume}">${escapeXmlCharacters(text)}</prosody></speak>`;
}

export class PollyTextToSpeech implements TextToSpeech {
  readonly name = `polly:${POLLY_VOICE}:${POLLY_ENGINE}`;
  private readonly client: PollyClient;

  constructor(options: { client?: PollyClient; config?: PollyClientConfig } = {}) {
    this.client = options.client ?? new PollyClient({ maxAttempts: 4, ...options.config });
  }

  async synthesize(text: string, voice: Voice): Promise<Float32Array> {
    if (text.length > POLLY_MAX_BILLED_CHARS) {
      throw new SpeechSynthesisError(`a stretch of ${text.length} characters is over Polly's ${POLLY_MAX_BILLED_CHARS}`);
    }
    try {
      const response = await this.client.send(
        new SynthesizeSpeechCommand({
          Engine: POLLY_ENGINE,
          VoiceId: isSpanishText(text) ? POLLY_SPANISH_VOICE : POLLY_VOICE,
          OutputFormat: 'pcm',
          SampleRate: String(POLLY_SAMPLE_RATE),
          TextType: 'ssml',
          Text: pollySsml(text, voice),
        }),
      );
      if (!response.AudioStream) throw new Error('no audio in the response');
      const bytes = await response.AudioStream.transformToByteArray();
      return trimSilence(resample(fromInt16(bytes), POLLY_SAMPLE_RATE));
    } catch (error) {
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      throw new SpeechSynthesisError(`Amazon Polly could not synthesize "${text.slice(0, 40)}…" (${reason})`, { cause: error });
    }
  }
}
