/**
 * Builds the three Lambda bundles the benchmark compares, the same way the CDK stack builds
 * Steady's, plus the small child-process scripts that load them.
 */
import { build, type BuildOptions, type Metafile } from 'esbuild';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PROJECT_ROOT, SKILL_ENTRY, STACK_BUNDLING } from '../lib/stack-bundling';

export { PROJECT_ROOT };
export const OUT_DIR = join(PROJECT_ROOT, '.local', 'bench');

export type SkillId = 'steady' | 'minimal' | 'floor';
export const SKILLS: readonly SkillId[] = ['steady', 'minimal', 'floor'];

const ENTRIES: Readonly<Record<SkillId, string>> = {
  steady: SKILL_ENTRY,
  minimal: join(__dirname, 'reference', 'minimal.ts'),
  floor: join(__dirname, 'reference', 'read-write.ts'),
};

export interface SkillBundle {
  readonly skill: SkillId;
  /** The bundle's absolute path: `<dir>/index.js`, with `index.js.map` beside it. */
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
  readonly sourceMapBytes: number;
  readonly metafile: Metafile;
}

export interface BenchBundles {
  readonly skills: Readonly<Record<SkillId, SkillBundle>>;
  /** The warm-loop child (loads one skill bundle, answers the parent over IPC). */
  readonly warmChild: string;
  /** The cold-start child (loads one skill bundle, answers one request, reports). */
  readonly coldChild: string;
  /** The SSML session build measurement, bundled as the stack bundles Steady's code. */
  readonly ssmlBuild: string;
}

async function buildSkill(skill: SkillId): Promise<SkillBundle> {
  const dir = join(OUT_DIR, skill);
  await mkdir(dir, { recursive: true });
  const file = join(dir, 'index.js');
  const result = await build({
    ...STACK_BUNDLING,
    entryPoints: [ENTRIES[skill]],
    outfile: file,
    metafile: true,
    logLevel: 'error',
    absWorkingDir: PROJECT_ROOT,
  });
  const code = await readFile(file);
  return {
    skill,
    file,
    bytes: code.length,
    gzipBytes: gzipSync(code, { level: 9 }).length,
    sourceMapBytes: (await stat(`${file}.map`)).size,
    metafile: result.metafile,
  };
}

/**
 * A bench script as plain JavaScript, so no TypeScript loader runs in a measured process (and, for
 * code of Steady's measured in process, it runs scope-hoisted and minified as in the Lambda).
 */
async function buildScript(name: string, options: BuildOptions = {}): Promise<string> {
  const outfile = join(OUT_DIR, `${name}.js`);
  await build({
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    ...options,
    sourcemap: false,
    entryPoints: [join(__dirname, `${name}.ts`)],
    outfile,
    logLevel: 'error',
    absWorkingDir: PROJECT_ROOT,
  });
  return outfile;
}

export async function buildBenchBundles(): Promise<BenchBundles> {
  await mkdir(OUT_DIR, { recursive: true });
  const [steady, minimal, floor, warmChild, coldChild, ssmlBuild] = await Promise.all([
    buildSkill('steady'),
    buildSkill('minimal'),
    buildSkill('floor'),
    buildScript('warm-child'),
    buildScript('cold-child'),
    buildScript('ssml-build', STACK_BUNDLING),
  ]);
  return { skills: { steady, minimal, floor }, warmChild, coldChild, ssmlBuild };
}

export interface InputShare {
  /** A package name (`@aws-sdk/client-dynamodb`), or a project folder (`lambda/guidance`). */
  readonly name: string;
  readonly bytes: number;
}

function packageOf(inputPath: string): string {
  const marker = 'node_modules/';
  const at = inputPath.lastIndexOf(marker);
  if (at === -1) {
    const parts = inputPath.split('/');
    return parts.length > 2 ? parts.slice(0, 2).join('/') : parts.join('/');
  }
  const rest = inputPath.slice(at + marker.length).split('/');
  return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
}

/** The bytes each package (or project folder) contributes to the minified output, biggest first. */
export function biggestInputs(metafile: Metafile): InputShare[] {
  const totals = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [inputPath, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = packageOf(inputPath);
      totals.set(name, (totals.get(name) ?? 0) + bytesInOutput);
    }
  }
  return [...totals].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes);
}
