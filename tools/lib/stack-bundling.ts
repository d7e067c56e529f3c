/**
 * The esbuild options of Steady's NodejsFunction (infra/skill-function.ts: runtime NODEJS_22_X,
 * the options in infra/skill-bundle.ts, `bundleAwsSDK: true`), as aws-cdk-lib turns them into the
 * esbuild command line: `--bundle --target=node22 --platform=node --minify --sourcemap
 * --sources-content=false --keep-names` and no `--external` at all, because the AWS SDK is bundled
 * in. The stack passes no format; esbuild's default for a node bundle is CommonJS, written out here.
 * The same source built with these options gives the deployed bundle byte for byte, so its map
 * reads the deployed function's stack traces.
 */
import type { BuildOptions } from 'esbuild';
import { join, resolve } from 'node:path';
import { SKILL_BUNDLE } from '../../infra/skill-bundle';

export const PROJECT_ROOT = resolve(__dirname, '..', '..');

/** The Lambda entry point the stack bundles. */
export const SKILL_ENTRY = join(PROJECT_ROOT, 'lambda', 'index.ts');

export const STACK_BUNDLING: Readonly<BuildOptions> = {
  bundle: true,
  platform: 'node',
  target: SKILL_BUNDLE.target,
  format: 'cjs',
  minify: SKILL_BUNDLE.minify,
  sourcemap: SKILL_BUNDLE.sourceMap,
  sourcesContent: SKILL_BUNDLE.sourcesContent,
  keepNames: SKILL_BUNDLE.keepNames,
  external: [],
};
