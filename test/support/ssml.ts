import { check } from 'ssml-check-core';
import { MAX_OUTPUT_SPEECH_CHARS } from '../../lambda/speech/limits';

/** Asserts SSML is what Alexa accepts: valid for the amazon platform and under the size limit. */
export async function expectValidAlexaSsml(ssml: string | undefined): Promise<void> {
  expect(typeof ssml).toBe('string');
  const text = ssml as string;
  expect(text.startsWith('<speak>') && text.endsWith('</speak>')).toBe(true);
  expect(text.length).toBeLessThan(MAX_OUTPUT_SPEECH_CHARS);
  const errors = await check(text, { platform: 'amazon' });
  expect(errors ?? []).toEqual([]);
}
