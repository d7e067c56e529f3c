import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { build } from 'esbuild';
import { PROJECT_ROOT, SKILL_ENTRY, STACK_BUNDLING } from '../../../tools/lib/stack-bundling';
import { buildSteadyApp } from './steady-app-fixture';

let shipped: string;
let shippedDir: string;
let rebuilt: string;
let rebuildDir: string;

/** The skill function's asset: the one cdk.out folder whose index.js is the Lambda's bundle. */
function skillAssetDir(assemblyDir: string): string {
  const dirs = readdirSync(assemblyDir)
    .filter((name) => name.startsWith('asset.'))
    .map((name) => path.join(assemblyDir, name))
    .filter((dir) => existsSync(path.join(dir, 'index.js')) && readFileSync(path.join(dir, 'index.js'), 'utf8').includes('createHandler'));
  expect(dirs).toHaveLength(1);
  return dirs[0]!;
}

beforeAll(async () => {
  shippedDir = skillAssetDir(buildSteadyApp().app.synth().directory);
  shipped = readFileSync(path.join(shippedDir, 'index.js'), 'utf8');
  rebuildDir = mkdtempSync(path.join(tmpdir(), 'steady-skill-bundle-'));
  const outfile = path.join(rebuildDir, 'index.js');
  await build({ ...STACK_BUNDLING, entryPoints: [SKILL_ENTRY], outfile, logLevel: 'error', absWorkingDir: PROJECT_ROOT });
  rebuilt = readFileSync(outfile, 'utf8');
});

afterAll(() => rmSync(rebuildDir, { recursive: true, force: true }));

describe('the bundle the stack ships', () => {
  it('is the bundle the benchmark measures and npm run stack-trace maps, byte for byte', () => {
    expect(shipped).toBe(rebuilt);
  });

  it('has its source map beside it, without the sources', () => {
    const map = JSON.parse(readFileSync(path.join(shippedDir, 'index.js.map'), 'utf8')) as { sources: string[]; sourcesContent?: unknown };
    expect(map.sources.some((source) => source.endsWith('lambda/index.ts'))).toBe(true);
    expect(map.sourcesContent).toBeUndefined();
  });
});
