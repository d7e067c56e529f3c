/**
 * Renders a set of tracks into a folder the stack publishes, all or nothing: every track is made
 * in a fresh folder beside the target, the manifest is written last, and only then does the new
 * folder replace the old one. A track whose key (its content hash) is already in the old set, made
 * by the same voice, is copied rather than rendered again.
 */
import { copyFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { wordsFor } from '../../lambda/content/words';
import { trackKey, trackPath, trackSpec, type TrackSpec } from '../../lambda/guidance/tracks/catalog';
import { encodeMp3, renderNoise, renderTimeline } from '../tracks/render';
import type { TextToSpeech } from '../tracks/tts';
import { MANIFEST_FILE, TRACKS_FOLDER } from '../../infra/public-content';

export interface ManifestEntry {
  readonly id: string;
  readonly key: string;
  readonly file: string;
  readonly practice: string;
  readonly minutes: number;
  readonly durationMs: number;
  readonly bytes: number;
}

export interface TrackManifest {
  readonly renderedWith: string;
  readonly tracks: readonly ManifestEntry[];
}

async function readManifest(dir: string): Promise<TrackManifest | undefined> {
  try {
    return JSON.parse(await readFile(path.join(dir, TRACKS_FOLDER, MANIFEST_FILE), 'utf8')) as TrackManifest;
  } catch {
    return undefined;
  }
}

export async function renderOne(spec: TrackSpec, tts: TextToSpeech): Promise<{ mp3: Buffer; durationMs: number }> {
  const rendered =
    spec.kind === 'noise'
      ? renderNoise(spec.noise)
      : await renderTimeline(spec.timeline, tts, { tones: spec.tones, openingBell: spec.openingBell });
  return { mp3: encodeMp3(rendered.pcm), durationMs: Math.round(rendered.plan.totalMs) };
}

export async function renderTrackSet(options: {
  readonly outDir: string;
  readonly tts: TextToSpeech;
  readonly specs: readonly TrackSpec[];
  readonly log?: (line: string) => void;
}): Promise<TrackManifest> {
  const log = options.log ?? (() => undefined);
  const previous = await readManifest(options.outDir);
  const reusable = new Map((previous?.renderedWith === options.tts.name ? previous.tracks : []).map((t) => [t.key, t]));
  const staging = `${options.outDir}.partial-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(path.join(staging, TRACKS_FOLDER), { recursive: true });
  try {
    const tracks: ManifestEntry[] = [];
    for (const spec of options.specs) {
      const { id } = spec;
      const key = trackKey(spec);
      const file = trackPath(spec);
      const target = path.join(staging, file);
      const old = reusable.get(key);
      if (old && existsSync(path.join(options.outDir, old.file))) {
        await copyFile(path.join(options.outDir, old.file), target);
        tracks.push({ ...old, id });
        log(`${id}: unchanged (${key})`);
        continue;
      }
      const started = Date.now();
      const { mp3, durationMs } = await renderOne(spec, options.tts);
      await writeFile(target, mp3);
      tracks.push({ id, key, file, practice: spec.practice, minutes: spec.minutes, durationMs, bytes: mp3.length });
      log(
        `${id}: ${(durationMs / 60_000).toFixed(1)} min, ${(mp3.length / 1e6).toFixed(1)} MB in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    }
    const manifest: TrackManifest = { renderedWith: options.tts.name, tracks };
    await writeFile(path.join(staging, TRACKS_FOLDER, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    await rm(options.outDir, { recursive: true, force: true });
    await mkdir(path.dirname(options.outDir), { recursive: true });
    await rename(staging, options.outDir);
    return manifest;
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

/** The languages tracks are recorded in, by a locale of each: one Spanish recording serves all three countries. */
export const TRACK_LOCALES = ['en-US', 'es-US'] as const;

/**
 * The catalogue's tracks of these ids in every language Steady speaks; a track that says nothing
 * (sleep sounds) is the same file in each and is listed once. Throws for an id Steady does not have.
 */
export function specsOf(ids: readonly string[]): TrackSpec[] {
  const byKey = new Map<string, TrackSpec>();
  for (const locale of TRACK_LOCALES) {
    const words = wordsFor(locale);
    for (const id of ids) {
      const spec = trackSpec(id, words);
      if (!spec) throw new Error(`no track named ${id}`);
      if (!byKey.has(trackKey(spec))) byKey.set(trackKey(spec), spec);
    }
  }
  return [...byKey.values()];
}
