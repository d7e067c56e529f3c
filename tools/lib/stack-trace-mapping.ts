/**
 * Maps the frames of a stack trace from the minified Lambda bundle (`/var/task/index.js:1:52340`)
 * back to the TypeScript they came from, with the bundle's source map, so that the function can
 * run without `--enable-source-maps` and still be debugged from its logs.
 */
import type { SourceMap } from 'node:module';
import { relative, resolve } from 'node:path';

/** `index.js:line:column` as V8 prints it (both 1-based), alone or after a directory, not the end of another name. */
const BUNDLE_FRAME = /(?<=^|[\s("])(?:[^\s()"]*\/)?index\.js:(\d+):(\d+)/gm;

export interface MapOptions {
  /** The folder of the `.map` file: the map's `sources` are relative to it. */
  readonly mapDir: string;
  /** Source paths are printed relative to this folder (the checkout). */
  readonly displayRoot: string;
}

/** The trace with every bundle frame that the map knows replaced by `source.ts:line:column`. */
export function mapStackTrace(trace: string, map: SourceMap, options: MapOptions): string {
  return trace.replace(BUNDLE_FRAME, (frame, line: string, column: string) => {
    const entry = map.findEntry(Number(line) - 1, Number(column) - 1);
    if (!('originalSource' in entry)) return frame;
    const source = relative(options.displayRoot, resolve(options.mapDir, entry.originalSource));
    return `${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  });
}
