/**
 * How the skill's code is bundled, defined once: the stack ships it this way and the benchmark
 * builds the same bundle to measure it. Type-free on purpose, so the benchmark need not load CDK.
 */
export const SKILL_BUNDLE = {
  /** esbuild's target, matching the Lambda runtime. */
  target: 'node22',
  minify: true,
  /**
   * The map is written beside the bundle but never loaded by the Lambda: Node's
   * `--enable-source-maps` reads and indexes it at every cold start, most of Steady's cold-load gap
   * over a minimal skill. `npm run stack-trace` maps a logged trace back to the TypeScript instead.
   */
  sourceMap: true,
  /** Without the sources the map is a third of the size; `npm run stack-trace` reads them from the checkout. */
  sourcesContent: false,
  /**
   * No names kept through minification: keeping them adds about 50 kB and 2% to the cold load,
   * which the 1.1× target has no room for; `npm run stack-trace` gives each frame's file and line.
   */
  keepNames: false,
} as const;
