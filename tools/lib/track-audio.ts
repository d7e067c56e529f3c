/** `npm start -- --audio out.mp3`: the track a reply hands to AudioPlayer, rendered with espeak-ng. */
import { writeFile } from 'node:fs/promises';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { trackPath } from '../../lambda/guidance/tracks/catalog';
import { EspeakTextToSpeech } from '../tracks/espeak-tts';
import { unverifiedTrackId } from '../../lambda/playback/playback';
import { playDirectiveOf } from './audio-device';
import { renderOne, specsOf } from './track-set';

/** Where the runner's skill says tracks are; nothing is served there, the runner renders them. */
export const LOCAL_TRACKS_BASE_URL = 'https://tracks.steady.local';

export async function writeTrackOfReply(
  response: ResponseEnvelope,
  file: string,
): Promise<{ readonly trackId: string; readonly durationMs: number; readonly bytes: number } | undefined> {
  const play = playDirectiveOf(response);
  // A resume or an enqueued follow-on plays a track already written; only a start is rendered.
  if (!play || play.offsetInMilliseconds > 0) return undefined;
  const trackId = unverifiedTrackId(play.token);
  // The track in the language whose recording the reply's URL names.
  const spec = trackId === undefined ? undefined : specsOf([trackId]).find((candidate) => play.url.endsWith(trackPath(candidate)));
  if (!spec) return undefined;
  const { mp3, durationMs } = await renderOne(spec, new EspeakTextToSpeech());
  await writeFile(file, mp3);
  return { trackId: spec.id, durationMs, bytes: mp3.length };
}
