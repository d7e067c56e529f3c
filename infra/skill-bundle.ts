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
  /** Minified functions and classes keep their names, so a stack trace from the logs reads without the map. */
  keepNames: true,
} as const;
